import Foundation
import Testing
import ShopModel
@testable import ShopStore

@Suite struct RecentRefundsQueryTests {
    @Test func onlyRefundsRequestedInTheWindowNewestFirst() throws {
        let t = try TempStore()
        let at: Int64 = 1_764_040_000
        var lines = (1...4).map { orderLine("R\($0)") }
        for (no, requested) in [("R1", at - 301), ("R2", at - 300), ("R3", at - 10), ("R4", at + 5)] {
            lines.append(#"{"type":"refund","refund_no":"F-\#(no)","out_trade_no":"\#(no)","amount_fen":100,"requested_at":\#(requested)}"#)
        }
        let input = t.dir.appendingPathComponent("in.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
        _ = try Ingestor(store: t.store).run(.file(input), onReject: { _ in })
        let recent = try t.store.recentRefunds(since: at - 300, until: at, limit: 10)
        #expect(recent.map(\.outTradeNo) == ["R3", "R2"])
        #expect(try t.store.recentRefunds(since: at - 300, until: at, limit: 1).map(\.outTradeNo) == ["R3"])
    }
}
