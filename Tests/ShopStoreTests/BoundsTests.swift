import Foundation
import Testing
import ShopModel
@testable import ShopStore

/// Values beyond `InputBounds` are refused where they are read, with the field and a reason, and a
/// store that holds such values from before the bounds still answers every read.
@Suite struct BoundsTests {
    static let max = "9223372036854775807"
    static let min = "-9223372036854775808"

    func reason(_ line: String) -> String? {
        do { _ = try EventDecoder().decode(line); return nil } catch { return error.reason }
    }

    @Test func eventAmountsAndItemSumsBeyondTheBoundAreRefused() {
        let item = { (unit: String, qty: Int) in #"{"name":"x","qty":\#(qty),"unit_fen":\#(unit)}"# }
        let order = { (items: String) in
            #"{"type":"order","out_trade_no":"N","created_at":1764036000,"items":[\#(items)]}"#
        }
        #expect(reason(order(item(Self.max, 1)))
                == "bad money \(Self.max) in items[0].unit_fen (must be 0 to 1000000000000 fen (¥10,000,000,000))")
        #expect(reason(order(item("1000000000000", 2))) == "items[0]: qty times unit_fen is more than 1000000000000 fen")
        #expect(reason(order(item("600000000000", 1) + "," + item("600000000000", 1)))
                == "the items add up to more than 1000000000000 fen")
        #expect(reason(order(item("100", 1_000_001))) == "bad number 1000001 in items[0].qty (must be at most 1000000)")
        #expect(reason(#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":1000000000001}"#) != nil)
        #expect(reason(#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":1000000000000}"#) == nil)
    }

    @Test func eventTimesBeyondTheBoundAreRefused() {
        for t in [Self.max, Self.min, "0", "4102444801", "\"\(Self.max)\""] {
            let lines = [
                #"{"type":"visit","id":"v","visitor":"u","started_at":\#(t)}"#,
                #"{"type":"order","out_trade_no":"N","created_at":1764036000,"paid_at":\#(t),"total_fen":1}"#,
                #"{"type":"refund","refund_no":"R","out_trade_no":"N","amount_fen":1,"succeeded_at":\#(t)}"#,
                #"{"type":"live_session","id":"L","title":"t","started_at":\#(t)}"#,
            ]
            for line in lines {
                let why = reason(line)
                #expect(why?.contains("must be between 2000-01-01 and 2100-01-01") == true, "\(line): \(why ?? "accepted")")
            }
        }
        #expect(reason(#"{"type":"visit","id":"v","visitor":"u","started_at":"2100-01-01T00:00:01Z"}"#) != nil)
        #expect(reason(#"{"type":"visit","id":"v","visitor":"u","started_at":"1999-12-31T23:59:59Z"}"#) != nil)
        #expect(reason(#"{"type":"visit","id":"v","visitor":"u","started_at":"2000-01-01T00:00:00Z"}"#) == nil)
        #expect(reason(#"{"type":"visit","id":"v","visitor":"u","started_at":1764036000,"pages":1000000001}"#) != nil)
    }

    /// The store refuses what a reader let through, so that nothing written can overflow a query.
    @Test func theStoreRefusesEventsBeyondTheBounds() throws {
        let temp = try TempStore()
        let huge = Money(fen: Int64.max)
        let results = try temp.store.apply([
            .order(OrderRecord(outTradeNo: "A", createdAt: T.at(25, 10), paidAt: T.at(25, 10), status: .paid,
                               total: huge, paid: huge)),
            .order(OrderRecord(outTradeNo: "B", createdAt: T.at(25, 10), paidAt: Int64.max, status: .paid,
                               total: Money(fen: 1), paid: Money(fen: 1))),
            .order(OrderRecord(outTradeNo: "C", createdAt: T.at(25, 10), status: .created, total: Money(fen: 2),
                               paid: Money(fen: 2), items: [OrderItem(sku: "s", name: "n", qty: 3, unit: huge)])),
            .visit(VisitRecord(id: "V", visitor: "u", startedAt: Int64.min, durationSeconds: 1, pages: 1, channel: .share)),
            order("OK"),
        ])
        #expect(results.prefix(4).allSatisfy { if case .rejected = $0 { true } else { false } })
        #expect(results.last == .accepted)
        #expect(try temp.store.stats().orders == 1)
    }

    @Test func csvAmountsTimesAndQuantitiesBeyondTheBoundAreRefused() throws {
        let scratch = try ScratchDir()
        let file = try scratch.write("orders.csv", """
            no,time,amount,qty
            A,2026-11-25 10:00:00,92233720368547758.07,1
            B,2026-11-25 10:00:00,10000000000.01,1
            C,9223372036854775807,1.00,1
            D,2101-01-01 00:00:00,1.00,1
            E,2026-11-25 10:00:00,1.00,1000001
            F,2026-11-25 10:00:00,10000000000.00,1
            """)
        let plan = try OrderCSVImport(mapping: try OrderCSVMapping(["out_trade_no=no,created_at=time,total=amount,qty=qty,item_name=no"]),
                                      times: TimeParser(zone: Seed.calendar.timeZone)).plan(file: file)
        #expect(plan.rejections.map(\.line) == [2, 3, 4, 5, 6])
        #expect(plan.units.count == 1)
        #expect(plan.rejections.filter { $0.reason.contains("must be") }.map(\.line) == [2, 3, 5, 6])
    }

    /// A bill's paid amount of Int64.max fen stopped the import after its first orders were committed.
    @Test func billAmountsBeyondTheBoundAreRefusedBeforeAnythingIsWritten() throws {
        let scratch = try ScratchDir()
        let text = try String(contentsOfFile: Fixture.path("wechatpay-success.csv"), encoding: .utf8)
        let poisoned = text.replacingOccurrences(of: "`180.00,", with: "`92233720368547758.07,")
        #expect(poisoned != text)
        let file = try scratch.write("bill.csv", poisoned)
        let bill = try WeChatPayBillParser().parse(file: file)
        #expect(bill.rejections.map(\.line) == [3])
        #expect(bill.rejections.first?.reason.contains("must be 0 to 1000000000000 fen") == true)
        let temp = try TempStore()
        let outcome = try ImportRunner.run(WeChatPayBillImport(bill: bill).plan) { try temp.store.apply($0) }
        #expect(outcome.report.rejected == 1)
    }

    @Test func billSumsAreChecked() {
        var totals = BillTotals()
        var row = BillDetail(line: 2, text: "", tradeTime: T.at(25, 10), transactionId: "t", outTradeNo: "o", state: .success,
                             settlementAmount: Money(fen: Int64.max - 1), couponAmount: .zero, orderAmount: .zero,
                             refundAmount: .zero, rechargeCouponRefund: .zero, requestedRefund: .zero, fee: .zero)
        let first = totals.add(row)
        row.settlementAmount = Money(fen: 2)
        let second = totals.add(row)
        #expect(first && !second)
        #expect(totals.rows == 1 && totals.settlement.fen == Int64.max - 1)
    }

    @Test func calendarAndRollupArithmeticTakeTheEndsOfInt64() {
        for t in [Int64.max, Int64.min, Int64.max - 1, Int64.min + 1] {
            _ = Seed.calendar.dayNumber(t)
            _ = Seed.calendar.startOfDay(t)
            _ = Seed.calendar.dayLabel(t)
            _ = EventWriter.minute(of: t)
            _ = ExportTime(calendar: Seed.calendar).format(t)
        }
        #expect(EventWriter.minute(of: -1) == -60)
        #expect(EventWriter.minute(of: 119) == 60)
        #expect(OrderItem(sku: "", name: "", qty: 3, unit: Money(fen: Int64.max)).lineTotal.fen == Int64.max)
    }

    /// A store written before the bounds may already hold Int64.max amounts and times: `stats`,
    /// every pane's data and every export must still answer, not fail with "integer overflow".
    @Test func aStoreHoldingHugeValuesStillAnswersEveryRead() throws {
        let seeded = try SeededStore()
        try seeded.store.pool.write { db in
            try db.execute(sql: """
                UPDATE orders SET total_fen = 9223372036854775807, paid_fen = 9223372036854775807
                WHERE out_trade_no IN (SELECT out_trade_no FROM orders ORDER BY out_trade_no LIMIT 3);
                UPDATE orders SET paid_at = 9223372036854775807
                WHERE out_trade_no = (SELECT out_trade_no FROM orders ORDER BY out_trade_no DESC LIMIT 1);
                UPDATE order_items SET unit_fen = 9223372036854775807, qty = 3;
                UPDATE refunds SET amount_fen = 9223372036854775807;
                UPDATE visits SET duration_s = 9223372036854775807, pages = 9223372036854775807;
                UPDATE redemptions SET discount_fen = 9223372036854775807;
                UPDATE rollup_minute SET gmv_fen = 9223372036854775807, refund_fen = 9223372036854775807;
                UPDATE store_counters SET value = 9223372036854775807 WHERE name IN ('paid_fen', 'refund_fen');
                """)
        }
        try EveryRead.run(seeded.store, now: Seed.now, dir: seeded.dir)
        _ = try seeded.store.countedStats()
    }
}
