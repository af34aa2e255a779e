import GRDB
import ShopModel

extension EventWriter {
    /// One step of a parcel's trail. The parcel row keeps the latest step by time, so steps that
    /// arrive out of order still leave it showing where the parcel really is.
    func applyShipment(_ s: ShipmentEvent) throws -> ApplyResult {
        guard try orderExists(s.outTradeNo) else { return Self.unknownOrder(s.outTradeNo) }
        let added = try run("""
            INSERT INTO shipment_events (tracking_no, status, at, out_trade_no, carrier, detail)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [s.trackingNo, s.status.rawValue, s.at, s.outTradeNo, s.carrier, s.detail])
        guard added else { return .duplicate }
        let oldStatus: String? = try row("SELECT status FROM shipments WHERE tracking_no = ?", [s.trackingNo])?[0]
        if oldStatus == nil {
            rollups.count(.shipments)
        }
        let newStatus: String? = try row("""
            INSERT INTO shipments (tracking_no, out_trade_no, carrier, status, status_at, first_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (tracking_no) DO UPDATE SET
              status = CASE WHEN excluded.status_at >= status_at THEN excluded.status ELSE status END,
              status_at = max(status_at, excluded.status_at),
              first_at = min(first_at, excluded.first_at)
            RETURNING status
            """, [s.trackingNo, s.outTradeNo, s.carrier, s.status.rawValue, s.at, s.at])?[0]
        if let newStatus { paneRollups.moveParcel(from: oldStatus, to: newStatus) }
        return .accepted
    }
}
