import GRDB
import ShopModel

/// Writes events into an open write transaction. One instance per transaction; the statements it
/// uses are cached by the connection, so each SQL text is compiled once per process.
struct EventWriter {
    let db: Database
    let calendar: ShopCalendar
    /// Set for an ingest: changes to existing coupon batches then write audit rows.
    var audit: CouponBatchAudit? = nil
    private let statements = StatementShelf()
    /// Orders and coupon batches this transaction has seen in the store. Neither is ever deleted,
    /// so once seen they stay: a parcel or redemption right after its order needs no lookup.
    let seen = SeenKeys()
    let rollups = RollupDeltas()
    let paneRollups = PaneRollupDeltas()

    func apply(_ event: ShopEvent) throws -> ApplyResult {
        // Readers check their own fields with line and reason; this catches any writer that did not.
        if let why = InputBounds.problem(in: event) { return .rejected(why) }
        return switch event {
        case .order(let o): try applyOrder(o)
        case .orderStatus(let s): try applyOrderStatus(s)
        case .refund(let r): try applyRefund(r)
        case .shipment(let s): try applyShipment(s)
        case .visit(let v): try applyVisit(v)
        case .addToCart(let c): try applyCart(c)
        case .couponBatch(let b): try applyCouponBatch(b)
        case .couponIssued(let c): try applyCouponIssued(c)
        case .couponRedeemed(let r): try applyRedemption(r)
        case .liveSession(let l): try applyLiveSession(l)
        }
    }

    /// Runs a cached statement and reports whether it changed a row: the idempotency test for
    /// every `INSERT ... ON CONFLICT DO NOTHING` below.
    @discardableResult
    func run(_ sql: StaticString, _ arguments: StatementArguments) throws -> Bool {
        try statement(sql).execute(arguments: arguments)
        return db.changesCount > 0
    }

    func row(_ sql: StaticString, _ arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(statement(sql), arguments: arguments)
    }

    func statement(_ sql: StaticString) throws -> Statement {
        try statements.statement(sql, in: db)
    }

    func orderExists(_ outTradeNo: String) throws -> Bool {
        if seen.orders.contains(outTradeNo) { return true }
        guard try row("SELECT 1 FROM orders WHERE out_trade_no = ?", [outTradeNo]) != nil else { return false }
        seen.orders.insert(outTradeNo)
        return true
    }

    /// The order's channel, which refunds are rolled up under; nil when the order is unknown.
    func orderChannel(_ outTradeNo: String) throws -> String? {
        try row("SELECT channel FROM orders WHERE out_trade_no = ?", [outTradeNo])?[0]
    }

    static func unknownOrder(_ outTradeNo: String) -> ApplyResult {
        .rejected("unknown order \(outTradeNo)")
    }
}

/// The statements one transaction uses, found by the address of their SQL literal. The
/// connection's own cache is keyed by the SQL text, and hashing a few hundred bytes of SQL
/// for every row was a measurable part of an ingest.
private final class StatementShelf {
    private var byLiteral: [UnsafeRawPointer: Statement] = [:]

    func statement(_ sql: StaticString, in db: Database) throws -> Statement {
        let key = UnsafeRawPointer(sql.utf8Start)
        if let known = byLiteral[key] { return known }
        let statement = try db.cachedStatement(sql: sql.description)
        byLiteral[key] = statement
        return statement
    }
}

/// Keys known to be in the store, for the transaction that found or wrote them.
final class SeenKeys {
    var orders: Set<String> = []
    var couponBatches: Set<String> = []
}
