import ShopModel
import Testing
@testable import ShopDashboard

@Suite("update: live feed")
struct PaneFeedTests {
    static func rows(_ count: Int, from seq: Int64, at t: Int64 = Fixture.now) -> [FeedRow] {
        (0..<count).map { i in
            FeedRow(seq: seq + Int64(i), outTradeNo: "WXT\(seq + Int64(i))", createdAt: t, paidAt: t, nickname: "买家\(i)",
                    itemsSummary: "赣南脐橙 9斤 ×1", amount: Money(yuan: "69.90")!, channel: .share, coupon: nil, status: .paid)
        }
    }

    @Test func spacePausesCountsArrivalsAndResumes() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"))
        let before = state.feed.visibleRows(filter: "")
        Scene.press(&state, .char(" "))
        #expect(state.feed.isPaused)
        _ = update(&state, .feed(Self.rows(4, from: 5_000)))
        _ = update(&state, .feed(Self.rows(3, from: 6_000)))
        #expect(state.feed.arrivedWhilePaused == 7)
        #expect(state.feed.visibleRows(filter: "") == before)
        #expect(state.feedCursor == 6_002)
        #expect(Scene.draw(state).text.contains("paused · 7 new"))
        Scene.press(&state, .char(" "))
        #expect(!state.feed.isPaused)
        #expect(state.feed.arrivedWhilePaused == 0)
        #expect(state.feed.visibleRows(filter: "").count == before.count + 7)
        #expect(state.feed.visibleRows(filter: "").first?.outTradeNo == "WXT6002")
    }

    @Test func selectionStaysOnItsOrderWhileNewOnesArrive() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .char("j"), .char("j"))
        let chosen = state.feed.visibleRows(filter: "")[state.feed.cursor.selected].outTradeNo
        _ = update(&state, .feed(Self.rows(5, from: 7_000)))
        #expect(state.feed.visibleRows(filter: "")[state.feed.cursor.selected].outTradeNo == chosen)
        // At the top the view follows the newest.
        Scene.press(&state, .char("g"))
        _ = update(&state, .feed(Self.rows(2, from: 8_000)))
        #expect(state.feed.cursor.selected == 0)
        #expect(state.feed.visibleRows(filter: "")[0].outTradeNo == "WXT8001")
    }

    @Test func enterOpensTheSelectedOrder() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .char("j"))
        let no = state.feed.visibleRows(filter: "")[1].outTradeNo
        let effects = Scene.press(&state, .enter)
        #expect(state.pane == .orders)
        #expect(state.orders.focus == .detail)
        #expect(effects.last == .openOrder(no, reveal: false))
    }

    @Test func sameOrderAgainUpdatesInPlaceAndCapacityHolds() {
        var state = AppState(config: AppConfig(feedCapacity: 10), now: Fixture.now, width: 80, height: 24)
        _ = update(&state, .feed(Self.rows(8, from: 1)))
        var changed = Self.rows(1, from: 3)[0]
        changed.seq = 50
        changed.status = .shipped
        _ = update(&state, .feed([changed]))
        #expect(state.feed.rows.count == 8)
        #expect(state.feed.rows.first { $0.outTradeNo == "WXT3" }?.status == .shipped)
        #expect(state.feedCursor == 50)
        _ = update(&state, .feed(Self.rows(6, from: 100)))
        #expect(state.feed.rows.count == 10)
        #expect(state.feed.rows.first?.outTradeNo == "WXT5")
    }

    @Test func filterNarrowsTheFeedByItemOrCoupon() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .char("/"))
        Scene.type(&state, "满199")
        Scene.press(&state, .enter)
        let shown = state.feed.visibleRows(filter: state.filter)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0.coupon == "满199减30" })
        #expect(Scene.draw(state).text.contains("filter: 满199"))
    }
}
