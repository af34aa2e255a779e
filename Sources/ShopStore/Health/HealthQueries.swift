import GRDB
import ShopModel

extension ShopStore {
    /// Reads everything `shopdash check` judges, in one read transaction, using only indexed
    /// lookups and the minute rollup, so that it stays fast on a store with millions of orders.
    /// quick_check, which reads the whole file, runs only when no remembered run is younger than
    /// `thresholds.integrityMaxAgeMinutes`; a new run is remembered unless the store is read-only
    /// (then `recordIntegrityCheck` on a writable store can remember it). Failing to remember it
    /// never fails the measurement.
    public func healthMeasurements(now: Int64, thresholds: HealthThresholds = HealthThresholds()) throws -> HealthMeasurements {
        var measured = try pool.read { db in
            let (paid, paidWeekAgo) = try paidOrderWindows(db, now: now, minutes: thresholds.ordersWindowMinutes)
            let outcomes = try paymentOutcomes(db, now: now, minutes: thresholds.paymentWindowMinutes)
            let (refunds, baseline) = try refundWindows(db, now: now, minutes: thresholds.refundWindowMinutes)
            let overdueEnd = now - Int64(thresholds.overdueHours) * 3_600
            let overdueStart = overdueEnd - 7 * 86_400
            // From the orders waiting for a parcel, the set the logistics pane counts, rather than
            // every order of the week still marked `paid`.
            let overdue = try AwaitingShipmentHours.count(db, paidFrom: overdueStart, to: overdueEnd)
            let overdueBase = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(paid_orders), 0) FROM rollup_minute WHERE minute >= ? AND minute < ?
                """, arguments: [overdueStart - ((overdueStart % 60) + 60) % 60, overdueEnd]) ?? 0
            return HealthMeasurements(
                now: now, paidOrders: paid, paidOrdersWeekAgo: paidWeekAgo,
                ordersPaid: outcomes.paid, ordersClosedUnpaid: outcomes.closed, ordersPending: outcomes.pending,
                refunds: refunds, refundsBaseline: baseline, overdueShipments: overdue, overdueBase: overdueBase,
                newestEventAt: try newestEvent(db, now: now),
                coupons: try runningCouponUsage(db, now: now),
                integrity: thresholds.integrity
                    ? try IntegrityLog.young(db, now: now, maxAgeMinutes: thresholds.integrityMaxAgeMinutes) : nil)
        }
        if thresholds.integrity && measured.integrity == nil {
            measured.integrity = try pool.unsafeRead { db in try IntegrityLog.run(db, now: now) }
        }
        if let run = measured.integrity, run.origin == .ran, !readOnly, (try? recordIntegrityCheck(run)) != nil {
            measured.integrity?.origin = .ranAndRecorded
        }
        return measured
    }

    /// Paid orders in the last complete minutes of the window, and in the same wall-clock window
    /// seven shop days earlier. The partial current minute is left out of both, so they compare.
    private func paidOrderWindows(_ db: Database, now: Int64, minutes: Int) throws -> (Int, Int) {
        let end = now - ((now % 60) + 60) % 60
        let start = end - Int64(minutes) * 60
        let dayStart = calendar.startOfDay(end)
        let weekAgoEnd = calendar.startOfDay(end, addingDays: -7) + (end - dayStart)
        let weekAgoStart = weekAgoEnd - (end - start)
        let sql = "SELECT coalesce(sum(paid_orders), 0) FROM rollup_minute WHERE minute >= ? AND minute < ?"
        let current = try Int.fetchOne(db, sql: sql, arguments: [start, end]) ?? 0
        let before = try Int.fetchOne(db, sql: sql, arguments: [weekAgoStart, weekAgoEnd]) ?? 0
        return (current, before)
    }

    /// Orders created in (now - window, now]: "the last N minutes" includes this second.
    private func paymentOutcomes(_ db: Database, now: Int64, minutes: Int) throws -> (paid: Int, closed: Int, pending: Int) {
        let rows = try Row.fetchAll(db, sql: """
            SELECT status, count(*) AS n FROM orders WHERE created_at > ? AND created_at <= ? GROUP BY status
            """, arguments: [now - Int64(minutes) * 60, now])
        var paid = 0, closed = 0, pending = 0
        for row in rows {
            let n: Int = row["n"]
            switch OrderStatus(rawValue: row["status"]) {
            case .closed?: closed += n
            case .created?: pending += n
            case let status? where status.wasPaid: paid += n
            default: break
            }
        }
        return (paid, closed, pending)
    }

    private func refundWindows(_ db: Database, now: Int64, minutes: Int) throws -> (Int, Double) {
        let window = Int64(minutes) * 60
        let week: Int64 = 7 * 86_400
        let sql = "SELECT count(*) FROM refunds WHERE requested_at > ? AND requested_at <= ?"
        let current = try Int.fetchOne(db, sql: sql, arguments: [now - window, now]) ?? 0
        let previous = try Int.fetchOne(db, sql: sql, arguments: [now - window - week, now - window]) ?? 0
        return (current, Double(previous) * Double(window) / Double(week))
    }

    /// The newest time any event carries, ignoring times more than five minutes ahead of `now`
    /// (a client with a fast clock must not hide a stalled feed). Every probe is an index lookup.
    private func newestEvent(_ db: Database, now: Int64) throws -> Int64? {
        let limit = now + 300
        var probes = [
            "SELECT max(created_at) FROM orders WHERE created_at <= ?",
            "SELECT max(paid_at) FROM orders WHERE paid_at IS NOT NULL AND paid_at <= ?",
            "SELECT max(requested_at) FROM refunds WHERE requested_at <= ?",
            "SELECT max(succeeded_at) FROM refunds WHERE succeeded_at IS NOT NULL AND succeeded_at <= ?",
            "SELECT max(started_at) FROM visits WHERE started_at <= ?",
            "SELECT max(at) FROM cart_events WHERE at <= ?",
        ]
        for status in OrderStatus.allCases {
            probes.append("SELECT max(at) FROM order_status_events WHERE status = '\(status.rawValue)' AND at <= ?")
        }
        var newest: Int64?
        for sql in probes {
            if let t = try Int64.fetchOne(db, sql: sql, arguments: [limit]) {
                newest = max(newest ?? t, t)
            }
        }
        return newest
    }

    private func runningCouponUsage(_ db: Database, now: Int64) throws -> [CouponQuotaUsage] {
        // The issued count comes from the coupon rollup, not from counting each batch's coupons.
        let issued = try CouponIssuedCount.expression(db, batch: "b.batch_id", rollup: "c")
        let batches = try Row.fetchAll(db, sql: """
            SELECT b.batch_id, b.name, b.quota, \(issued) AS issued
            FROM coupon_batches b LEFT JOIN rollup_coupon c ON c.batch_id = b.batch_id
            WHERE b.status = 'running' AND b.starts_at <= ? AND b.ends_at > ?
            """, arguments: [now, now])
        let usage = batches.map { batch in
            CouponQuotaUsage(batchId: batch["batch_id"], name: batch["name"], issued: batch["issued"], quota: batch["quota"])
        }
        return usage.sorted { ($0.percentIssued, $1.batchId) > ($1.percentIssued, $0.batchId) }
    }
}
