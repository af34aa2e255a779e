import Foundation
import Testing
import ShopModel
@testable import ShopStore

/// Seeded mutation of every input the store reads: JSON Lines, order CSV and WeChat Pay bills.
/// Each case must not crash, must count every line it read, and must leave a store that passes
/// `PRAGMA integrity_check` and answers every read the commands make.
///
/// The default run is sized for CI; `SHOPDASH_FUZZ_CASES=20000 swift test --filter FuzzInputTests`
/// runs a longer one, `SHOPDASH_FUZZ_SEED` another sequence, and `SHOPDASH_FUZZ_REPLAY=<seed>` the
/// one case a failure printed (see FuzzConfig).
@Suite(.serialized) struct FuzzInputTests {
    /// Cases share a store in batches: the reads after each batch are what costs time.
    static let batch = 50

    static let orderMapping = try? OrderCSVMapping([
        "out_trade_no=订单编号,transaction_id=微信支付单号,customer=买家,nickname=买家昵称,phone=手机号,city=收货城市",
        "created_at=下单时间,paid_at=付款时间,status=订单状态,channel=来源渠道",
        "sku=商品编码,item_name=商品名称,qty=数量,unit_price=单价,total=订单金额,discount=优惠金额,paid=实付金额,remark=买家留言",
    ])

    /// Lines the ingestor reads: all but the last empty piece, and not the blank ones it skips.
    static func readableLines(_ bytes: [UInt8]) -> Int {
        var lines = FuzzMutator.split(bytes)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.filter { line in
            let body = line.last == 0x0D ? line.dropLast() : line[...]
            return !body.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }.count
    }

    /// Lines as a CSV reader counts them: CRLF, LF and a lone CR (old Mac files) each end one.
    static func csvLines(_ bytes: [UInt8]) -> Int {
        var count = 1
        for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    func run(_ format: String, defaultCases: Int, seedInputs: [[UInt8]], syntax: FuzzMutator.Syntax,
             oneCase: (_ input: String, _ bytes: [UInt8], _ seed: UInt64, _ store: TempStore) throws -> IngestReport) throws {
        let config = FuzzConfig.current(defaultCases: defaultCases)
        let mutator = FuzzMutator(syntax: syntax, foreignLines: try FuzzSeeds.allLines())
        let seeds = config.caseSeeds
        var total = IngestReport()
        var start = 0
        let began = Date()
        while start < seeds.count {
            let slice = seeds[start..<min(start + Self.batch, seeds.count)]
            let t = try TempStore()
            for seed in slice {
                var rng = FuzzRandom(seed: seed)
                let bytes = mutator.mutate(rng.pick(seedInputs), using: &rng)
                let path = t.dir.appendingPathComponent("case-\(seed).\(format)").path
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                do {
                    let report = try oneCase(path, bytes, seed, t)
                    total.read += report.read; total.accepted += report.accepted
                    total.duplicates += report.duplicates; total.rejected += report.rejected
                } catch {
                    Issue.record("case failed: \(error); replay with SHOPDASH_FUZZ_REPLAY=\(seed)")
                }
            }
            FuzzStoreChecks.checkStore(t, seeds: slice)
            start += Self.batch
        }
        print("fuzz \(format): \(seeds.count) cases from seed \(config.runSeed) in "
              + "\(String(format: "%.1f", Date().timeIntervalSince(began))) s: \(total.summary)")
        // Mutations keep most lines intact, so every fresh store of a batch takes something: a run
        // that accepts nothing tests nothing.
        if config.replay == nil {
            let batches = (seeds.count + Self.batch - 1) / Self.batch
            #expect(total.accepted >= batches, "only \(total.accepted) accepted in \(batches) batches")
            #expect(total.rejected > 0 && total.duplicates > 0)
        }
    }

    @Test func jsonLines() throws {
        try run("jsonl", defaultCases: 400, seedInputs: [FuzzSeeds.jsonLines], syntax: .jsonLines) { path, bytes, seed, t in
            var rejections: [(line: Int, reason: String)] = []
            let report = try Ingestor(store: t.store, options: .init(batchSize: 1 + Int(seed % 7), maxLineBytes: 64 << 10))
                .run(.file(path), onReject: { rejections.append(($0.line, $0.reason)) })
            #expect(report.read == Self.readableLines(bytes), "\(report.summary); SHOPDASH_FUZZ_REPLAY=\(seed)")
            FuzzStoreChecks.checkReport(report, rejections: rejections, inputLines: FuzzMutator.split(bytes).count, seed: seed)
            return report
        }
    }

    @Test func orderCSV() throws {
        let mapping = try #require(Self.orderMapping)
        let importer = OrderCSVImport(mapping: mapping, times: TimeParser(zone: ImportCSVTests.shopZone))
        try run("csv", defaultCases: 1_500, seedInputs: [try FuzzSeeds.fixture("orders-yuan.csv")], syntax: .csv) { path, bytes, seed, t in
            let plan: ImportPlan
            do { plan = try importer.plan(file: path) } catch let refused as ImportError {
                #expect(!refused.description.isEmpty)
                return IngestReport()
            }
            let outcome = try ImportRunner.run(plan, batchSize: 1 + Int(seed % 5)) { try t.store.apply($0) }
            FuzzStoreChecks.checkReport(outcome.report, rejections: outcome.rejections.map { ($0.line, $0.reason) },
                                        inputLines: Self.csvLines(bytes), seed: seed)
            return outcome.report
        }
    }

    @Test func weChatPayBills() throws {
        try run("bill.csv", defaultCases: 1_500, seedInputs: try FuzzSeeds.bills(), syntax: .csv) { path, bytes, seed, t in
            let bill: WeChatPayBillImport
            do { bill = try WeChatPayBillImport(file: path) } catch let refused as ImportError {
                #expect(!refused.description.isEmpty)
                return IngestReport()
            }
            let outcome = try ImportRunner.run(bill.plan) { try t.store.apply($0) }
            FuzzStoreChecks.checkReport(outcome.report, rejections: outcome.rejections.map { ($0.line, $0.reason) },
                                        inputLines: Self.csvLines(bytes), seed: seed)
            _ = try bill.reconcile(outcome, against: t.store)
            return outcome.report
        }
    }
}
