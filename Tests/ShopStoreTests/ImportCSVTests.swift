import Foundation
import ShopModel
import Testing
@testable import ShopStore

@Suite struct ImportCSVTests {
    static let shopZone = TimeZone(identifier: "Asia/Shanghai")!

    static let yuanMapping = try! OrderCSVMapping([
        "out_trade_no=订单编号,transaction_id=微信支付单号,customer=买家,nickname=买家昵称,phone=手机号,city=收货城市",
        "created_at=下单时间,paid_at=付款时间,status=订单状态,channel=来源渠道",
        "sku=商品编码,item_name=商品名称,qty=数量,unit_price=单价,total=订单金额,discount=优惠金额,paid=实付金额,remark=买家留言",
    ])

    func yuanPlan() throws -> ImportPlan {
        try OrderCSVImport(mapping: Self.yuanMapping, times: TimeParser(zone: Self.shopZone))
            .plan(file: Fixture.path("orders-yuan.csv"))
    }

    @Test func yuanExportWithQuotesBOMAndMultiItemOrders() throws {
        let plan = try yuanPlan()
        #expect(plan.rejections.isEmpty)
        #expect(plan.units.map { $0.sources.map(\.line) } == [[2], [3, 5], [7]])
        let orders = plan.orders
        #expect(orders.map(\.outTradeNo) == ["YZ1001", "YZ1002", "YZ1003"])

        let first = orders[0]
        #expect(first.items == [OrderItem(sku: "SKU-PE-357", name: "云南普洱茶, 357g 饼", qty: 1, unit: Money(fen: 12_800))])
        #expect(first.status == .paid && first.channel == .liveStream)
        #expect(first.createdAt == shanghai(2026, 11, 24, 9, 0, 5))
        #expect(first.paidAt == shanghai(2026, 11, 24, 9, 1, 10))
        #expect(first.remark == nil && first.transactionId == "4200001001" && first.customer == "u-cha")

        let two = orders[1]
        #expect(two.nickname == "老王 \"茶客\"")
        #expect(two.remark == "请用礼盒包装\r\n谢谢")
        #expect(two.status == .shipped && two.channel == .officialAccount)
        #expect(two.total == Money(fen: 11_000) && two.discount == Money(fen: 1_000) && two.paid == Money(fen: 10_000))
        #expect(two.items.map(\.sku) == ["SKU-CUP-01", "SKU-ZHEN-01"])
        #expect(two.items.map(\.qty) == [2, 1])
        #expect(two.items.map(\.unit) == [Money(fen: 4_500), Money(fen: 2_000)])

        // No paid_at and 待付款: not paid; paid falls back to total minus (no) discount.
        let three = orders[2]
        #expect(three.status == .created && three.paidAt == nil && three.transactionId == nil)
        #expect(three.paid == Money(fen: 3_990) && three.discount == .zero)
        #expect(three.channel == .share)
    }

    @Test func fenExportWithCustomTimeFormatAndBadRows() throws {
        let mapping = try OrderCSVMapping(["out_trade_no=id,created_at=when,paid_at=paid_when,total=amount_fen",
                                           "discount=discount_fen,customer=buyer,qty=qty,sku=sku,channel=channel"])
        let importer = OrderCSVImport(mapping: mapping, amountUnit: .fen,
                                      times: TimeParser(zone: Self.shopZone, pattern: "dd/MM/yyyy HH:mm"))
        let plan = try importer.plan(file: Fixture.path("orders-fen.csv"))
        #expect(plan.orders.map(\.outTradeNo) == ["F1", "F2"])
        let f2 = plan.orders[1]
        #expect(f2.createdAt == shanghai(2026, 11, 24, 23, 59))
        #expect(f2.paidAt == shanghai(2026, 11, 25, 0, 1))
        #expect(f2.total == Money(fen: 99_900) && f2.discount == Money(fen: 1_000) && f2.paid == Money(fen: 98_900))
        // One item and no unit price column: the unit price is the total over the quantity, exactly.
        #expect(f2.items == [OrderItem(sku: "SKU-B", name: "SKU-B", qty: 3, unit: Money(fen: 33_300))])
        #expect(f2.channel == .search && f2.status == .paid)
        #expect(plan.rejections.map(\.line) == [4, 5])
        #expect(plan.rejections[0].reason.contains("created_at: '31/11/2026 10:00'"))
        #expect(plan.rejections[1].reason.contains("total: '12.50' is not an amount in fen"))
        #expect(plan.rejections[1].text == "F4,24/11/2026 10:00,,12.50,0,u4,1,SKU-D,other")
    }

