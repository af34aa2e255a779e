import CSV
import Foundation
import Testing
import ShopModel
@testable import ShopStore

@Suite struct ExportTests {
    /// Exports into a file of the seeded store's directory and returns its text.
    static func export(_ seeded: SeededStore, _ kind: ExportKind, format: ExportFormat = .csv,
                       from: Int64? = nil, to: Int64? = nil, rawCells: Bool = false) throws -> (rows: Int, text: String) {
        let path = seeded.dir.appendingPathComponent("\(kind.rawValue).\(format.rawValue)").path
        let sink = try ExportSink(path: path)
        let rows = try seeded.store.export(kind, from: from, to: to, now: Seed.now, format: format, rawCells: rawCells,
                                           into: sink)
        try sink.finish()
        return (rows, try String(contentsOfFile: path, encoding: .utf8))
    }

    static func csvRows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test func ordersAsCSVWithYuanAndFenAndMaskedPhones() throws {
        let seeded = try SeededStore()
        let (count, text) = try Self.export(seeded, .orders)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(count == 14)
        #expect(lines.count == 16)           // header, 14 rows, and the empty piece after the final newline
        #expect(lines.last == "")
        #expect(lines[0] == "out_trade_no,transaction_id,created_at,paid_at,status,channel,live_session,coupon,customer,"
                + "nickname,phone,city,items,total_yuan,total_fen,discount_yuan,discount_fen,paid_yuan,paid_fen,"
                + "refunded_yuan,refunded_fen,remark")
        // Oldest first by creation: W2 (day 18) leads, O8F (15:00 today) closes.
        #expect(lines[1].hasPrefix("W2,,2026-11-18T09:00:00+08:00,2026-11-18T09:00:00+08:00,refunded,share,"))
        #expect(lines.contains("O5,,2026-11-25T14:29:00+08:00,2026-11-25T14:29:59+08:00,paid,live_stream,L1,B1,c4,阿强,"
                               + "136****9999,上海,羽绒服 等6件,300.00,30000,20.00,2000,280.00,28000,0.00,0,"))
        // O4 was refunded in full by R1; O2's refund is still processing, so nothing is refunded yet.
        #expect(lines.contains { $0.hasPrefix("O4,") && $0.hasSuffix(",50.00,5000,50.00,5000,") })
        #expect(lines.contains { $0.hasPrefix("O2,\(Seed.o2Transaction),") && $0.hasSuffix(",256.00,25600,0.00,0,") })
        #expect(lines.contains { $0.hasPrefix("O7U,,2026-11-25T14:00:00+08:00,,created,") })
        #expect(!text.contains("13812345678"))
    }

    @Test func fromAndToBoundTheCreationTime() throws {
        let seeded = try SeededStore()
        let today = try Self.export(seeded, .orders, from: Seed.at(25, 0), to: Seed.at(26, 0))
        #expect(today.rows == 8)
        let rows = try Self.csvRows(today.text).dropFirst().map { $0[0] }
        #expect(rows == ["O1", "O2", "O3", "O4", "O7U", "O5", "O6", "O8F"])
        // [from, to): an order created exactly at `to` is left out.
        #expect(try Self.export(seeded, .orders, from: Seed.at(25, 0), to: Seed.at(25, 14, 30)).rows == 6)
    }

    @Test func csvQuotingIsTheLibrarysAndRoundTrips() throws {
        let seeded = try SeededStore(seeded: false)
        let remark = "请,包装 \"礼盒\"\n第二行"
        _ = try seeded.store.apply([.order(OrderRecord(
            outTradeNo: "Q1", nickname: "a,b", createdAt: Seed.now, status: .created, total: Money(fen: 1),
            paid: Money(fen: 1), items: [OrderItem(sku: "s", name: "围巾, 羊绒", qty: 1, unit: Money(fen: 1))],
            remark: remark))])
        let (_, text) = try Self.export(seeded, .orders)
        let rows = try Self.csvRows(text)
        #expect(rows.count == 2)
        #expect(rows[1][0] == "Q1")
        #expect(rows[1][9] == "a,b")
        #expect(rows[1][12] == "围巾, 羊绒")
        // Commas and quotes round trip; the line break is escaped like every control in CSV.
        #expect(rows[1][21] == "请,包装 \"礼盒\"\\u{A}第二行")
        #expect(text.contains("\"请,包装 \"\"礼盒\"\"\\u{A}第二行\""))
    }

    @Test func jsonLinesCarryTheSameKeysAndNumbers() throws {
        let seeded = try SeededStore()
        let (count, text) = try Self.export(seeded, .refunds, format: .jsonl)
        #expect(count == 3)
        let objects = try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(objects.count == 3)
        #expect(Set(objects[0].keys) == Set(ShopStore.exportColumns(.refunds)))
        #expect(objects.map { $0["refund_no"] as? String } == ["R2", "R3", "R1"])
        #expect(objects[2]["amount_fen"] as? Int == 5_000)
        #expect(objects[2]["amount_yuan"] as? String == "50.00")
        #expect(objects[2]["succeeded_at"] as? String == "2026-11-25T14:00:00+08:00")
        #expect(objects[1]["succeeded_at"] is NSNull)
        #expect(objects[0]["reason"] as? String == "不想要了")
        // Keys come in the documented order on every line.
        #expect(text.hasPrefix("{\"refund_no\":\"R2\",\"out_trade_no\":\"W2\",\"wechat_refund_id\":null,\"status\":\"succeeded\","))
    }

    @Test func jsonLinesEscapeControlCharacters() throws {
        let seeded = try SeededStore(seeded: false)
        _ = try seeded.store.apply([.order(OrderRecord(
            outTradeNo: "E1", nickname: "evil\u{1B}[2J\u{202E}x", createdAt: Seed.now, status: .created,
            total: Money(fen: 1), paid: Money(fen: 1)))])
        let (_, text) = try Self.export(seeded, .orders, format: .jsonl)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains(#""nickname":"evil\u001b[2J\u202ex""#))
    }

    @Test func couponsCountIssuedAndRedeemedAndShowExpiry() throws {
        let seeded = try SeededStore()
        let rows = try Self.csvRows(try Self.export(seeded, .coupons).text)
        #expect(rows[0] == ShopStore.exportColumns(.coupons))
        let byId = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(byId.keys.sorted() == ["B1", "B2", "B3", "B4"])
        #expect(byId["B1"] == ["B1", "满100减20", "threshold", "running", "20.00", "2000", "", "100.00", "10000", "100",
                               "3", "2", "40.00", "4000", "2026-11-20T00:00:00+08:00", "2026-11-30T00:00:00+08:00"])
        #expect(byId["B4"]?[3] == "expired")
        #expect(byId["B2"]?[6] == "10")
        // Only batches whose window overlaps [from, to): B3 ended on the 20th.
        let late = try Self.csvRows(try Self.export(seeded, .coupons, from: Seed.at(21, 0), to: Seed.at(22, 0)).text)
        #expect(late.dropFirst().map { $0[0] } == ["B1", "B2"])
    }

    @Test func visitsInStartOrder() throws {
        let seeded = try SeededStore()
        let (count, text) = try Self.export(seeded, .visits, from: Seed.at(25, 13), to: Seed.at(25, 14, 30))
        #expect(count == 4)
        let rows = try Self.csvRows(text)
        #expect(rows[0] == ["visit_id", "visitor", "started_at", "duration_s", "pages", "channel", "live_session"])
        #expect(rows[1] == ["V3", "c3", "2026-11-25T13:05:00+08:00", "600", "4", "live_stream", "L1"])
        #expect(rows.dropFirst().map { $0[0] } == ["V3", "V4", "V5", "V6"])
    }

    /// Cohorts from the seed: day 11 {v12}, 18 {c1, c8, v11}, 24 {c2, c7, v9}, 25 {c3, c4, c5, v10}.
    @Test func retentionCohortsWithFutureDaysLeftEmpty() throws {
        let seeded = try SeededStore()
        let rows = try Self.csvRows(try Self.export(seeded, .retention).text)
        #expect(rows[0] == ["cohort_day", "cohort_size", "day_1", "day_2", "day_3", "day_4", "day_5", "day_6", "day_7",
                            "day_14", "day_30"])
        #expect(rows.dropFirst().map { $0[0] } == ["2026-11-11", "2026-11-18", "2026-11-24", "2026-11-25"])
        #expect(rows[1] == ["2026-11-11", "1", "0", "0", "0", "0", "0", "0", "0", "1", ""])     // v12 back on the 25th
        #expect(rows[2] == ["2026-11-18", "3", "0", "0", "0", "0", "0", "1", "1", "", ""])     // c1 on the 24th and 25th
        #expect(rows[3] == ["2026-11-24", "3", "2", "", "", "", "", "", "", "", ""])           // c2 and v9 on the 25th
        #expect(rows[4] == ["2026-11-25", "4", "", "", "", "", "", "", "", "", ""])
        let one = try Self.csvRows(try Self.export(seeded, .retention, from: Seed.at(18, 0), to: Seed.at(19, 0)).text)
        #expect(one.dropFirst().map { $0[0] } == ["2026-11-18"])
    }

    @Test func anEmptyStoreExportsTheHeaderOnly() throws {
        let seeded = try SeededStore(seeded: false)
        for kind in ExportKind.allCases {
            let (count, text) = try Self.export(seeded, kind)
            #expect(count == 0)
            #expect(text == ShopStore.exportColumns(kind).joined(separator: ",") + "\n")
            #expect(try Self.export(seeded, kind, format: .jsonl).text == "")
        }
    }

    @Test func timesFollowTheShopZone() {
        let shanghai = ExportTime(calendar: .shanghai)
        #expect(shanghai.format(Seed.at(25, 0)).csv(raw: false) == "2026-11-25T00:00:00+08:00")
        #expect(shanghai.format(0).csv(raw: false) == "1970-01-01T08:00:00+08:00")
        let newYork = ExportTime(calendar: ShopCalendar(identifier: "America/New_York")!)
        #expect(newYork.format(1_795_536_000).csv(raw: false) == "2026-11-24T11:00:00-05:00")
        #expect(newYork.format(1_783_000_000).csv(raw: false) == "2026-07-02T09:46:40-04:00")
        #expect(ExportTime.dayLabel(-1) == "1969-12-31")
        #expect(ExportTime.dayLabel(20_507) == "2026-02-23")
        #expect(ExportTime.dayLabel(ShopCalendar.shanghai.dayNumber(Seed.at(25, 0))) == "2026-11-25")
        #expect(ExportTime.dayLabel(ShopCalendar.shanghai.dayNumber(Seed.at(25, 0) - 1)) == "2026-11-24")
    }

    @Test func aFailedWriteIsReported() throws {
        let seeded = try SeededStore()
        let sink = try ExportSink(path: "/dev/full")
        // The rows fit the buffer, so the failure shows when the writer closes the sink at the end.
        #expect(throws: ExportError.writeFailed("No space left on device")) {
            try seeded.store.export(.orders, now: Seed.now, format: .csv, into: sink)
        }
        #expect(throws: ExportError.self) { try sink.finish() }
        #expect(throws: ExportError.self) { try ExportSink(path: seeded.dir.appendingPathComponent("no/such/dir.csv").path) }
    }
}
