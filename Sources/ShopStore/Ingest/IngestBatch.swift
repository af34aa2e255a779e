import ShopModel

/// Lines read since the last cut: decoded events with where they came from, and the lines that
/// did not decode, kept in input order so rejections are reported as they appeared. Built on the
/// reading thread, committed on the writing one.
struct IngestBatch: Sendable {
    private var events: [ShopEvent] = []
    private var eventLines: [(number: Int, bytes: ArraySlice<UInt8>)] = []
    private var entries: [Entry] = []

    private enum Entry: Sendable {
        case event(Int)
        case bad(number: Int, reason: String, bytes: ArraySlice<UInt8>)
        case blank
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    mutating func add(number: Int, bytes: ArraySlice<UInt8>, decoder: EventDecoder) {
        // Blank lines (a trailing newline, spacing) are not events and are not counted.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { entries.append(.blank); return }
        let copy = ArraySlice(Array(bytes))
        do {
            let event = try decoder.decode(copy)
            entries.append(.event(events.count))
            events.append(event)
            eventLines.append((number, copy))
        } catch {
            entries.append(.bad(number: number, reason: error.reason, bytes: copy))
        }
    }

    mutating func reject(number: Int, reason: String, bytes: ArraySlice<UInt8>) {
        entries.append(.bad(number: number, reason: reason, bytes: bytes))
    }

    /// Applies the events in one transaction, then counts and reports every line in input order.
    func commit(to store: ShopStore, auditedAs actor: Actor?, report: inout IngestReport,
                onReject: (Ingestor.RejectedLine) throws -> Void) throws {
        let results = events.isEmpty ? [] : try store.apply(events, auditedAs: actor)
        for entry in entries {
            switch entry {
            case .blank: continue
            case .bad(let number, let reason, let bytes):
                report.count(.rejected(reason))
                try onReject(Ingestor.RejectedLine(line: number, reason: reason, original: bytes))
            case .event(let i):
                report.count(results[i])
                if case .rejected(let reason) = results[i] {
                    try onReject(Ingestor.RejectedLine(line: eventLines[i].number, reason: reason,
                                                       original: eventLines[i].bytes))
                }
            }
        }
    }
}
