/// What happened to each input line or row of an ingest or import.
public enum ApplyResult: Sendable, Equatable {
    case accepted
    /// Already in the store: nothing changed.
    case duplicate
    case rejected(String)
}

/// One input line that was not taken, with the reason.
public struct Rejection: Sendable, Equatable {
    public var line: Int
    public var reason: String
    public var text: String
    public init(line: Int, reason: String, text: String) { self.line = line; self.reason = reason; self.text = text }
}

/// Counts of one ingest or import run: read = accepted + duplicates + rejected.
public struct IngestReport: Sendable, Equatable {
    public var read = 0
    public var accepted = 0
    public var duplicates = 0
    public var rejected = 0
    public init() {}

    /// The summary line scripts parse.
    public var summary: String { "read \(read), accepted \(accepted), duplicates \(duplicates), rejected \(rejected)" }

    /// 0 when nothing was rejected, 65 (EX_DATAERR) when something was.
    public var exitCode: Int32 { rejected == 0 ? 0 : 65 }

    public mutating func count(_ result: ApplyResult) {
        read += 1
        switch result {
        case .accepted: accepted += 1
        case .duplicate: duplicates += 1
        case .rejected: rejected += 1
        }
    }
}
