import Foundation
import ShopModel
import Testing
@testable import ShopStore

@Suite struct ImportWeChatPayBillTests {
    func bill(_ name: String) throws -> WeChatPayBillImport {
        try WeChatPayBillImport(file: Fixture.path(name))
    }

    @Test func allBillMapsPaymentsRevocationsAndRefunds() throws {
        let imp = try bill("wechatpay-all.csv")
        #expect(imp.bill.kind == .all)
        #expect(imp.plan.rejections.isEmpty)
        let orders = imp.plan.orders
        #expect(orders.map(\.outTradeNo) == ["SD20261124000101", "SD20261124000102", "SD20261124000103",
                                              "SD20261124000104", "SD20261124000105"])
        let coupon = orders[1]
        #expect(coupon.transactionId == "4200002391202611240000000102")
        #expect(coupon.customer == "oX3k95Wm4TzQ8rYuE2nVb7LsKc0")
        #expect(coupon.total == Money(fen: 9_900) && coupon.discount == Money(fen: 1_000) && coupon.paid == Money(fen: 8_900))
        #expect(coupon.status == .paid)
        #expect(coupon.paidAt == shanghai(2026, 11, 24, 10, 42, 37) && coupon.createdAt == coupon.paidAt)
        #expect(coupon.items == [OrderItem(sku: "手冲咖啡滤杯 (陶瓷)", name: "手冲咖啡滤杯 (陶瓷)", qty: 1, unit: Money(fen: 9_900))])
        let revoked = orders[3]
        #expect(revoked.status == .closed && revoked.paidAt == nil)

        let refunds = imp.plan.refunds
        #expect(refunds.count == 2)
        #expect(refunds[0] == RefundRecord(refundNo: "RF20261124000102", outTradeNo: "SD20261124000102",
                                           wechatRefundId: "50302709992026112400000201", amount: Money(fen: 8_900),
                                           status: .succeeded, requestedAt: shanghai(2026, 11, 24, 18, 30), succeededAt: nil))
        #expect(refunds[1].status == .processing && refunds[1].amount == Money(fen: 5_600))
        #expect(imp.plan.units.map { $0.sources[0].line } == [2, 3, 4, 5, 6, 7, 8])
    }

    @Test func allBillImportsReconcilesAndIsIdempotent() throws {
        let temp = try TempStore()
        let imp = try bill("wechatpay-all.csv")
        let outcome = try ImportRunner.run(imp.plan, apply: temp.store.apply)
        #expect(outcome.report.summary == "read 7, accepted 7, duplicates 0, rejected 0")
        let rec = imp.reconcile(outcome)
        #expect(rec.agrees, "\(rec.differences)")
        #expect(rec.figures.map(\.imported) == ["7", "538.80", "145.00", "0.00", "2.2434", "548.80", "155.00"])
        #expect(rec.table.contains("应结订单总金额 paid"))
        #expect(try temp.int("SELECT count(*) FROM orders WHERE paid_at IS NOT NULL") == 4)
        #expect(try temp.int("SELECT sum(paid_fen) FROM orders WHERE paid_at IS NOT NULL") == 51_890)
        #expect(try temp.string("SELECT status FROM orders WHERE out_trade_no = 'SD20261124000104'") == "closed")
        #expect(try temp.int("SELECT sum(amount_fen) FROM refunds WHERE status = 'succeeded'") == 8_900)

        let stored = try imp.reconcile(outcome, against: temp.store)
        #expect(stored.agrees, "\(stored.differences)")
        #expect(stored.figures == rec.figures)

        let again = try ImportRunner.run(try bill("wechatpay-all.csv").plan, apply: temp.store.apply)
        #expect(again.report.summary == "read 7, accepted 0, duplicates 7, rejected 0")
        #expect(try imp.reconcile(again, against: temp.store).agrees)
        #expect(try temp.int("SELECT count(*) FROM orders") == 5)
        #expect(try temp.int("SELECT count(*) FROM refunds") == 2)
    }

    @Test func successThenRefundBill() throws {
        let temp = try TempStore()
        let success = try bill("wechatpay-success.csv")
        #expect(success.bill.kind == .success)
        let paid = try ImportRunner.run(success.plan, apply: temp.store.apply)
        #expect(paid.report.summary == "read 3, accepted 3, duplicates 0, rejected 0")
        let rec = success.reconcile(paid)
        #expect(rec.agrees)
        // A SUCCESS bill's summary has four figures; only those are compared.
        #expect(rec.figures.map(\.name) == ["总交易单数", "应结订单总金额", "手续费总金额", "订单总金额"])
        #expect(rec.figures.map(\.imported) == ["3", "255.90", "1.5354", "275.90"])
        // 23:59:58 China time is still the 23rd in the shop's days, 15:59:58 UTC.
        #expect(success.plan.orders[2].paidAt == shanghai(2026, 11, 23, 23, 59, 58))
        #expect(ShopCalendar.shanghai.dayLabel(success.plan.orders[2].paidAt!) == "2026-11-23")

        let refundBill = try bill("wechatpay-refund.csv")
        #expect(refundBill.bill.kind == .refund)
        let r = refundBill.plan.refunds
        #expect(r.map(\.refundNo) == ["RF20261124000202", "RF20261124000201"])
        #expect(r[0].requestedAt == shanghai(2026, 11, 24, 9, 12, 40))
        #expect(r[0].succeededAt == shanghai(2026, 11, 24, 9, 12, 43))
        #expect(r[0].amount == Money(fen: 18_000))
        let refunded = try ImportRunner.run(refundBill.plan, apply: temp.store.apply)
        #expect(refunded.report.summary == "read 2, accepted 2, duplicates 0, rejected 0")
        #expect(try refundBill.reconcile(refunded, against: temp.store).agrees)
        #expect(try temp.int("SELECT sum(amount_fen) FROM refunds WHERE succeeded_at IS NOT NULL") == 19_600)
    }

    @Test func refundBillBeforeItsPaymentsIsRejectedAndDoesNotReconcile() throws {
        let temp = try TempStore()
        let refundBill = try bill("wechatpay-refund.csv")
        let outcome = try ImportRunner.run(refundBill.plan, apply: temp.store.apply)
        #expect(outcome.report.summary == "read 2, accepted 0, duplicates 0, rejected 2")
        #expect(outcome.rejections.map(\.line) == [2, 3])
        #expect(outcome.rejections[0].reason.contains("unknown order SD20261123000202"))
        let rec = refundBill.reconcile(outcome)
        #expect(!rec.agrees)
        #expect(rec.differences.contains("总交易单数 (rows): bill 2, imported 0"))
        #expect(rec.differences.contains("退款总金额 (refunded): bill 196.00, imported 0.00"))
    }

    @Test func summaryThatDisagreesWithTheRowsIsNamed() throws {
        let temp = try TempStore()
        let imp = try bill("wechatpay-all-bad-summary.csv")
        let outcome = try ImportRunner.run(imp.plan, apply: temp.store.apply)
        #expect(outcome.report.rejected == 0)
        let rec = imp.reconcile(outcome)
        #expect(!rec.agrees)
        #expect(rec.differences == ["总交易单数 (rows): bill 8, imported 7",
                                    "应结订单总金额 (paid): bill 548.80, imported 538.80"])
        #expect(rec.table.contains("<- differs"))
    }

    @Test func anOrderAlreadyStoredWithOtherFiguresIsADifference() throws {
        let temp = try TempStore()
        // The same order number arrived earlier (from another feed) with a different amount.
        _ = try temp.store.apply([.order(OrderRecord(
            outTradeNo: "SD20261124000103", createdAt: shanghai(2026, 11, 24, 13, 0), paidAt: shanghai(2026, 11, 24, 13, 5),
            status: .paid, total: Money(fen: 5_590), paid: Money(fen: 5_590)))])
        let imp = try bill("wechatpay-all.csv")
        let outcome = try ImportRunner.run(imp.plan, apply: temp.store.apply)
        #expect(outcome.report.summary == "read 7, accepted 6, duplicates 1, rejected 0")
        #expect(imp.reconcile(outcome).agrees) // the bill alone cannot see it
        let rec = try imp.reconcile(outcome, against: temp.store)
        #expect(!rec.agrees)
        #expect(rec.differences == [
            "应结订单总金额 (paid): bill 538.80, imported 548.80",
            "订单总金额 (order totals): bill 548.80, imported 558.80",
            "line 4: order SD20261124000103 应结订单金额: bill 45.90, store 55.90",
            "line 4: order SD20261124000103 订单金额: bill 45.90, store 55.90",
        ])
    }

    @Test func revokedPaymentClosesTheOrderWhetherNewOrAlreadyStored() throws {
        let temp = try TempStore()
        let header = try String(contentsOfFile: Fixture.path("wechatpay-all.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n")[0]
        func row(_ time: String, _ state: String, _ fee: String) -> String {
            "`\(time),`wx5f2c8e1a9b3d4c70,`1612345678,`0,`POS-01,`4200002391202611250000000901,`SD20261125000901,"
                + "`oX3k95d2Pq7LmN0aBcD1eFgHiJk,`MICROPAY,`\(state),`OTHERS,`CNY,`19.90,`0.00,`0,`0,`0.00,`0.00,`,`,"
                + "`竹制茶夹,`,`\(fee),`0.60%,`19.90,`0.00,`"
        }
        let text = [header, row("2026-11-25 10:00:00", "SUCCESS", "0.11940"), row("2026-11-25 10:03:00", "REVOKED", "0.00000"),
                    "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额",
                    "`2,`39.80,`0.00,`0.00,`0.11940,`39.80,`0.00", ""].joined(separator: "\n")
        let scratch = try ScratchDir()
        let imp = try WeChatPayBillImport(file: try scratch.write("revoked.csv", text))
        let outcome = try ImportRunner.run(imp.plan, apply: temp.store.apply)
        #expect(outcome.report.summary == "read 2, accepted 2, duplicates 0, rejected 0")
        #expect(try temp.string("SELECT status FROM orders WHERE out_trade_no = 'SD20261125000901'") == "closed")
        #expect(try temp.int("SELECT status_at FROM orders WHERE out_trade_no = 'SD20261125000901'") == shanghai(2026, 11, 25, 10, 3))
        #expect(try imp.reconcile(outcome, against: temp.store).agrees)
        let again = try ImportRunner.run(imp.plan, apply: temp.store.apply)
        #expect(again.report.summary == "read 2, accepted 0, duplicates 2, rejected 0")
    }

    @Test func gbkBillIsRefusedBeforeAnything() throws {
        #expect(throws: ImportError.self) { try WeChatPayBillImport(file: Fixture.path("wechatpay-success-gbk.csv")) }
    }

    @Test func badRowsMissingSummaryAndWrongHeader() throws {
        let scratch = try ScratchDir()
        let good = try String(contentsOfFile: Fixture.path("wechatpay-success.csv"), encoding: .utf8)
        var lines = good.components(separatedBy: "\r\n")
        lines[2] = lines[2].replacingOccurrences(of: "`180.00", with: "`18O.00")
        lines[3] = lines[3].replacingOccurrences(of: "`SUCCESS", with: "`PAYING")
        let broken = try scratch.write("broken.csv", lines.joined(separator: "\n"))
        let imp = try WeChatPayBillImport(file: broken)
        #expect(imp.plan.rejections.map(\.line) == [3, 4])
        #expect(imp.plan.rejections[0].reason == "应结订单金额: '18O.00' is not an amount in yuan")
        #expect(imp.plan.rejections[1].reason == "交易状态: unknown 'PAYING' (SUCCESS, REFUND or REVOKED)")
        let outcome = try ImportRunner.run(imp.plan) { $0.map { _ in .accepted } }
        #expect(outcome.report.summary == "read 3, accepted 1, duplicates 0, rejected 2")

        let cut = try scratch.write("cut.csv", lines.prefix(3).joined(separator: "\n"))
        let cutImport = try WeChatPayBillImport(file: cut)
        let cutRec = cutImport.reconcile(try ImportRunner.run(cutImport.plan) { $0.map { _ in .accepted } })
        #expect(!cutRec.agrees)
        #expect(cutRec.differences.first?.contains("no summary") == true)

        let notABill = try scratch.write("orders.csv", "订单号,金额\nA1,1.00\n")
        #expect(throws: ImportError.self) { try WeChatPayBillImport(file: notABill) }
    }

    @Test func feesKeepFiveDecimals() {
        #expect(BillFee(yuan: "-0.27000")?.hundredThousandths == -27_000)
        #expect(BillFee(yuan: "0.05940")?.description == "0.0594")
        #expect(BillFee(yuan: "0")?.description == "0.00")
        #expect(BillFee(yuan: "0.123456") == nil)
        #expect(BillFee(yuan: "1,00") == nil)
    }
}
