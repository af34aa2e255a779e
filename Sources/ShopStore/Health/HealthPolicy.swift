/// Judges measured figures against thresholds. Pure: the same figures always give the same lines.
public enum HealthPolicy {
    public static func evaluate(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthSummary {
        var results = [ordersDrop(m, t), paymentFailures(m, t), refundSpike(m, t), overdueShipments(m, t),
                       ingestLag(m, t), couponQuota(m, t)]
        if let integrity = m.integrity { results.append(self.integrity(integrity, now: m.now)) }
        if let rollups = m.rollups { results.append(self.rollups(rollups)) }
        return HealthSummary(now: m.now, results: results)
    }

    static func ordersDrop(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthCheckResult {
        let seen = "\(m.paidOrders) paid in the last \(t.ordersWindowMinutes) min, \(m.paidOrdersWeekAgo) a week ago"
        let counts = [PerfDatum("paid_orders", Double(m.paidOrders)),
                      PerfDatum("paid_orders_week_ago", Double(m.paidOrdersWeekAgo))]
        guard m.paidOrdersWeekAgo >= t.ordersMinBaseline, m.paidOrdersWeekAgo > 0 else {
            return HealthCheckResult(
                name: "orders_drop", state: .ok, value: nil, unit: "%",
                detail: "\(seen) (under \(t.ordersMinBaseline) a week ago: too few to compare)",
                limits: nil, perfdata: counts)
        }
        let drop = max(0, Double(m.paidOrdersWeekAgo - m.paidOrders) * 100 / Double(m.paidOrdersWeekAgo))
        return HealthCheckResult(
            name: "orders_drop", state: .judging(drop, t.ordersDrop), value: drop, unit: "%",
            detail: "\(HealthFormat.number(drop))% down (\(seen))", limits: t.ordersDrop,
            perfdata: [PerfDatum("orders_drop", drop, unit: "%", limits: t.ordersDrop, max: 100)] + counts)
    }

    static func paymentFailures(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthCheckResult {
        let settled = m.ordersPaid + m.ordersClosedUnpaid
        let seen = "\(m.ordersClosedUnpaid) of \(settled) orders created in the last \(t.paymentWindowMinutes) min "
            + "closed unpaid, \(m.ordersPending) still pending"
        let closed = PerfDatum("closed_unpaid", Double(m.ordersClosedUnpaid))
        guard settled >= t.paymentMinOrders, settled > 0 else {
            return HealthCheckResult(
                name: "payment_failures", state: .ok, value: nil, unit: "%",
                detail: "\(seen) (under \(t.paymentMinOrders) settled: too few to judge)", limits: nil, perfdata: [closed])
        }
        let share = Double(m.ordersClosedUnpaid) * 100 / Double(settled)
        return HealthCheckResult(
            name: "payment_failures", state: .judging(share, t.paymentFailures), value: share, unit: "%",
            detail: "\(HealthFormat.number(share))% (\(seen))", limits: t.paymentFailures,
            perfdata: [PerfDatum("payment_failures", share, unit: "%", limits: t.paymentFailures, max: 100), closed])
    }

    /// The baseline counts as at least one refund per window, so that a quiet shop's first few
    /// refunds do not read as an infinite spike.
    static func refundSpike(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthCheckResult {
        let ratio = Double(m.refunds) / max(m.refundsBaseline, 1)
        let seen = "\(m.refunds) refunds requested in the last \(t.refundWindowMinutes) min, "
            + "usually \(HealthFormat.number(m.refundsBaseline))"
        let perf = [PerfDatum("refund_spike", ratio, limits: t.refundSpike),
                    PerfDatum("refunds", Double(m.refunds)),
                    PerfDatum("refunds_usual", m.refundsBaseline)]
        guard m.refunds >= t.refundMinCount else {
            return HealthCheckResult(
                name: "refund_spike", state: .ok, value: ratio, unit: "x",
                detail: "\(HealthFormat.number(ratio))x (\(seen); under \(t.refundMinCount) never alarms)",
                limits: nil, perfdata: perf)
        }
        return HealthCheckResult(
            name: "refund_spike", state: .judging(ratio, t.refundSpike), value: ratio, unit: "x",
            detail: "\(HealthFormat.number(ratio))x (\(seen))", limits: t.refundSpike, perfdata: perf)
    }

    static func overdueShipments(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthCheckResult {
        let seen = "\(m.overdueShipments) of \(m.overdueBase) orders paid in the week before the last "
            + "\(t.overdueHours)h not shipped"
        let count = PerfDatum("overdue_orders", Double(m.overdueShipments))
        guard m.overdueBase >= t.overdueMinOrders, m.overdueBase > 0 else {
            return HealthCheckResult(
                name: "overdue_shipments", state: .ok, value: nil, unit: "%",
                detail: "\(seen) (under \(t.overdueMinOrders) paid: too few to judge)", limits: nil, perfdata: [count])
        }
        let share = Double(m.overdueShipments) * 100 / Double(m.overdueBase)
        return HealthCheckResult(
            name: "overdue_shipments", state: .judging(share, t.overdueShipments), value: share, unit: "%",
            detail: "\(HealthFormat.number(share))% (\(seen))", limits: t.overdueShipments,
            perfdata: [PerfDatum("overdue_shipments", share, unit: "%", limits: t.overdueShipments, max: 100), count])
    }

    static func ingestLag(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthCheckResult {
        guard let newest = m.newestEventAt else {
            return HealthCheckResult(name: "ingest_lag", state: .unknown, value: nil, unit: "s",
                                     detail: "no events in the store", limits: t.ingestLag, perfdata: [])
        }
        let age = max(0, m.now - newest)
        return HealthCheckResult(
            name: "ingest_lag", state: .judging(Double(age), t.ingestLag), value: Double(age), unit: "s",
            detail: "newest event \(HealthFormat.duration(age)) ago", limits: t.ingestLag,
            perfdata: [PerfDatum("ingest_lag", Double(age), unit: "s", limits: t.ingestLag)])
    }

    static func couponQuota(_ m: HealthMeasurements, _ t: HealthThresholds) -> HealthCheckResult {
        guard let fullest = m.coupons.first else {
            return HealthCheckResult(name: "coupon_quota", state: .ok, value: nil, unit: "%",
                                     detail: "no running coupon batches", limits: t.couponQuota,
                                     perfdata: [PerfDatum("coupon_quota", 0, unit: "%", limits: t.couponQuota, max: 100)])
        }
        let pct = fullest.percentIssued
        let alike = m.coupons.dropFirst().filter { HealthState.judging($0.percentIssued, t.couponQuota) != .ok }.count
        let more = alike > 0 ? ", \(alike) more over \(HealthFormat.number(t.couponQuota.warn))%" : ""
        return HealthCheckResult(
            name: "coupon_quota", state: .judging(pct, t.couponQuota), value: pct, unit: "%",
            detail: "\(HealthFormat.number(pct))% of \(fullest.name) [\(fullest.batchId)] issued "
                + "(\(fullest.issued) of \(fullest.quota)\(more))",
            limits: t.couponQuota,
            perfdata: [PerfDatum("coupon_quota", pct, unit: "%", limits: t.couponQuota, max: 100)])
    }

    /// A remembered run is judged like a fresh one: a problem found an hour ago stays CRIT until
    /// a later run passes. The line says when the run was, unless the store could not remember it.
    static func integrity(_ run: IntegrityCheck, now: Int64) -> HealthCheckResult {
        let found = run.passed ? "quick_check ok"
            : "quick_check found \(run.problems) problem(s), first: \(run.firstProblem ?? "no answer")"
        let when: String
        switch run.origin {
        case .ran: when = ""
        case .ranAndRecorded: when = " (checked now, \(HealthFormat.seconds(run.seconds)))"
        case .reused: when = " (checked \(HealthFormat.age(now - run.at)) ago, \(HealthFormat.seconds(run.seconds)))"
        }
        return HealthCheckResult(
            name: "integrity", state: run.passed ? .ok : .crit, value: run.passed ? nil : Double(run.problems), unit: "",
            detail: found + when, limits: nil, perfdata: [], checkedAt: run.at, checkSeconds: run.seconds)
    }

    /// Rows listed under the rollups line; the JSON lists every one.
    static let rollupNotesShown = 20

    /// Any rollup row that differs from the raw tables is CRIT: a figure on screen is wrong.
    static func rollups(_ c: RollupComparison) -> HealthCheckResult {
        let range = c.from == c.to ? "shop day \(c.from)" : "shop days \(c.from) to \(c.to)"
        let took = "\(c.rows) rows, \(HealthFormat.seconds(c.seconds))"
        let perf = [PerfDatum("rollup_differences", Double(c.differences.count)),
                    PerfDatum("rollup_rows", Double(c.rows))]
        guard !c.differences.isEmpty else {
            return HealthCheckResult(name: "rollups", state: .ok, value: 0, unit: "",
                                     detail: "match the raw tables over \(range) (\(took))", limits: nil, perfdata: perf)
        }
        var notes = c.differences.prefix(rollupNotesShown).map(\.description)
        if c.differences.count > rollupNotesShown {
            notes.append("... and \(c.differences.count - rollupNotesShown) more (--json lists them all)")
        }
        let rows = c.differences.count == 1 ? "1 row differs" : "\(c.differences.count) rows differ"
        return HealthCheckResult(name: "rollups", state: .crit, value: Double(c.differences.count), unit: "",
                                 detail: "\(rows) from the raw tables over \(range) (\(took)); first: "
                                    + c.differences[0].description,
                                 limits: nil, perfdata: perf, notes: notes)
    }
}
