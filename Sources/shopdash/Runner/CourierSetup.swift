import CouponSenders
import Foundation
import ShopStore

extension Settings {
    /// A courier with a sender for every system this config reaches: local always, WeChat Pay and
    /// the webhook when config.toml has their table. A table that cannot be used (a key file that
    /// is missing) is reported, and that system's changes wait for a shopdash that can send them.
    func courier(for store: ShopStore, log: (@Sendable (String) -> Void)? = nil) -> (CouponCourier, problems: [String]) {
        var senders: [any CouponSender] = [LocalSender()]
        var problems: [String] = []
        if let wechatpay {
            do { senders.append(try WeChatPaySender(config: wechatpay, log: log)) } catch { problems.append(error.description) }
        }
        if let webhook {
            do { senders.append(try WebhookSender(config: webhook, log: log)) } catch { problems.append(error.description) }
        }
        return (CouponCourier(store: store, senders: senders), problems)
    }
}

/// Waits on async work from synchronous code (the commands and the run loop's threads), never
/// from inside the concurrency pool.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?
        func set(_ r: Result<T, any Error>) { lock.lock(); result = r; lock.unlock() }
        func get() throws -> T {
            lock.lock(); defer { lock.unlock() }
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }
}

/// Runs sender passes in the background while the dashboard or `ingest --follow` is up, so a
/// change made anywhere is delivered without anyone waiting on it.
final class BackgroundCourier: Sendable {
    private let task: Task<Void, Never>

    init(_ courier: CouponCourier, every seconds: Double = 1, onError: @escaping @Sendable (String) -> Void = { _ in }) {
        task = Task.detached {
            while !Task.isCancelled {
                do { try await courier.deliverDue(now: Int64(Date().timeIntervalSince1970)) } catch { onError("\(error)") }
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            }
        }
    }

    /// Cancels and waits for a delivery in flight to finish, so that the store the courier holds is
    /// closed before the process exits: a store left open at exit keeps its -wal and -shm files,
    /// which lock out a reader who may not write the folder.
    func stop() {
        task.cancel()
        let finished = DispatchSemaphore(value: 0)
        Task.detached { [task] in
            await task.value
            finished.signal()
        }
        finished.wait()
    }
    deinit { task.cancel() }
}
