import GRDB
import ShopModel

extension ShopStore {
    /// Every batch's stored status by id: what the demo's seller obeys. A few hundred short rows,
    /// cheap enough to read every second.
    public func couponStatuses() throws -> [String: CouponStatus] {
        try pool.read { db in
            var statuses: [String: CouponStatus] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT batch_id, status FROM coupon_batches")
            while let row = try rows.next() {
                if let status = (row["status"] as String?).flatMap(CouponStatus.init(rawValue:)) {
                    statuses[row["batch_id"]] = status
                }
            }
            return statuses
        }
    }
}
