import GRDB
import ShopModel

/// Paid orders, GMV and succeeded refunds of a stretch of time.
struct SalesTotals: Equatable {
    var orders = 0
    var gmv = Money.zero
    var refunds = 0
    var refundAmount = Money.zero

    static func + (a: SalesTotals, b: SalesTotals) -> SalesTotals {
        SalesTotals(orders: a.orders + b.orders, gmv: a.gmv + b.gmv,
                    refunds: a.refunds + b.refunds, refundAmount: a.refundAmount + b.refundAmount)
    }
}

/// Sales come from rollup_minute for the whole minutes of a window and from the order and refund
/// rows only for the partial minutes at its edges, so a day of 240,000 orders costs 1,440 rollup
/// rows per channel instead of 240,000 order rows.
enum SalesReader {
    static func byChannel(_ db: Database, _ window: TimeWindow) throws -> [Channel: SalesTotals] {
        guard window.end > window.start else { return [:] }
        let innerStart = QuerySupport.ceil(window.start, to: 60)
        let innerEnd = QuerySupport.floor(window.end, to: 60)
        var totals: [Channel: SalesTotals] = [:]
        func add(_ part: [Channel: SalesTotals]) {
            for (channel, t) in part { totals[channel, default: SalesTotals()] = totals[channel, default: SalesTotals()] + t }
        }
        if innerStart < innerEnd {
            add(try fromRollup(db, from: innerStart, to: innerEnd))
            if window.start < innerStart { add(try fromRows(db, from: window.start, to: innerStart)) }
            if innerEnd < window.end { add(try fromRows(db, from: innerEnd, to: window.end)) }
        } else {
            add(try fromRows(db, from: window.start, to: window.end))
        }
        return totals
    }

    static func total(_ db: Database, _ window: TimeWindow) throws -> SalesTotals {
        try byChannel(db, window).values.reduce(SalesTotals(), +)
    }

    private static func fromRollup(_ db: Database, from: Int64, to: Int64) throws -> [Channel: SalesTotals] {
        var out: [Channel: SalesTotals] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT channel, CAST(total(paid_orders) AS INTEGER), CAST(total(gmv_fen) AS INTEGER),
                   CAST(total(refunds) AS INTEGER), CAST(total(refund_fen) AS INTEGER)
            FROM rollup_minute WHERE minute >= ? AND minute < ? GROUP BY channel
            """, arguments: [from, to])
        while let row = try rows.next() {
            let channel = QuerySupport.channel(row[0])
            out[channel, default: SalesTotals()] = out[channel, default: SalesTotals()] + SalesTotals(
                orders: row[1], gmv: Money(fen: row[2]), refunds: row[3], refundAmount: Money(fen: row[4]))
        }
        return out
    }

    /// The same figures from the rows themselves, for windows or edges smaller than a minute.
    static func fromRows(_ db: Database, from: Int64, to: Int64) throws -> [Channel: SalesTotals] {
        var out: [Channel: SalesTotals] = [:]
        let paid = try Row.fetchCursor(db, sql: """
            SELECT channel, count(*), CAST(total(paid_fen) AS INTEGER) FROM orders
            WHERE paid_at >= ? AND paid_at < ? GROUP BY channel
            """, arguments: [from, to])
        while let row = try paid.next() {
            let channel = QuerySupport.channel(row[0])
            out[channel, default: SalesTotals()].orders += row[1]
            out[channel, default: SalesTotals()].gmv += Money(fen: row[2])
        }
        let refunds = try Row.fetchCursor(db, sql: """
            SELECT o.channel, count(*), CAST(total(r.amount_fen) AS INTEGER) FROM refunds r
            JOIN orders o ON o.out_trade_no = r.out_trade_no
            WHERE r.succeeded_at >= ? AND r.succeeded_at < ? AND r.status = 'succeeded'
            GROUP BY o.channel
            """, arguments: [from, to])
        while let row = try refunds.next() {
            let channel = QuerySupport.channel(row[0])
            out[channel, default: SalesTotals()].refunds += row[1]
            out[channel, default: SalesTotals()].refundAmount += Money(fen: row[2])
        }
        return out
    }

    /// Paid orders, GMV and succeeded refunds per bucket. Bucket starts must be whole minutes (shop hours and days
    /// are, in every zone), so rollup_minute answers exactly; the last bucket ends at `end`.
    static func series(_ db: Database, starts: [Int64], end: Int64) throws -> [SalesPoint] {
        var points = starts.map { SalesPoint(start: $0, gmv: .zero, orders: 0) }
        guard let first = starts.first else { return points }
        // Grouping by quarter hours keeps the row count low for month-long ranges; every
        // bucket edge is a multiple of 900 s except per-minute buckets.
        let step: Int64 = starts.count > 1 && starts.allSatisfy({ $0 % 900 == 0 }) ? 900 : 60
        let rows = try Row.fetchCursor(db, sql: """
            SELECT minute / \(step) * \(step) AS slot, CAST(total(paid_orders) AS INTEGER), CAST(total(gmv_fen) AS INTEGER),
                   CAST(total(refund_fen) AS INTEGER)
            FROM rollup_minute WHERE minute >= ? AND minute < ? GROUP BY slot
            """, arguments: [first, end])
        while let row = try rows.next() {
            let slot: Int64 = row[0]
            guard let i = QuerySupport.bucket(of: slot, starts: starts) else { continue }
            points[i].orders += row[1]
            points[i].gmv += Money(fen: row[2])
            points[i].refundAmount += Money(fen: row[3])
        }
        return points
    }
}
