import GRDB
import ShopModel

extension EventWriter {
    /// A refund, or news about one already known. A refund counts in the rollups, by the minute it
    /// succeeded, only while its latest state is `succeeded`. A state that is already behind the
    /// stored one (a `processing` arriving after `succeeded`) is stale and changes nothing.
    func applyRefund(_ r: RefundRecord) throws -> ApplyResult {
        guard let channel = try orderChannel(r.outTradeNo) else { return Self.unknownOrder(r.outTradeNo) }
        let succeededAt: Int64? = r.status == .succeeded ? (r.succeededAt ?? r.requestedAt) : r.succeededAt

        if let old = try row("""
            SELECT out_trade_no, wechat_refund_id, amount_fen, reason, status, requested_at, succeeded_at
            FROM refunds WHERE refund_no = ?
            """, [r.refundNo]) {
            let oldOrder: String = old["out_trade_no"]
            guard oldOrder == r.outTradeNo else {
                return .rejected("refund \(r.refundNo) belongs to order \(oldOrder), not \(r.outTradeNo)")
            }
            let oldStatus = RefundStatus(rawValue: old["status"]) ?? .requested
            if Self.stage(r.status) < Self.stage(oldStatus) { return .duplicate }
            let merged = RefundRecord(
                refundNo: r.refundNo, outTradeNo: r.outTradeNo,
                wechatRefundId: r.wechatRefundId ?? old["wechat_refund_id"],
                amount: r.amount, reason: r.reason ?? old["reason"], status: r.status,
                requestedAt: r.requestedAt, succeededAt: succeededAt ?? old["succeeded_at"])
            let oldSucceededAt: Int64? = old["succeeded_at"]
            let oldAmount: Int64 = old["amount_fen"]
            let unchanged = merged.wechatRefundId == old["wechat_refund_id"] && merged.amount.fen == oldAmount
                && merged.reason == old["reason"] && oldStatus == merged.status
                && merged.requestedAt == old["requested_at"] && merged.succeededAt == oldSucceededAt
            if unchanged { return .duplicate }

            if oldStatus == .succeeded, let t = oldSucceededAt {
                addRefunds(at: t, channel: channel, count: -1, amount: -oldAmount)
            }
            try run("""
                UPDATE refunds SET wechat_refund_id = ?, amount_fen = ?, reason = ?, status = ?,
                  requested_at = ?, succeeded_at = ?
                WHERE refund_no = ?
                """, [merged.wechatRefundId, merged.amount.fen, merged.reason, merged.status.rawValue,
                      merged.requestedAt, merged.succeededAt, r.refundNo])
            try countIfSucceeded(merged, channel: channel)
            return .accepted
        }

        var record = r
        record.succeededAt = succeededAt
        try run("""
            INSERT INTO refunds (refund_no, out_trade_no, wechat_refund_id, amount_fen, reason, status,
              requested_at, succeeded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [r.refundNo, r.outTradeNo, r.wechatRefundId, r.amount.fen, r.reason, r.status.rawValue,
                  r.requestedAt, succeededAt])
        try countIfSucceeded(record, channel: channel)
        return .accepted
    }

    private func countIfSucceeded(_ r: RefundRecord, channel: String) throws {
        if r.status == .succeeded, let t = r.succeededAt {
            addRefunds(at: t, channel: channel, count: 1, amount: r.amount.fen)
        }
    }

    /// How far a refund has come: requested, being processed, or settled one way or another.
    static func stage(_ status: RefundStatus) -> Int {
        switch status {
        case .requested: 0
        case .processing: 1
        case .succeeded, .rejected, .closed: 2
        }
    }
}
