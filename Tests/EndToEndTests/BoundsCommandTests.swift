import Foundation
import Testing

/// Values that used to crash `ingest` or poison a store: each is now a rejected line, and the
/// store answers `stats`, `snapshot` and `export` afterwards.
@Suite struct BoundsCommandTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-bounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    @Test func hugeAmountsAndTimesAreRejectedLinesNotACrash() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let max = "9223372036854775807", min = "-9223372036854775808"
        let lines = [
            #"{"type":"order","out_trade_no":"A","created_at":1764036000,"items":[{"name":"x","unit_fen":\#(max)}]}"#,
            #"{"type":"order","out_trade_no":"B","created_at":1764036000,"items":[{"name":"x","unit_fen":600000000000},{"name":"y","unit_fen":600000000000}]}"#,
            #"{"type":"order","out_trade_no":"C","created_at":1764036000,"paid_at":\#(max),"total_fen":1}"#,
            #"{"type":"order","out_trade_no":"D","created_at":1764036000,"paid_at":1764036000,"total_fen":\#(max)}"#,
            #"{"type":"visit","id":"V1","visitor":"u","started_at":\#(max)}"#,
            #"{"type":"visit","id":"V2","visitor":"u","started_at":\#(min)}"#,
            #"{"type":"refund","refund_no":"R","out_trade_no":"OK","amount_fen":1,"succeeded_at":\#(min)}"#,
            #"{"type":"order","out_trade_no":"OK","created_at":1764036000,"paid_at":1764036000,"total_fen":100}"#,
        ]
        let input = path("in.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
        let db = path("s.sqlite")
        let out = try ShopdashBinary.run(["ingest", "--db", db, input])
        #expect(out.status == 65)
        #expect(out.stdout == "read 8, accepted 1, duplicates 0, rejected 7\n")
        let reasons = out.stderr.split(separator: "\n")
        #expect(reasons.count == 7)
        #expect(reasons.allSatisfy { $0.hasPrefix("\(input):") && ($0.contains("must be") || $0.contains("more than")) })
        let stats = try ShopdashBinary.run(["stats", "--json", "--db", db])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains(#""gmv_fen": 100"#))
        let snapshot = try ShopdashBinary.run(["snapshot", "--pane", "all", "--db", db])
        #expect(snapshot.status == 0)
        let export = try ShopdashBinary.run(["export", "orders", "--db", db])
        #expect(export.status == 0)
    }

    @Test func aBillPaidAmountOfInt64MaxIsARejectedRow() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let bill = """
            交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,商品名称,商户数据包,手续费,费率,订单金额,费率备注
            `2026-11-23 08:05:33,`wx1,`1612345678,`0,`,`4200001,`SD1,`o1,`JSAPI,`SUCCESS,`OTHERS,`CNY,`66.00,`0.00,`茶,`,`0.39600,`0.60%,`66.00,`
            `2026-11-23 08:06:33,`wx1,`1612345678,`0,`,`4200002,`SD2,`o1,`JSAPI,`SUCCESS,`OTHERS,`CNY,`92233720368547758.07,`0.00,`茶,`,`0.39600,`0.60%,`92233720368547758.07,`

            """
        let file = path("bill.csv")
        try Data(bill.utf8).write(to: URL(fileURLWithPath: file))
        let db = path("s.sqlite")
        let out = try ShopdashBinary.run(["import", "wechatpay-bill", "--db", db, file])
        #expect(out.status == 65)
        #expect(out.stderr.contains("\(file):3: 应结订单金额: '92233720368547758.07' must be 0 to 1000000000000 fen"))
        let stats = try ShopdashBinary.run(["stats", "--json", "--db", db])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains(#""gmv_fen": 6600"#))
    }
}
