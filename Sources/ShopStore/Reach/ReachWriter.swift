import GRDB
import ShopModel

/// Keeps first_seen and rollup_reach in step with the raw rows an event adds: someone seen for
/// the first time that day counts in the minute of that time, someone seen earlier than known
/// moves their count to the earlier minute, and a new hour of theirs counts in that hour.
extension EventWriter {
    func reach(_ kind: ReachKind, _ who: String, at t: Int64) throws {
        let day = rollups.reachDay(calendar.dayNumber(t), calendar)
        let hour = day.hour(of: t)
        let bit = Int64(1) << hour
        // Inserted first, looked up only when it was there: nearly every event is its person's
        // first of the day, and the insert then costs one statement instead of two.
        let added = try run("""
            INSERT INTO first_seen (day, kind, who, first_at, hours) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """, [day.number, kind.name, who, t, bit])
        if added {
            rollups.addReach(kind.name, minute: Self.minute(of: t), dayNew: 1)
            rollups.addReach(kind.name, minute: day.hourStart(hour), hourNew: 1)
            return
        }
        guard let known = try row("SELECT first_at, hours FROM first_seen WHERE day = ? AND kind = ? AND who = ?",
                                  [day.number, kind.name, who]) else { return }
        let firstAt: Int64 = known[0]
        let hours: Int64 = known[1]
        let earlier = t < firstAt
        let newHour = hours & bit == 0
        guard earlier || newHour else { return }
        try run("UPDATE first_seen SET first_at = ?, hours = ? WHERE day = ? AND kind = ? AND who = ?",
                [min(t, firstAt), hours | bit, day.number, kind.name, who])
        if earlier {
            rollups.addReach(kind.name, minute: Self.minute(of: firstAt), dayNew: -1)
            rollups.addReach(kind.name, minute: Self.minute(of: t), dayNew: 1)
        }
        if newHour { rollups.addReach(kind.name, minute: day.hourStart(hour), hourNew: 1) }
    }

    /// A buyer whose payment time moved: their row of the day it left is built again from their
    /// paid orders of that day, taking back what the old time added.
    func rebuildBuyer(_ who: String, day number: Int64) throws {
        let day = rollups.reachDay(number, calendar)
        let kind = ReachKind.buyer.name
        let times = try Int64.fetchAll(statement("""
            SELECT paid_at FROM orders WHERE customer = ? AND paid_at >= ? AND paid_at < ?
            """), arguments: [who, day.start, day.next])
        if let known = try row("SELECT first_at, hours FROM first_seen WHERE day = ? AND kind = ? AND who = ?",
                               [day.number, kind, who]) {
            let hours: Int64 = known[1]
            rollups.addReach(kind, minute: Self.minute(of: known[0]), dayNew: -1)
            for h in ReachDay.hours(in: hours) { rollups.addReach(kind, minute: day.hourStart(h), hourNew: -1) }
        }
        guard let firstAt = times.min() else {
            try run("DELETE FROM first_seen WHERE day = ? AND kind = ? AND who = ?", [day.number, kind, who])
            return
        }
        let hours = times.reduce(Int64(0)) { $0 | Int64(1) << day.hour(of: $1) }
        try run("""
            INSERT INTO first_seen (day, kind, who, first_at, hours) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, kind, who) DO UPDATE SET first_at = excluded.first_at, hours = excluded.hours
            """, [day.number, kind, who, firstAt, hours])
        rollups.addReach(kind, minute: Self.minute(of: firstAt), dayNew: 1)
        for h in ReachDay.hours(in: hours) { rollups.addReach(kind, minute: day.hourStart(h), hourNew: 1) }
    }

    /// A visitor's first visit ever moved from `old` (nil: they are new) to `new`.
    func moveFirstVisit(from old: Int64?, to new: Int64) {
        if let old { rollups.addReach(NewVisitorReach.name, minute: Self.minute(of: old), dayNew: -1) }
        rollups.addReach(NewVisitorReach.name, minute: Self.minute(of: new), dayNew: 1)
    }

    func addVisitMinute(at t: Int64, pages: Int, stay: Int64) {
        rollups.addVisitMinute(Self.minute(of: t)) {
            $0.visits += 1
            $0.pv += Int64(pages)
            $0.staySeconds += stay
        }
    }
}