    @Test func badRowsAreRejectedWithTheirFileLines() throws {
        let mapping = try OrderCSVMapping(["out_trade_no=order_no,created_at=created,total=amount,sku=sku"])
        let plan = try OrderCSVImport(mapping: mapping, times: TimeParser(zone: Self.shopZone))
            .plan(file: Fixture.path("orders-bad.csv"))
        let reasons = Dictionary(uniqueKeysWithValues: plan.rejections.map { ($0.line, $0.reason) })
        #expect(reasons.keys.sorted() == [2, 4, 8, 9])
        #expect(reasons[2]!.contains("'12.345' is not an amount in yuan"))
        #expect(reasons[4] == "needs created_at or paid_at")
        #expect(reasons[8]!.contains("created_at: '2026-11-24 25:00:00'"))
        #expect(reasons[9] == "out_trade_no B2 (first row: line 3): created_at '2026-11-24 09:00:00' differs from '2026-11-24 08:00:00'")
        #expect(plan.repeatedLines == 1)
        #expect(plan.orders.map(\.outTradeNo) == ["B2", "B4", "B6"])
        #expect(plan.orders[0].total == Money(fen: 100_000))
        #expect(plan.orders[1].items.first?.sku == "multi\nline sku")
        #expect(plan.orders[1].createdAt == shanghai(2026, 11, 24, 8, 0))
        #expect(plan.orders[2].createdAt == 1_795_485_600)
        #expect(plan.units[1].sources == [SourceLine(line: 5, text: "B4,2026-11-24T08:00:00+08:00,7.00,\"multi\\nline sku\"")])

        let outcome = try ImportRunner.run(plan) { events in events.map { _ in .accepted } }
        #expect(outcome.report.summary == "read 8, accepted 3, duplicates 1, rejected 4")
        #expect(outcome.report.exitCode == 65)
    }

