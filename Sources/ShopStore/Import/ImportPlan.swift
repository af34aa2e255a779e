import ShopModel

/// One event to apply and the input lines it came from (a CSV order may span several rows).
public struct ImportUnit: Sendable, Equatable {
    public var sources: [SourceLine]
    public var event: ShopEvent
    public init(sources: [SourceLine], event: ShopEvent) { self.sources = sources; self.event = event }
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
    /// Applies the plan's events in batches through `apply` (the store's write path, or a stand-in
    /// in tests). Every source line of a unit shares the unit's result.
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
            let applied = try apply(batch.map(\.event))
            precondition(applied.count == batch.count, "apply must return one result per event")
            for (unit, result) in zip(batch, applied) {
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
