/// Every check judged at one moment, and how `shopdash check` prints them.
public struct HealthSummary: Sendable, Hashable, Codable {
    public var now: Int64
    /// In the fixed check order.
    public var results: [HealthCheckResult]

    public init(now: Int64, results: [HealthCheckResult]) { self.now = now; self.results = results }

    /// A summary for a check that could not run at all: the store (or, with `name` "config",
    /// the thresholds file) could not be read.
    public static func unreadable(now: Int64, reason: String, name: String = "store") -> HealthSummary {
        HealthSummary(now: now, results: [HealthCheckResult(
            name: name, state: .unknown, value: nil, unit: "", detail: reason, limits: nil, perfdata: [])])
    }

    /// The worst state wins; it is also the exit code.
    public var state: HealthState { results.map(\.state).max() ?? .unknown }

    /// Worst first (stable within a state), so the first line, which monitoring systems show as the
    /// status, names the most serious problem.
    public var worstFirst: [HealthCheckResult] {
        results.enumerated().sorted { ($0.element.state, $1.offset) > ($1.element.state, $0.offset) }.map(\.element)
    }

    public var perfdata: String { results.flatMap(\.perfdata).map(\.text).joined(separator: " ") }

    /// One line per check, the plugin's perfdata after " | " on the first, and a check's notes
    /// indented below its line (the plugin convention's long output).
    public var lines: [String] {
        var lines = worstFirst.flatMap { [$0.line] + $0.notes.map { "  " + $0 } }
        let perf = perfdata
        if !lines.isEmpty && !perf.isEmpty { lines[0] += " | " + perf }
        return lines
    }
}
