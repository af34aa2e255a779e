import Foundation
import GRDB
import ShopModel

extension ShopStore {
    /// Everything about the order with this order no or transaction id; nil when there is none.
    /// Phone and address come masked unless `reveal` names an operator: then they come in clear
    /// and a "reveal" audit row is written in the same transaction as the read-out. Support
    /// cannot reveal, nor can anyone on a read-only store (StoreError.refused for both).
    public func orderDetail(_ no: String, reveal: Actor? = nil, now: Int64) throws -> OrderDetail? {
        guard let actor = reveal else {
            return try pool.read { db in try Self.orderDetail(db, no, revealed: false) }
        }
        guard actor.role.canChange else { throw StoreError.refused("the \(actor.role.rawValue) role cannot reveal personal data") }
        // The reveal must be audited, and a read-only store cannot take the audit row.
        guard !readOnly else { throw StoreError.refused("\(path) is open read-only, so a reveal cannot be audited") }
        return try pool.write { db in
            try ChangeMarks.mark([.records], db)
            guard let found = try Self.orderNo(db, matching: no) else { return nil }
            try AuditWriter.record(db, actor: actor, at: now, action: "order.reveal", target: AuditWriter.orderTarget(found),
                                   before: nil, after: #"{"fields":["address","phone"]}"#)
            return try Self.orderDetail(db, found, revealed: true)
        }
    }

    static func orderNo(_ db: Database, matching no: String) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT out_trade_no FROM orders WHERE out_trade_no = ?
            UNION ALL SELECT out_trade_no FROM orders WHERE transaction_id = ? LIMIT 1
            """, arguments: [no, no])
    }

    static func orderDetail(_ db: Database, _ no: String, revealed: Bool) throws -> OrderDetail? {
        guard let found = try orderNo(db, matching: no), let row = try Row.fetchOne(db, sql: """
            SELECT out_trade_no, transaction_id, customer, nickname, phone, city, address, created_at, paid_at,
                   status, total_fen, discount_fen, paid_fen, channel, live_session, coupon, remark
            FROM orders WHERE out_trade_no = ?
            """, arguments: [found]) else { return nil }
        let items = try Row.fetchAll(db, sql: """
            SELECT sku, name, qty, unit_fen FROM order_items WHERE out_trade_no = ? ORDER BY line
            """, arguments: [found]).map { OrderItem(sku: $0[0], name: $0[1], qty: $0[2], unit: Money(fen: $0[3])) }
        let phone: String? = row[4]
        let address: String? = row[6]
        let order = OrderRecord(
            outTradeNo: row[0], transactionId: row[1], customer: row[2], nickname: row[3],
            phone: revealed ? phone : phone.map(Masking.phone), city: row[5],
            address: revealed ? address : address.map(Masking.address), createdAt: row[7], paidAt: row[8],
            status: QuerySupport.orderStatus(row[9]), total: Money(fen: row[10]), discount: Money(fen: row[11]),
            paid: Money(fen: row[12]), channel: QuerySupport.channel(row[13]), liveSession: row[14], coupon: row[15],
            items: items, remark: row[16])
        let trail = try Row.fetchAll(db, sql: """
            SELECT status, at FROM order_status_events WHERE out_trade_no = ? ORDER BY at, status
            """, arguments: [found]).map { StatusChange(status: QuerySupport.orderStatus($0[0]), at: $0[1]) }
        let redemptionRow = try Row.fetchOne(db, sql: """
            SELECT r.coupon_id, r.batch_id, r.discount_fen, r.at, b.name FROM redemptions r
            LEFT JOIN coupon_batches b ON b.batch_id = r.batch_id WHERE r.out_trade_no = ? ORDER BY r.at LIMIT 1
            """, arguments: [found])
        let redemption = redemptionRow.map {
            RedemptionRecord(couponId: $0[0], batchId: $0[1], outTradeNo: found, discount: Money(fen: $0[2]), at: $0[3])
        }
        var couponName: String? = redemptionRow?[4]
        if couponName == nil, let coupon = order.coupon {
            couponName = try String.fetchOne(db, sql: "SELECT name FROM coupon_batches WHERE batch_id = ?", arguments: [coupon])
        }
        let refunds = try Row.fetchAll(db, sql: """
            SELECT \(refundColumns("r")) FROM refunds r WHERE r.out_trade_no = ? ORDER BY r.requested_at, r.refund_no
            """, arguments: [found]).map(refund)
        let shipments = try Row.fetchAll(db, sql: """
            SELECT out_trade_no, carrier, tracking_no, status, at, detail FROM shipment_events
            WHERE out_trade_no = ? ORDER BY at, tracking_no
            """, arguments: [found]).map {
            ShipmentEvent(outTradeNo: $0[0], carrier: $0[1], trackingNo: $0[2],
                          status: ($0[3] as String?).flatMap(ShipmentStatus.init(rawValue:)) ?? .created, at: $0[4], detail: $0[5])
        }
        let audit = try auditEntries(db, since: nil, target: AuditWriter.orderTarget(found), limit: 100)
        return OrderDetail(order: order, statusTrail: trail, redemption: redemption, couponName: couponName,
                           refunds: refunds, shipments: shipments, audit: audit, revealed: revealed)
    }
}
