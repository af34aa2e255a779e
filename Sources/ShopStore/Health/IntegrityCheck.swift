/// One run of SQLite's quick_check: what it found, when, and how long it took.
///
/// quick_check reads every page of the file (1.5 s at 600 MB), so a run is remembered in the
/// store and `shopdash check` reuses it while it is young enough, which keeps a check polled
/// every minute well under a second however large the store grows.
public struct IntegrityCheck: Sendable, Hashable, Codable {
    public enum Origin: String, Sendable, Hashable, Codable {
        /// Run for this check and remembered in the store for the next ones.
        case ranAndRecorded
        /// Run for this check; the store could not remember it (opened read-only, or the write failed).
        case ran
        /// An earlier run younger than the maximum age; quick_check did not run this time.
        case reused
    }

    /// Unix seconds when the run finished (the `now` of the check that ran it).
    public var at: Int64
    /// How many problems SQLite listed: 0 when the store passed. quick_check stops listing at 100.
    public var problems: Int
    /// The first problem SQLite named; nil when the store passed.
    public var firstProblem: String?
    /// How long the run took.
    public var seconds: Double
    public var origin: Origin

    public init(at: Int64, problems: Int, firstProblem: String?, seconds: Double, origin: Origin) {
        self.at = at; self.problems = problems; self.firstProblem = firstProblem
        self.seconds = seconds; self.origin = origin
    }

    /// Reads quick_check's answer: the single line "ok", or one line per problem.
    public init(at: Int64, answer: [String], seconds: Double, origin: Origin = .ran) {
        let problems = answer == ["ok"] ? [] : (answer.isEmpty ? ["no answer"] : answer)
        self.init(at: at, problems: problems.count, firstProblem: problems.first, seconds: seconds, origin: origin)
    }

    public var passed: Bool { problems == 0 }
}
