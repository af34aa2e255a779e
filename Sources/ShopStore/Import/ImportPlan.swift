import ShopModel

/// What the input lines of one record (a CSV order may span several rows) turn into: usually one
/// event, sometimes a few that only make sense together.
public struct ImportUnit: Sendable, Equatable {
    public var sources: [SourceLine]
    public var events: [ShopEvent]
    public init(sources: [SourceLine], event: ShopEvent) { self.sources = sources; self.events = [event] }
    public init(sources: [SourceLine], events: [ShopEvent]) { self.sources = sources; self.events = events }

    /// One result for the unit: rejected if any event was, accepted if any changed the store,
    /// else a duplicate.
    static func combine(_ results: ArraySlice<ApplyResult>) -> ApplyResult {
        if let rejected = results.first(where: { if case .rejected = $0 { true } else { false } }) { return rejected }
        return results.contains(.accepted) ? .accepted : .duplicate
    }
}

/// What a file turned into before anything touches the store.
public struct ImportPlan: Sendable, Equatable {
    public var units: [ImportUnit]
    /// Lines that could not be read into an event.
    public var rejections: [Rejection]
    /// Lines that repeat an earlier line of the same file word for word: counted as duplicates.
    public var repeatedLines: Int

    public init(units: [ImportUnit], rejections: [Rejection], repeatedLines: Int = 0) {
        self.units = units; self.rejections = rejections; self.repeatedLines = repeatedLines
    }
}

/// The outcome of applying a plan: counts, every rejected line (sorted by line), and each unit's result.
public struct ImportOutcome: Sendable, Equatable {
    public var report: IngestReport
    public var rejections: [Rejection]
    /// Aligned with `ImportPlan.units`.
    public var results: [ApplyResult]
}

public enum ImportRunner {
    /// Applies the plan's events in batches of units through `apply` (the store's write path, or
    /// a stand-in in tests). Every source line of a unit shares the unit's result.
    public static func run(_ plan: ImportPlan, batchSize: Int = 1_000,
                           apply: ([ShopEvent]) throws -> [ApplyResult]) throws -> ImportOutcome {
        var report = IngestReport()
        var rejections = plan.rejections
        var results: [ApplyResult] = []
        results.reserveCapacity(plan.units.count)
        for _ in plan.rejections { report.count(.rejected("")) }
        for _ in 0..<plan.repeatedLines { report.count(.duplicate) }
        var start = 0
        while start < plan.units.count {
            let batch = plan.units[start..<min(start + max(1, batchSize), plan.units.count)]
            let applied = try apply(batch.flatMap(\.events))
            precondition(applied.count == batch.reduce(0) { $0 + $1.events.count }, "apply must return one result per event")
            var next = applied.startIndex
            for unit in batch {
                let result = ImportUnit.combine(applied[next..<(next + unit.events.count)])
                next += unit.events.count
                results.append(result)
                for source in unit.sources {
                    report.count(result)
                    if case .rejected(let why) = result {
                        rejections.append(Rejection(line: source.line, reason: why, text: source.text))
                    }
                }
            }
            start = batch.endIndex
        }
        rejections.sort { $0.line < $1.line }
        return ImportOutcome(report: report, rejections: rejections, results: results)
    }
}
