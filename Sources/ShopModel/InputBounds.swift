/// The range of every number shopdash takes from outside (events, imported files, bills). A value
/// beyond them is a typo, a unit mixed up (yuan for fen, milliseconds for seconds) or an attack;
/// each reader rejects it with the line and a reason. Inside them every sum the store, the panes
/// and the exports form stays far from Int64's ends, so no query or total can overflow.
/// docs/events.md and docs/import.md state the same bounds.
public enum InputBounds {
    /// One amount in fen: 0 up to ¥10,000,000,000 (10^12 fen).
    public static let moneyFen: ClosedRange<Int64> = 0...1_000_000_000_000
    /// Units of one item or cart line: 1 up to 1,000,000.
    public static let quantity: ClosedRange<Int64> = 1...1_000_000
    /// Unix seconds from 2000-01-01T00:00:00Z up to 2100-01-01T00:00:00Z.
    public static let time: ClosedRange<Int64> = 946_684_800...4_102_444_800
    /// Other counts (pages of a visit, seconds of a visit, a batch's quota): 0 up to 10^9.
    public static let count: ClosedRange<Int64> = 0...1_000_000_000

    /// Why `fen` is not an amount shopdash takes, or nil.
    public static func moneyProblem(_ fen: Int64) -> String? {
        moneyFen.contains(fen) ? nil : "must be 0 to \(moneyFen.upperBound) fen (¥10,000,000,000)"
    }

    public static func quantityProblem(_ n: Int64) -> String? {
        quantity.contains(n) ? nil : "must be 1 to \(quantity.upperBound)"
    }

    public static func timeProblem(_ t: Int64) -> String? {
        time.contains(t) ? nil : "must be between 2000-01-01 and 2100-01-01 (Unix seconds \(time.lowerBound) to \(time.upperBound))"
    }

    public static func countProblem(_ n: Int64) -> String? {
        count.contains(n) ? nil : "must be 0 to \(count.upperBound)"
    }

    /// The sum of amounts, or nil when it overflows or leaves `moneyFen`.
    public static func sum(_ amounts: some Sequence<Money>) -> Money? {
        var total: Int64 = 0
        for m in amounts {
            let (s, overflow) = total.addingReportingOverflow(m.fen)
            guard !overflow else { return nil }
            total = s
        }
        return moneyFen.contains(total) ? Money(fen: total) : nil
    }

    /// `unit` times `qty`, or nil when it overflows or leaves `moneyFen`.
    public static func lineTotal(unit: Money, qty: Int) -> Money? {
        let (p, overflow) = unit.fen.multipliedReportingOverflow(by: Int64(qty))
        return !overflow && moneyFen.contains(p) ? Money(fen: p) : nil
    }

    /// The first value of `event` out of bounds, named by its field, or nil. The store checks every
    /// event with this before writing it, so a reader that forgot a bound cannot poison it.
    public static func problem(in event: ShopEvent) -> String? {
        var found: String?
        func money(_ name: String, _ m: Money?) {
            if found == nil, let m, let why = moneyProblem(m.fen) { found = "\(name) \(m.fen) \(why)" }
        }
        func time(_ name: String, _ t: Int64?) {
            if found == nil, let t, let why = timeProblem(t) { found = "\(name) \(t) \(why)" }
        }
        func count(_ name: String, _ n: Int?) {
            if found == nil, let n, let why = countProblem(Int64(n)) { found = "\(name) \(n) \(why)" }
        }
        func quantity(_ name: String, _ n: Int) {
            if found == nil, let why = quantityProblem(Int64(n)) { found = "\(name) \(n) \(why)" }
        }
        switch event {
        case .order(let o):
            money("total_fen", o.total); money("discount_fen", o.discount); money("paid_fen", o.paid)
            time("created_at", o.createdAt); time("paid_at", o.paidAt)
            for (i, item) in o.items.enumerated() {
                quantity("items[\(i)].qty", item.qty)
                money("items[\(i)].unit_fen", item.unit)
                if found == nil, lineTotal(unit: item.unit, qty: item.qty) == nil {
                    found = "items[\(i)]: qty times unit_fen is more than \(moneyFen.upperBound) fen"
                }
            }
            if found == nil, !o.items.isEmpty,
               sum(o.items.map { lineTotal(unit: $0.unit, qty: $0.qty) ?? .zero }) == nil {
                found = "the items add up to more than \(moneyFen.upperBound) fen"
            }
        case .orderStatus(let s): time("at", s.at)
        case .refund(let r):
            money("amount_fen", r.amount); time("requested_at", r.requestedAt); time("succeeded_at", r.succeededAt)
        case .shipment(let s): time("at", s.at)
        case .visit(let v):
            time("started_at", v.startedAt); count("duration_s", v.durationSeconds); count("pages", v.pages)
        case .addToCart(let c): time("at", c.at); quantity("qty", c.qty)
        case .couponBatch(let b):
            money("value_fen", b.value); money("min_spend_fen", b.minSpend); count("quota", b.quota)
            time("starts_at", b.startsAt); time("ends_at", b.endsAt)
        case .couponIssued(let c): time("at", c.at)
        case .couponRedeemed(let r): money("discount_fen", r.discount); time("at", r.at)
        case .liveSession(let l): time("started_at", l.startedAt); time("ended_at", l.endedAt)
        }
        return found
    }
}
