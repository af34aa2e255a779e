import Dispatch
import Foundation
import ShopDashboard
import ShopModel
import ShopStore

/// Store work for the dashboard, off the terminal thread: snapshot loads on one serial queue,
/// what the operator asked for (search, an order, a coupon change) on another, so a slow
/// snapshot never delays a search. Every result comes back through the inbox as an Action.
final class StoreWorker: @unchecked Sendable {
    enum Job: Hashable { case data, feed, request }

    let store: ShopStore
    let actor: Actor
    let inbox: ActionInbox
    private let loader: DataLoader
    /// Used on `dataQueue` only, which runs one load at a time.
    private var scope = ChangeScope()
    private let dataQueue = DispatchQueue(label: "shopdash.store.data", qos: .userInitiated)
    private let requestQueue = DispatchQueue(label: "shopdash.store.requests", qos: .userInitiated)
    private let lock = NSLock()
    private var inFlight: [Job: Int] = [:]
    /// The clock the store's `now` comes from (Unix seconds).
    private let clock: @Sendable () -> Int64

    /// The language of the messages it sends back.
    private let strings: Strings

    init(store: ShopStore, actor: Actor, inbox: ActionInbox, language: Language = .en,
         clock: @escaping @Sendable () -> Int64) {
        self.store = store; self.actor = actor; self.inbox = inbox; self.clock = clock
        strings = Strings(language)
        loader = DataLoader(store: store)
    }

    func isBusy(_ job: Job) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return (inFlight[job] ?? 0) > 0
    }

    var hasWork: Bool {
        lock.lock(); defer { lock.unlock() }
        return inFlight.values.contains { $0 > 0 }
    }

    private func run(_ job: Job, on queue: DispatchQueue, _ work: @escaping @Sendable () -> Action) {
        lock.lock(); inFlight[job, default: 0] += 1; lock.unlock()
        queue.async { [self] in
            let action = work()
            // Post before clearing the busy mark, so a loop that sees "not busy" also sees the result.
            inbox.post(action)
            lock.lock(); inFlight[job, default: 1] -= 1; lock.unlock()
        }
    }

    func loadData(_ request: DataRequest) {
        run(.data, on: dataQueue) { [self, loader, clock] in
            do {
                let now = clock()
                // Read before the data: a change committed in between moves the marks again, so the
                // next load still sees it.
                let marks = try store.changeMarks()
                var scoped = request
                scoped.parts = scope.parts(for: request, marks: marks, now: now)
                let data = try loader.load(scoped, now: now)
                scope.loaded(request, parts: scoped.parts, marks: marks, now: now)
                return .data(data)
            } catch {
                return .failed("\(error)")
            }
        }
    }

    /// The newest rows at start, then only rows after the cursor.
    func loadFeed(after cursor: Int64, limit: Int) {
        run(.feed, on: dataQueue) { [store] in
            do {
                guard cursor == 0 else { return .feed(try store.feed(after: cursor, limit: limit)) }
                // The head first: a change between the two reads then comes again rather than never.
                let head = try store.feedHead()
                return .feed(try store.latestFeed(limit: limit), cursor: head)
            } catch {
                return .failed("\(error)")
            }
        }
    }

    func search(_ query: String) {
        // Support is not matched on full phone numbers (see findOrders).
        let fullPhones = actor.role.canChange
        run(.request, on: requestQueue) { [store] in
            do {
                return .searchResults(query: query, try store.findOrders(query, limit: 200, matchesFullPhone: fullPhones))
            } catch {
                return .failed("\(error)")
            }
        }
    }

    func openOrder(_ number: String, reveal: Bool) {
        run(.request, on: requestQueue) { [store, actor, clock] in
            do {
                return .orderDetail(try store.orderDetail(number, reveal: reveal ? actor : nil, now: clock()))
            } catch {
                return .failed("\(error)")
            }
        }
    }

    func coupon(_ command: CouponCommand) {
        run(.request, on: requestQueue) { [store, actor, clock, strings] in
            let now = clock()
            func say(_ key: L10nKey, _ args: String...) -> String { strings.format(key, args) }
            do {
                let record: CouponBatchRecord
                let done: String
                switch command {
                case .pause(let id): record = try store.pauseCoupon(id, by: actor, now: now); done = say(.doneWordPause)
                case .resume(let id): record = try store.resumeCoupon(id, by: actor, now: now); done = say(.doneWordResume)
                case .stop(let id): record = try store.stopCoupon(id, by: actor, now: now); done = say(.doneWordStop)
                case .setQuota(let id, let quota):
                    record = try store.setCouponQuota(id, quota: quota, by: actor, now: now); done = say(.doneWordQuota, String(quota))
                case .setEnd(let id, let end):
                    record = try store.setCouponEnd(id, endsAt: end, by: actor, now: now)
                    done = say(.doneWordEnd, "\(store.calendar.dayLabel(end)) \(store.calendar.timeLabel(end))")
                case .create(let batch): record = try store.createCouponBatch(batch, by: actor, now: now); done = say(.doneWordCreate)
                }
                // A batch of another system has not changed yet: say it was sent, never that it is done.
                if record.system != .local, let change = try store.couponChanges(batchId: record.batchId, limit: 1).first,
                   change.state == .pending, change.createdAt >= now {
                    let system = say(record.system == .wechatpay ? .systemWeChatPay : .systemWebhook)
                    let action: L10nKey
                    switch change.action {
                    case .pause: action = .actionWordPause
                    case .resume: action = .actionWordResume
                    case .stop: action = .actionWordStop
                    case .quota: action = .actionWordQuota
                    case .end: action = .actionWordEnd
                    case .create: action = .actionWordCreate
                    }
                    return .couponResult(.success(say(.sentToSystem, "\(record.batchId) \(record.name)", say(action), system)))
                }
                return .couponResult(.success(say(.couponDone, "\(record.batchId) \(record.name)", done)))
            } catch {
                return .couponResult(.failure(EffectError("\(error)")))
            }
        }
    }
}
