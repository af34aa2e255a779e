import ShopModel

/// Whose distinct count a first-seen row serves, and the raw rows that make someone count.
///
/// Counting distinct people of a day means sorting that day's ids; a first-seen row per person
/// and day turns it into adding up per-minute counts of people seen for the first time that day.
enum ReachKind: Hashable, Sendable {
    /// Customers of orders paid, at paid_at.
    case buyer
    /// Customers of orders placed, at created_at.
    case orderer
    /// Visitors who added to a cart, at the event's time.
    case carter
    /// Visitors of visits, at started_at.
    case visitor
    /// Visitors of visits that came through one channel.
    case channelVisitor(Channel)

    /// Every kind that keeps first-seen rows.
    static let all: [ReachKind] = [.buyer, .orderer, .carter, .visitor] + Channel.allCases.map { .channelVisitor($0) }

    /// The name in rollup_reach and first_seen.
    var name: String {
        switch self {
        case .buyer: "buyer"
        case .orderer: "orderer"
        case .carter: "carter"
        case .visitor: "visitor"
        case .channelVisitor(let c): "visitor:\(c.rawValue)"
        }
    }

    /// The kind's raw rows in a time range, as `who` and `at` (arguments: range start, range end).
    /// Each reads one time index; the channel is one of our own names, never text from outside.
    var eventsSQL: String {
        switch self {
        case .buyer:
            "SELECT customer AS who, paid_at AS at FROM orders WHERE paid_at >= ? AND paid_at < ? AND customer IS NOT NULL"
        case .orderer:
            "SELECT customer AS who, created_at AS at FROM orders WHERE created_at >= ? AND created_at < ? AND customer IS NOT NULL"
        case .carter:
            "SELECT visitor AS who, at FROM cart_events WHERE at >= ? AND at < ?"
        case .visitor:
            "SELECT visitor AS who, started_at AS at FROM visits WHERE started_at >= ? AND started_at < ?"
        case .channelVisitor(let c):
            "SELECT visitor AS who, started_at AS at FROM visits WHERE started_at >= ? AND started_at < ? AND channel = '\(c.rawValue)'"
        }
    }

    /// Each person of the kind in one shop day: first time and the hours (bit i: the day's hour i)
    /// they were seen in (arguments: day start, day start, next day start). Summing one bit per
    /// (person, hour) group is their bitwise or, which SQLite has no aggregate for.
    var firstSeenSQL: String {
        """
        SELECT who, min(t) AS first_at, sum(bit) AS hours FROM (
          SELECT who, min(at) AS t, 1 << ((at - ?) / 3600) AS bit FROM (\(eventsSQL)) GROUP BY who, bit
        ) GROUP BY who
        """
    }
}

/// The rollup_reach kind that counts visitors seen for the first time ever (visitors.first_seen_at).
enum NewVisitorReach {
    static let name = "new_visitor"
}