    @Test func mappingErrorsComeBeforeAnyImport() throws {
        #expect(throws: ImportError.badMapping("unknown field 'price' (fields: \(OrderField.allCases.map(\.rawValue).joined(separator: ", ")))")) {
            try OrderCSVMapping(["out_trade_no=a,created_at=b,total=c,price=d"])
        }
        #expect(throws: ImportError.badMapping("out_trade_no must be mapped")) { try OrderCSVMapping(["created_at=b,total=c"]) }
        #expect(throws: ImportError.badMapping("map total or paid (or both)")) { try OrderCSVMapping(["out_trade_no=a,created_at=b"]) }
        #expect(throws: ImportError.badMapping("field 'total' is mapped twice")) {
            try OrderCSVMapping(["out_trade_no=a,created_at=b,total=c", "total=d"])
        }
        #expect(throws: ImportError.badMapping("'total' is not field=Column")) { try OrderCSVMapping(["out_trade_no=a,created_at=b,total"]) }
    }

    @Test func mappedColumnMissingFromHeaderIsAnError() throws {
        let mapping = try OrderCSVMapping(["out_trade_no=订单编号,created_at=下单时间,total=Amount,city=城市"])
        let file = Fixture.path("orders-yuan.csv")
        do {
            _ = try OrderCSVImport(mapping: mapping, times: TimeParser(zone: Self.shopZone)).plan(file: file)
            Issue.record("expected an error")
        } catch let error as ImportError {
            guard case let .missingColumns(name, columns, header) = error else { Issue.record("\(error)"); return }
            #expect(name == file)
            #expect(columns == ["城市", "Amount"])
            #expect(header.first == "订单编号") // the BOM is not part of the first column's name
            #expect(error.description.contains("'城市', 'Amount' not in the header"))
        }
    }

    @Test func yuanAndFenAreParsedExactly() {
        #expect(AmountUnit.yuan.parse("0.1") == Money(fen: 10))
        #expect(AmountUnit.yuan.parse("0.30") == Money(fen: 30))
        #expect(AmountUnit.yuan.parse("1,234.56") == Money(fen: 123_456))
        #expect(AmountUnit.yuan.parse("1.005") == nil)
        #expect(AmountUnit.fen.parse("12850") == Money(fen: 12_850))
        #expect(AmountUnit.fen.parse("128.50") == nil)
        #expect(AmountUnit.fen.parse("") == nil)
    }

    @Test func fastYuanReadingAgreesWithMoney() {
        var samples = ["0", "0.1", "0.10", ".5", "5.", "-3.2", "-0.00", "128.50", "1.005", "1.2.3", "-", "", ".",
                       "+5", "¥9.9", "1,234.56", " 7.00 ", "12a", "999999999999999.99", "9999999999999999.99",
                       "99999999999999999999", "0.0001", "--1", "1-", "１２"]
        for n in stride(from: 0, through: 100_000, by: 997) {
            samples.append("\(n / 100).\(n % 100 < 10 ? "0" : "")\(n % 100)")
            samples.append("\(n / 10).\(n % 10)")
        }
        for text in samples {
            #expect(YuanText.money(text) == Money(yuan: text), "\(text)")
        }
    }

    @Test func conflictingOrderColumnsRejectTheLaterRowOnly() throws {
        let scratch = try ScratchDir()
        let file = try scratch.write("conflict.csv", """
            no,at,total,sku
            C1,2026-11-24 10:00:00,10.00,A
            C1,,,B
            C1,2026-11-24 10:00:00,12.00,C

            """)
        let mapping = try OrderCSVMapping(["out_trade_no=no,created_at=at,total=total,sku=sku"])
        let plan = try OrderCSVImport(mapping: mapping, times: TimeParser(zone: Self.shopZone)).plan(file: file)
        #expect(plan.orders.count == 1)
        #expect(plan.orders[0].items.map(\.sku) == ["A", "B"])
        // Several items and no unit price: unknown prices stay zero rather than being invented.
        #expect(plan.orders[0].items.map(\.unit) == [.zero, .zero])
        #expect(plan.rejections.map(\.line) == [4])
        #expect(plan.rejections[0].reason == "out_trade_no C1 (first row: line 2): total '12.00' differs from '10.00'")
    }

    @Test func reimportIntoTheStoreIsAllDuplicates() throws {
        let temp = try TempStore()
        let plan = try yuanPlan()
        let first = try ImportRunner.run(plan, batchSize: 2, apply: temp.store.apply)
        #expect(first.report.summary == "read 4, accepted 4, duplicates 0, rejected 0")
        #expect(first.report.exitCode == 0)
        #expect(try temp.int("SELECT count(*) FROM orders") == 3)
        #expect(try temp.int("SELECT count(*) FROM order_items WHERE out_trade_no = 'YZ1002'") == 2)
        #expect(try temp.int("SELECT sum(paid_fen) FROM orders WHERE paid_at IS NOT NULL") == 22_800)

        let again = try ImportRunner.run(try yuanPlan(), apply: temp.store.apply)
        #expect(again.report.summary == "read 4, accepted 0, duplicates 4, rejected 0")
        #expect(try temp.int("SELECT count(*) FROM orders") == 3)
        #expect(try temp.int("SELECT count(*) FROM order_items") == 4)
    }

    @Test func rejectedRowsReachTheRejectsFileAsOneLineEach() throws {
        let mapping = try OrderCSVMapping(["out_trade_no=order_no,created_at=created,total=amount,sku=sku"])
        let plan = try OrderCSVImport(mapping: mapping, times: TimeParser(zone: Self.shopZone))
            .plan(file: Fixture.path("orders-bad.csv"))
        let scratch = try ScratchDir()
        let path = scratch.url.appendingPathComponent("orders-bad.csv.rejects").path
        let rejects = try RejectsFile(path: path)
        for r in plan.rejections { try rejects.write(r) }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "2\ttotal: '12.345' is not an amount in yuan (at most two decimals)\tB1,2026-11-24 08:00:00,12.345,X")
        #expect(lines[1].hasPrefix("4\tneeds created_at or paid_at\tB3,,5.00,Z"))
    }
}
