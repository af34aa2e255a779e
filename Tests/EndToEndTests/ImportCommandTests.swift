import Foundation
import Testing

/// `shopdash import csv` and `shopdash import wechatpay-bill` as scripts see them: summary line,
/// stderr messages, rejects file and exit status.
@Suite struct ImportCommandTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-import-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// A copy of one of the store tests' fixtures in this test's directory (rejects land beside it).
    func fixture(_ name: String) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ShopStoreTests/Fixtures/\(name)")
        let copy = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: copy)
        return copy.path
    }

    var db: String { dir.appendingPathComponent("shop.sqlite").path }

    static let yuanMap = ["--map", "out_trade_no=订单编号,created_at=下单时间,paid_at=付款时间,status=订单状态",
                          "--map", "sku=商品编码,item_name=商品名称,qty=数量,unit_price=单价,total=订单金额,discount=优惠金额,paid=实付金额"]

    @Test func csvImportThenReimport() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try fixture("orders-yuan.csv")
        let first = try ShopdashBinary.run(["import", "csv", file, "--db", db] + Self.yuanMap)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "read 4, accepted 4, duplicates 0, rejected 0\n")
        let again = try ShopdashBinary.run(["import", "csv", file, "--db", db] + Self.yuanMap)
        #expect(again.status == 0)
        #expect(again.stdout == "read 4, accepted 0, duplicates 4, rejected 0\n")
        #expect(!FileManager.default.fileExists(atPath: file + ".rejects"))
    }

    @Test func csvRejectsGoToStderrAndTheRejectsFileWithExit65() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try fixture("orders-bad.csv")
        let out = try ShopdashBinary.run(["import", "csv", file, "--db", db,
                                          "--map", "out_trade_no=order_no,created_at=created,total=amount,sku=sku"])
        #expect(out.status == 65)
        #expect(out.stdout == "read 8, accepted 3, duplicates 1, rejected 4\n")
        #expect(out.stderr.hasPrefix("\(file):2: total: '12.345' is not an amount in yuan"))
        let rejects = try String(contentsOfFile: file + ".rejects", encoding: .utf8)
        #expect(rejects.split(separator: "\n").map { $0.split(separator: "\t").first! } == ["2", "4", "8", "9"])
    }

    @Test func csvMapNamingAMissingColumnImportsNothing() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try fixture("orders-yuan.csv")
        let out = try ShopdashBinary.run(["import", "csv", file, "--db", db,
                                          "--map", "out_trade_no=订单编号,created_at=下单时间,total=Amount"])
        #expect(out.status == 64)
        #expect(out.stderr.contains("'Amount' not in the header"))
        #expect(out.stdout.isEmpty)
    }

    @Test func billReconcilesOrNamesTheDifferences() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try ShopdashBinary.run(["import", "wechatpay-bill", try fixture("wechatpay-all.csv"), "--db", db])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.hasPrefix("read 7, accepted 7, duplicates 0, rejected 0\nALL bill, reconciliation:\n"))
        #expect(good.stdout.hasSuffix("reconciled: the bill's summary matches what was imported\n"))

        let badFile = try fixture("wechatpay-all-bad-summary.csv")
        let bad = try ShopdashBinary.run(["import", "wechatpay-bill", badFile, "--db", db])
        #expect(bad.status == 1)
        #expect(bad.stdout.hasPrefix("read 7, accepted 0, duplicates 7, rejected 0\n"))
        #expect(bad.stderr == """
            \(badFile): reconciliation: 总交易单数 (rows): bill 8, imported 7
            \(badFile): reconciliation: 应结订单总金额 (paid): bill 548.80, imported 538.80

            """)
    }

    @Test func refundBillWithoutItsPaymentsExits65() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try fixture("wechatpay-refund.csv")
        let out = try ShopdashBinary.run(["import", "wechatpay-bill", file, "--db", db])
        #expect(out.status == 65)
        #expect(out.stderr.contains("\(file):2: unknown order SD20261123000202"))
        #expect(out.stderr.contains("reconciliation: 退款总金额 (refunded): bill 196.00, imported 0.00"))
    }

    @Test func gbkBillIsRefusedWithExit66() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try fixture("wechatpay-success-gbk.csv")
        let out = try ShopdashBinary.run(["import", "wechatpay-bill", file, "--db", db])
        #expect(out.status == 66)
        #expect(out.stderr.contains("\(file):1: not UTF-8: invalid byte 0xBD"))
        #expect(out.stdout.isEmpty)
    }
}
