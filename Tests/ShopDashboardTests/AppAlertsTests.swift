import ShopModel
import Testing
@testable import ShopDashboard

@Suite("update: alerts")
struct AppAlertsTests {
    static func row(_ seq: Int64, _ amount: String, status: OrderStatus = .paid, paidAt: Int64 = Fixture.now) -> FeedRow {
        FeedRow(seq: seq, outTradeNo: "WXA\(seq)", createdAt: paidAt - 10, paidAt: paidAt, nickname: "赵姐的小店",
                itemsSummary: "阳澄湖大闸蟹礼盒 4对 ×12", amount: Money(yuan: amount)!, channel: .liveStream, coupon: nil,
                status: status)
    }

    static func fresh(_ mode: AlertMode = .flash) -> AppState {
        var config = Scene.config(.en)
        config.alertMode = mode
        var state = AppState(config: config, now: Fixture.now, width: 80, height: 24)
        _ = update(&state, .feed([row(1, "10.00", paidAt: Fixture.now - 600)]))
        return state
    }

    @Test func aBigOrderFlashesOnceAndIsListed() {
        var state = Self.fresh()
        #expect(update(&state, .feed([Self.row(2, "1999.99")])).isEmpty)
        #expect(update(&state, .feed([Self.row(3, "2000.00")])) == [.flash])
        #expect(state.alerts.items.first?.kind == .bigOrder(outTradeNo: "WXA3", amount: Money(yuan: "2000.00")!, nickname: "赵姐的小店"))
        #expect(state.alerts.unseen == 1)
        var again = Self.row(3, "2000.00", status: .shipped)
        again.seq = 9
        #expect(update(&state, .feed([again])).isEmpty)
        #expect(Scene.draw(state).text.contains("! 1 alert "))
        Scene.press(&state, .char("a"))
        #expect(state.alerts.unseen == 0)
        #expect(state.alerts.items.count == 1)
    }

    @Test func bellOrNothingAsConfigured() {
        var bell = Self.fresh(.bell)
        #expect(update(&bell, .feed([Self.row(2, "5000.00")])) == [.bell])
        var quiet = Self.fresh(.off)
        #expect(update(&quiet, .feed([Self.row(2, "5000.00")])).isEmpty)
        #expect(quiet.alerts.items.count == 1)
    }

    @Test func historyDoesNotAlarm() {
        var state = AppState(config: Scene.config(.en), now: Fixture.now, width: 80, height: 24)
        let old = [Self.row(1, "9000.00", paidAt: Fixture.now - 3_600)]
            + (2...6).map { Self.row(Int64($0), "50.00", status: .refunded, paidAt: Fixture.now - 120) }
        #expect(update(&state, .feed(old)).isEmpty)
        #expect(state.alerts.items.isEmpty)
        // A big order paid long ago that only now reaches the feed is news of the past too.
        #expect(update(&state, .feed([Self.row(7, "9000.00", paidAt: Fixture.now - 3_600)])).isEmpty)
    }

    @Test func threeRefundsWithinFiveMinutesRaiseOneBurst() {
        var state = Self.fresh()
        #expect(update(&state, .feed([Self.row(2, "50.00", status: .refunding)])).isEmpty)
        #expect(update(&state, .feed([Self.row(3, "50.00", status: .refunded)])).isEmpty)
        #expect(update(&state, .feed([Self.row(4, "50.00", status: .refunding)])) == [.flash])
        #expect(state.alerts.items.first?.kind == .refundBurst(count: 3))
        // A fourth in the same window is part of the same burst.
        #expect(update(&state, .feed([Self.row(5, "50.00", status: .refunding)])).isEmpty)
    }

    @Test func oldRefundsArrivingLateAreNoBurst() {
        // A store catching up (a demo writing its history) sends last month's refunds as new rows.
        var state = Self.fresh()
        let old = (2...6).map { Self.row(Int64($0), "50.00", status: .refunded, paidAt: Fixture.now - 30 * 86_400) }
        #expect(update(&state, .feed(old)).isEmpty)
        #expect(state.alerts.items.isEmpty)
    }

    @Test func refundsSpreadOverTimeAreNoBurst() {
        var state = Self.fresh()
        _ = update(&state, .feed([Self.row(2, "50.00", status: .refunding)]))
        _ = update(&state, .tick(now: Fixture.now + 200))
        _ = update(&state, .feed([Self.row(3, "50.00", status: .refunding)]))
        _ = update(&state, .tick(now: Fixture.now + 400))
        #expect(update(&state, .feed([Self.row(4, "50.00", status: .refunding)])).isEmpty)
        #expect(state.alerts.items.isEmpty)
    }

    @Test func refundsTheStoreReportsCountToo() {
        var state = Self.fresh()
        let recent = (0..<3).map { i in
            RefundRow(refund: RefundRecord(refundNo: "R\(i)", outTradeNo: "WXR\(i)", amount: Money(yuan: "10.00")!,
                                           status: .requested, requestedAt: Fixture.now - 60 * Int64(i)), nickname: nil)
        }
        let logistics = LogisticsStats(byStatus: [:], awaitingShipment: 0, overdue: [], overdueCount: 0, refunds: recent,
                                       refundTotals: KPIValues())
        #expect(update(&state, .data(DashboardData(logistics: logistics, parts: [.logistics]))) == [.flash])
    }
}

@Suite("update: where the refund-burst alert reads from")
struct RefundBurstSourceTests {
    static func refund(_ no: String, at: Int64) -> RefundRecord {
        RefundRecord(refundNo: "F\(no)", outTradeNo: no, amount: Money(fen: 5_000), status: .requested, requestedAt: at)
    }

    @Test func recentRefundsFromTheStoreRaiseABurst() {
        var state = AppAlertsTests.fresh()
        var data = DashboardData(loadedAt: Fixture.now, parts: [.recentRefunds])
        data.recentRefunds = ["X1", "X2", "X3"].map { Self.refund($0, at: Fixture.now - 60) }
        #expect(update(&state, .data(data)) == [.flash])
        #expect(state.alerts.items.first?.kind == .refundBurst(count: 3))
    }

    @Test func refundsOlderThanTheWindowAreNoBurst() {
        var state = AppAlertsTests.fresh()
        var data = DashboardData(loadedAt: Fixture.now, parts: [.recentRefunds])
        data.recentRefunds = ["X1", "X2", "X3"].map { Self.refund($0, at: Fixture.now - AlertsState.burstWindow - 1) }
        #expect(update(&state, .data(data)).isEmpty)
    }

    @Test(arguments: PaneID.allCases)
    func onlyTheLogisticsPaneLoadsLogistics(_ pane: PaneID) {
        let parts = DataRequest.parts(for: pane)
        #expect(parts.contains(.logistics) == (pane == .logistics))
        // Every pane keeps the burst alert fed, from the logistics figures or the recent refunds.
        #expect(parts.contains(.logistics) || parts.contains(.recentRefunds))
    }
}
