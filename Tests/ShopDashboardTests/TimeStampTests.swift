import ShopModel
import Testing
@testable import ShopDashboard

/// Times on lists and in the order detail: the clock alone on the shop's today, the date as well
/// on any other day, both in the shop's zone rather than the machine's.
@Suite("Time stamps")
struct TimeStampTests {
    static func context(now: Int64 = Fixture.now) -> RenderContext {
        RenderContext(state: AppState(config: Scene.config(.en), now: now, width: 80, height: 24), theme: .fallback)
    }

    @Test func todayShowsTheClockOnly() {
        #expect(Self.context().stamp(Fixture.at(14, 5)) == "14:05")
        #expect(Self.context().stamp(Fixture.at(0, 0)) == "00:00")
    }

    @Test func anotherDayShowsTheDate() {
        #expect(Self.context().stamp(Fixture.at(23, 59, daysAgo: 1)) == "11-24 23:59")
        #expect(Self.context().stamp(Fixture.at(14, 5, daysAgo: 27)) == "10-29 14:05")
        // A time later than now on another day (a clock set ahead) still says which day.
        #expect(Self.context().stamp(Fixture.at(9, 30, daysAgo: -1)) == "11-26 09:30")
    }

    /// 00:30 in Shanghai is 16:30 of the day before in UTC: the shop's day decides, not UTC's.
    @Test func theShopsZoneDecidesTheDay() {
        let justAfterMidnight = Fixture.at(0, 30)
        let ctx = Self.context(now: Fixture.at(8, 0))
        #expect(ctx.stamp(justAfterMidnight) == "00:30")
        #expect(ctx.stamp(justAfterMidnight - 3_600) == "11-24 23:30")
    }

    /// The order detail: a refund from today reads as a clock, one from an earlier day with its date;
    /// an order paid on the day after it was created says which day it was paid.
    @Test func orderDetailRefundsCarryTheirDay() throws {
        var detail = Fixture.orderDetail
        let no = detail.order.outTradeNo
        let created = Fixture.at(23, 50, daysAgo: 2)
        detail.order.createdAt = created
        detail.order.paidAt = Fixture.at(0, 10, daysAgo: 1)
        detail.statusTrail = [StatusChange(status: .created, at: created), StatusChange(status: .paid, at: Fixture.at(0, 10, daysAgo: 1))]
        detail.redemption = nil
        detail.couponName = nil
        detail.refunds = [
            RefundRecord(refundNo: "RF11240007", outTradeNo: no, amount: Fixture.yuan("60.00"), reason: "少发一包醋",
                         status: .rejected, requestedAt: Fixture.at(9, 12, daysAgo: 1)),
            RefundRecord(refundNo: "RF11250013", outTradeNo: no, amount: Fixture.yuan("268.00"), reason: "螃蟹到货有死蟹",
                         status: .requested, requestedAt: Fixture.at(14, 5)),
        ]
        var state = Scene.pane(.orders, .en, width: 160, height: 48)
        _ = update(&state, .orderDetail(detail))
        let grid = Scene.draw(state)
        try Golden.check("orders-refunds-en-160x48", grid)
        let text = grid.text
        #expect(text.contains("Paid 2026-11-24 00:10:00"))
        #expect(text.contains("11-24 09:12  rejected"))
        #expect(text.contains("14:05  requested"))
    }
}
