import Synchronization
import ArgumentParser
import CursesTerminal
import Foundation
import ShopModel
import ShopStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo shop (if the store is empty) and keep selling live.",
        discussion: """
            The history is the same for the same seed and end time. Live selling continues it with \
            visits, coupons, live sessions, parcels and refunds, as many orders an hour as the history \
            has at that hour of the day (--orders-per-day over the shop's daily curve), so today \
            compares with yesterday and last week as a real shop's would. --rate sets a fixed number \
            of orders per second instead.
            Examples (the second a live-stream rush):
              shopdash demo --db demo.sqlite --days 30
              shopdash demo --db demo.sqlite --rate 200 --duration 60 --headless
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Seed of the demo shop: the same seed gives the same history.")
    var seed: UInt64 = 2026

    @Option(help: "Whole days of history before today.")
    var days = 30

    @Option(name: .customLong("orders-per-day"), help: "Average orders a day in the history.")
    var ordersPerDay = 1_000

    @Option(help: "Live orders per second, on average (default: as many as the history has at that hour).")
    var rate: Double?

    @Flag(help: "Only write to the store; do not open the dashboard.")
    var headless = false

    @Option(help: "Seconds of live selling after the history (0: stop right after it; default: until Ctrl-C).")
    var duration: Double?

    func validate() throws {
        guard (0...3_650).contains(days) else { throw ValidationError("--days must be between 0 and 3650") }
        guard (0...1_000_000).contains(ordersPerDay) else { throw ValidationError("--orders-per-day must be between 0 and 1000000") }
        if let rate, !(rate >= 0 && rate <= 10_000) {
            throw ValidationError("--rate must be between 0 and 10000 orders a second")
        }
        if let duration, duration < 0 || !duration.isFinite { throw ValidationError("--duration must be 0 or more seconds") }
    }

    func run() async throws {
        let writeStore: ShopStore
        do { writeStore = try store.open(create: true) } catch let error as StoreError {
            throw CommandFailure.exit(CommandFailure(error))
        }
        let options = DemoOptions(seed: seed, days: days, ordersPerDay: ordersPerDay, rate: rate, duration: duration)
        if !headless { return try await runWithDashboard(writeStore, options) }
        if duration != 0 {
            let pace = rate.map { "\($0) orders/s" } ?? "the history's pace (\(ordersPerDay) orders a day)"
            note("selling live at \(pace) into \(writeStore.path); Ctrl-C to stop")
        }

        let stop = StopRequest()
        let simulator = Task { try await runDemoSimulator(store: writeStore, options: options, stop: stop, progress: note) }
        stop.watch([SIGINT, SIGTERM]) { simulator.cancel() }
        let summary = try await simulator.value
        stop.stopWatching()
        stderrNotes.finishProgress()

        print(Self.describe(summary, path: writeStore.path))
        for rejection in summary.rejections { note("refused by the store: \(rejection)") }
        if summary.report.exitCode != 0 { throw ExitCode(summary.report.exitCode) }
    }

    /// The dashboard in front, the simulator selling behind it on its own task, exactly like
    /// another process writing to the store. Quitting the dashboard stops the simulator.
    private func runWithDashboard(_ writeStore: ShopStore, _ options: DemoOptions) async throws {
        let settings = try store.settings()
        let stop = StopRequest(watching: [SIGINT, SIGTERM])
        // The history is written first, with progress on stderr, so the dashboard opens on a shop
        // that has a today, a yesterday and a last week. Once it is open the simulator is silent:
        // anything written to stderr would scribble over the screen.
        let ready = HistoryReady()
        let simulator = Task {
            // Whatever happens to the simulator, nobody waits for the history forever.
            defer { ready.set(written: false) }
            return try await runDemoSimulator(store: writeStore, options: options, stop: stop,
                                              progress: { text in if !ready.isSet { note(text) } },
                                              historyWritten: { ready.set(written: true) })
        }
        let historyWritten = await ready.wait()
        stderrNotes.finishProgress()
        // From here the dashboard's terminal watches the signals itself.
        stop.stopWatching()
        if !historyWritten || stop.isRequested {
            stop.request()
            let summary = try await simulator.value
            print(Self.describe(summary, path: writeStore.path))
            return
        }
        let signal = try await DashboardThread.run {
            try DashboardSession.run(settings: settings, store: writeStore, mouse: false,
                                     statsFile: ProcessInfo.processInfo.environment["SHOPDASH_STATS_FILE"])
        }
        stop.request()
        simulator.cancel()
        let summary = try await simulator.value
        print(Self.describe(summary, path: writeStore.path))
        if let signal { throw ExitCode(128 + signal) }
    }

    static func describe(_ s: DemoSummary, path: String) -> String {
        var lines: [String] = []
        if s.historyCreated {
            let rate = s.historySeconds > 0 ? Int(Double(s.historyEvents) / s.historySeconds) : 0
            lines.append("history: \(s.historyOrders) orders, \(s.historyEvents) events in "
                         + String(format: "%.1f", s.historySeconds) + " s (\(rate) events/s)")
        }
        if s.liveSeconds > 0 {
            lines.append("live: \(s.liveOrders) orders, \(s.liveEvents) events in " + String(format: "%.1f", s.liveSeconds) + " s")
        }
        lines.append("\(path): \(s.report.summary)")
        return lines.joined(separator: "\n")
    }
}

@Sendable private func note(_ text: String) {
    stderrNotes.write("demo: \(text)", replacingProgress: text.hasPrefix("history:"))
}

private let stderrNotes = StderrNotes(isTerminal: isatty(STDERR_FILENO) == 1)

/// Lines on stderr; on a terminal the history's progress rewrites one line instead of scrolling
/// thirty of them past.
private final class StderrNotes: Sendable {
    private let isTerminal: Bool
    /// Columns of the progress line now on screen, 0 when there is none.
    private let openProgress = Mutex<Int>(0)

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    func write(_ line: String, replacingProgress: Bool) {
        let text: String = openProgress.withLock { open in
            guard isTerminal else { return line + "\n" }
            if replacingProgress {
                let padding = String(repeating: " ", count: max(0, open - line.count))
                open = line.count
                return "\r" + line + padding
            }
            defer { open = 0 }
            return (open > 0 ? "\n" : "") + line + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends an open progress line, so what follows starts on a line of its own.
    func finishProgress() {
        let open = openProgress.withLock { open in defer { open = 0 }; return open }
        if open > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// SIGINT and SIGTERM run `handler` (once each) instead of killing the process, so the demo
/// can finish its open write and print its summary.
/// Set once from any task; `wait` returns once it is set, with whether the history was written.
private final class HistoryReady: Sendable {
    private let state = Mutex<(written: Bool?, waiters: [CheckedContinuation<Bool, Never>])>((nil, []))

    var isSet: Bool { state.withLock { $0.written != nil } }

    func set(written: Bool) {
        let (waiters, value): ([CheckedContinuation<Bool, Never>], Bool) = state.withLock { s in
            if let already = s.written { return ([], already) }
            s.written = written
            defer { s.waiters = [] }
            return (s.waiters, written)
        }
        for waiter in waiters { waiter.resume(returning: value) }
    }

    func wait() async -> Bool {
        await withCheckedContinuation { continuation in
            let known: Bool? = state.withLock { s in
                if let written = s.written { return written }
                s.waiters.append(continuation)
                return nil
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
