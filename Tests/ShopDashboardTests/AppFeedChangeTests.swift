import ShopModel
import Testing
@testable import ShopDashboard

/// The store's feed brings later states of orders as well as new ones; the dashboard tells them
/// apart by `orderSeq`.
@Suite("update: later states of orders in the feed")
struct AppFeedChangeTests {
    static func row(_ no: String, orderSeq: Int64, seq: Int64, status: OrderStatus = .paid, amount: String = "69.90",
                    paidAt: Int64? = Fixture.now) -> FeedRow {
        FeedRow(seq: seq, outTradeNo: no, createdAt: Fixture.now - 60, paidAt: status == .created ? nil : paidAt,
                nickname: "买家", itemsSummary: "赣南脐橙 9斤 ×1", amount: Money(yuan: amount)!, channel: .share,
                coupon: nil, status: status, orderSeq: orderSeq)
    }

    /// A dashboard that has read `rows` as its first batch, with the store's feed at `cursor`.
    static func started(_ rows: [FeedRow], cursor: Int64? = nil) -> AppState {
        var state = AppState(config: Scene.config(.en), now: Fixture.now, width: 80, height: 24)
        _ = update(&state, .feed(rows, cursor: cursor))
        return state
    }

    @Test func theFirstBatchListsOrdersAsPlacedAndContinuesFromTheStoresCursor() {
        // A1 was placed first but paid after B2 was placed, so its cursor is the larger.
        let state = Self.started([Self.row("B2", orderSeq: 2, seq: 2), Self.row("A1", orderSeq: 1, seq: 7)], cursor: 40)
        #expect(state.feed.rows.map(\.outTradeNo) == ["A1", "B2"])
        #expect(state.feedCursor == 40)
        #expect(state.newestOrderSeq == 2)
        // Without the store's word the cursor is the largest row's.
        #expect(Self.started([Self.row("A1", orderSeq: 1, seq: 7), Self.row("B2", orderSeq: 2, seq: 2)]).feedCursor == 7)
    }

    @Test func pausingKeepsEveryListedOrderInView() {
        var state = Self.started([Self.row("A1", orderSeq: 1, seq: 7), Self.row("B2", orderSeq: 2, seq: 2)], cursor: 7)
        Scene.press(&state, .char("3"), .char(" "))
        #expect(state.feed.isPaused)
        #expect(state.feed.visibleRows(filter: "").map(\.outTradeNo) == ["B2", "A1"])
    }

    @Test func aLaterStateUpdatesTheOrderWhereItIsAndIsNotCountedWhilePaused() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"))
        let listed = state.feed.visibleRows(filter: "")
        let target = listed[3]
        Scene.press(&state, .char(" "))
        var shipped = target
        shipped.seq = 9_000
        shipped.status = .shipped
        _ = update(&state, .feed([shipped]))
        #expect(state.feed.arrivedWhilePaused == 0)
        #expect(state.feedCursor == 9_000)
        let shown = state.feed.visibleRows(filter: "")
        #expect(shown.map(\.outTradeNo) == listed.map(\.outTradeNo))
        #expect(shown[3].status == .shipped)

        // A new order counts; its own later state then does not count again, and stays hidden.
        let newOrder = Self.row("N1", orderSeq: 9_001, seq: 9_001, status: .created)
        _ = update(&state, .feed([newOrder]))
        var paid = newOrder
        paid.seq = 9_002
        paid.status = .paid
        paid.paidAt = Fixture.now
        _ = update(&state, .feed([paid]))
        #expect(state.feed.arrivedWhilePaused == 1)
        #expect(!state.feed.visibleRows(filter: "").contains { $0.outTradeNo == "N1" })
        #expect(Scene.draw(state).text.contains("paused · 1 new"))
        Scene.press(&state, .char(" "))
        let resumed = state.feed.visibleRows(filter: "")
        #expect(resumed.first?.outTradeNo == "N1" && resumed.first?.status == .paid)
        #expect(resumed.count == listed.count + 1)
    }

    @Test func aLaterStateOfAnOrderNoLongerListedIsNotListedAsNew() {
        var config = Scene.config(.en)
        config.feedCapacity = 3
        var state = AppState(config: config, now: Fixture.now, width: 80, height: 24)
        _ = update(&state, .feed((1...5).map { Self.row("O\($0)", orderSeq: $0, seq: $0) }))
        #expect(state.feed.rows.map(\.outTradeNo) == ["O3", "O4", "O5"])
        Scene.press(&state, .char("3"), .char(" "))
        _ = update(&state, .feed([Self.row("O1", orderSeq: 1, seq: 6, status: .shipped)]))
        #expect(state.feed.rows.map(\.outTradeNo) == ["O3", "O4", "O5"])
        #expect(state.feed.arrivedWhilePaused == 0)
        #expect(state.feedCursor == 6)
    }

    @Test func aBigOrderAlertsWhenItBecomesPaid() {
        var state = Self.started([Self.row("A1", orderSeq: 1, seq: 1), Self.row("BIG", orderSeq: 2, seq: 2, status: .created,
                                                                                amount: "3000.00")])
        #expect(state.alerts.items.isEmpty)
        let paid = Self.row("BIG", orderSeq: 2, seq: 3, amount: "3000.00", paidAt: Fixture.now - 5)
        #expect(update(&state, .feed([paid])) == [.flash])
        #expect(state.alerts.items.first?.kind == .bigOrder(outTradeNo: "BIG", amount: Money(yuan: "3000.00")!, nickname: "买家"))
        #expect(state.feed.rows.map(\.outTradeNo) == ["A1", "BIG"])
        // Shipping it later is no second alert.
        #expect(update(&state, .feed([Self.row("BIG", orderSeq: 2, seq: 4, status: .shipped, amount: "3000.00",
                                               paidAt: Fixture.now - 5)])).isEmpty)
        #expect(state.alerts.items.count == 1)
    }

    @Test func aBigOrderNoLongerListedStillAlertsWhenPaid() {
        var config = Scene.config(.en)
        config.feedCapacity = 2
        var state = AppState(config: config, now: Fixture.now, width: 80, height: 24)
        _ = update(&state, .feed([Self.row("BIG", orderSeq: 1, seq: 1, status: .created, amount: "3000.00")]))
        _ = update(&state, .feed((2...3).map { Self.row("O\($0)", orderSeq: $0, seq: $0) }))
        #expect(!state.feed.rows.contains { $0.outTradeNo == "BIG" })
        #expect(update(&state, .feed([Self.row("BIG", orderSeq: 1, seq: 4, amount: "3000.00")])) == [.flash])
        #expect(!state.feed.rows.contains { $0.outTradeNo == "BIG" })
    }
}
