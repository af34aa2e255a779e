import CursesTerminal
import Foundation
import ShopDemo
import ShopModel
import ShopStore

/// What the demo simulator is asked to do.
struct DemoOptions: Sendable {
    var seed: UInt64
    var days: Int
    var ordersPerDay: Int
    /// Live orders per second, on average; nil sells as the history does at that hour.
    var rate: Double?
    /// Seconds of live selling after the history; 0 stops right after it, nil runs until stopped.
    var duration: Double?
}

/// What the simulator wrote.
struct DemoSummary: Sendable {
    var historyCreated = false
    var historyEvents = 0
    var historyOrders = 0
    var historySeconds = 0.0
    var liveEvents = 0
    var liveOrders = 0
    var liveSeconds = 0.0
    var report = IngestReport()
    /// The first few events the store refused, with its reason (there should be none).
    var rejections: [String] = []
}

/// Fills an empty store with the demo history, then sells live until `options.duration` has
/// passed or `stop` is requested (or the task is cancelled). It writes through `store.apply`
/// on the caller's task with the caller's store: give it its own `ShopStore`, and the dashboard
/// on the main thread sees the demo exactly like another process ingesting.
///
/// `historyWritten` runs once the history is in the store (at once when the store already had
/// data), before live selling starts.
func runDemoSimulator(store: ShopStore, options: DemoOptions, stop: StopRequest,
                      progress: @Sendable (String) -> Void = { _ in },
                      historyWritten: @Sendable () -> Void = {}) async throws -> DemoSummary {
    var summary = DemoSummary()
    var writer = DemoWriter(store: store)
    let shop = DemoShop(seed: options.seed)
    let startedAt = wallClock()

    var live: DemoLive
    let existing = try store.stats()
    if existing.orders == 0 && existing.visits == 0 && existing.couponBatches == 0 {
        progress("creating \(options.days) days of history at \(options.ordersPerDay) orders a day (seed \(options.seed))")
        let began = Date()
        let generator = HistoryGenerator(shop.history(days: options.days, ordersPerDay: options.ordersPerDay,
                                                      endingAt: startedAt, calendar: store.calendar))
        // The next batch is generated while the previous one is written: each gets a core.
        var upcoming = Task.detached { generator.nextBatch() }
        var noted = began
        let totalDays = options.days + 1
        while let (batch, reached) = await upcoming.value {
            if stop.isRequested || Task.isCancelled { break }
            upcoming = Task.detached { generator.nextBatch() }
            try writer.add(batch, into: &summary)
            try writer.flush(into: &summary)
            if Date().timeIntervalSince(noted) >= 2 {
                let done = min(totalDays, Int((reached - generator.start) / 86_400))
                progress("history: \(done) of \(totalDays) days, \(writer.events) events written")
                noted = Date()
            }
        }
        _ = await upcoming.value
        summary.historyCreated = true
        summary.historyEvents = writer.events
        summary.historyOrders = writer.orders
        summary.historySeconds = Date().timeIntervalSince(began)
        historyWritten()
        if stop.isRequested || Task.isCancelled { return summary }
        live = generator.history.live(rate: options.rate)
    } else {
        progress("the store already has data: selling live only")
        historyWritten()
        live = shop.live(rate: options.rate, ordersPerDay: options.ordersPerDay, from: startedAt, calendar: store.calendar)
    }

    guard options.duration != 0 else { return summary }
    let before = (events: writer.events, orders: writer.orders)
    let began = Date()
    while !stop.isRequested && !Task.isCancelled {
        let elapsed = Date().timeIntervalSince(began)
        if let duration = options.duration, elapsed >= duration { break }
        // Tick on whole seconds: event times are whole seconds.
        let now = Date().timeIntervalSince1970
        var wait = now.rounded(.down) + 1 - now
        if let duration = options.duration { wait = min(wait, max(0, duration - elapsed)) }
        do { try await Task.sleep(nanoseconds: UInt64(wait * 1e9)) } catch { break }
        // Read every second: a pause in the dashboard stops issuing within a second.
        live.followCouponStatuses(try store.couponStatuses())
        try writer.add(live.advance(to: wallClock()), into: &summary)
        try writer.flush(into: &summary)
    }
    summary.liveEvents = writer.events - before.events
    summary.liveOrders = writer.orders - before.orders
    summary.liveSeconds = Date().timeIntervalSince(began)
    return summary
}

/// Hands the history from the generating task to the writing one and back: only one task holds
/// it at a time (the writer awaits each batch before asking for the next), hence unchecked.
private final class HistoryGenerator: @unchecked Sendable {
    private(set) var history: DemoHistory
    let start: Int64
    static let batchSize = 20_000

    init(_ history: DemoHistory) { self.history = history; start = history.start }

    /// At least `batchSize` events (whole hours) and how far the history has got, or nil once
    /// it is done.
    func nextBatch() -> (events: [ShopEvent], reached: Int64)? {
        var batch: [ShopEvent] = []
        while batch.count < Self.batchSize, let chunk = history.next() { batch.append(contentsOf: chunk) }
        return batch.isEmpty ? nil : (batch, history.reached)
    }
}

private func wallClock() -> Int64 { Int64(Date().timeIntervalSince1970) }

/// Groups events into transactions of twenty thousand: big enough that an index page the batch
/// dirties is written once for many events, small enough that a kill loses little and the
/// dashboard sees the history grow.
private struct DemoWriter {
    let store: ShopStore
    var pending: [ShopEvent] = []
    var events = 0
    var orders = 0
    static let batchSize = 20_000

    mutating func add(_ chunk: [ShopEvent], into summary: inout DemoSummary) throws {
        pending.append(contentsOf: chunk)
        if pending.count >= Self.batchSize { try flush(into: &summary) }
    }

    mutating func flush(into summary: inout DemoSummary) throws {
        guard !pending.isEmpty else { return }
        let results = try store.apply(pending)
        for (event, result) in zip(pending, results) {
            summary.report.count(result)
            if case .order = event { orders += 1 }
            if case .rejected(let reason) = result, summary.rejections.count < 5 {
                summary.rejections.append("\(event.typeName): \(reason)")
            }
        }
        events += pending.count
        pending.removeAll(keepingCapacity: true)
    }
}
