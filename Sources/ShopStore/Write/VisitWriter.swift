import GRDB
import ShopModel

extension EventWriter {
    /// A visit feeds the day rollup (PV, visits, stay time, UV once per visitor and day), the
    /// visitor's first day (new visitors) and the retention cohorts.
    func applyVisit(_ v: VisitRecord) throws -> ApplyResult {
        let day = calendar.dayNumber(v.startedAt)
        let added = try run("""
            INSERT INTO visits (id, visitor, started_at, day, duration_s, pages, channel, live_session)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [v.id, v.visitor, v.startedAt, day, v.durationSeconds, v.pages, v.channel.rawValue, v.liveSession])
        guard added else { return .duplicate }
        rollups.count(.visits)
        try addLiveViewer(session: v.liveSession, visitor: v.visitor, at: v.startedAt)

        let newDay = try run("INSERT INTO visitor_days (visitor, day) VALUES (?, ?) ON CONFLICT DO NOTHING",
                             [v.visitor, day])
        addDay(day, uv: newDay ? 1 : 0, pv: v.pages, visits: 1, stay: Int64(v.durationSeconds))
        addVisitMinute(at: v.startedAt, pages: v.pages, stay: Int64(v.durationSeconds))
        try reach(.visitor, v.visitor, at: v.startedAt)
        try reach(.channelVisitor(v.channel), v.visitor, at: v.startedAt)

        // Most visitors are new: inserting first spares them the lookup.
        let newVisitor = try run("""
            INSERT INTO visitors (visitor, first_day, first_seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """, [v.visitor, day, v.startedAt])
        if newVisitor {
            addDay(day, newVisitors: 1)
            moveFirstVisit(from: nil, to: v.startedAt)
            return .accepted
        }
        guard let known = try row("SELECT first_day, first_seen_at FROM visitors WHERE visitor = ?", [v.visitor]) else {
            return .accepted
        }
        let firstDay: Int64 = known["first_day"]
        let firstSeenAt: Int64 = known["first_seen_at"]
        if day < firstDay {
            try moveFirstDay(of: v.visitor, from: firstDay, to: day, seenAt: v.startedAt)
            moveFirstVisit(from: firstSeenAt, to: v.startedAt)
        } else {
            if newDay, let offset = Self.cohortOffset(firstDay, day) {
                addCohort(day: firstDay, offset: offset, returned: 1)
            }
            if v.startedAt < firstSeenAt {
                try run("UPDATE visitors SET first_seen_at = ? WHERE visitor = ?", [v.startedAt, v.visitor])
                moveFirstVisit(from: firstSeenAt, to: v.startedAt)
            }
        }
        return .accepted
    }

    /// A visit older than anything known about the visitor makes them new on an earlier day:
    /// every return counted against the old first day is taken back and counted against the new one.
    private func moveFirstDay(of visitor: String, from oldDay: Int64, to newDay: Int64, seenAt: Int64) throws {
        let days = try Int64.fetchAll(statement("SELECT day FROM visitor_days WHERE visitor = ?"),
                                      arguments: [visitor])
        for d in days where d != newDay {
            if let offset = Self.cohortOffset(oldDay, d) { addCohort(day: oldDay, offset: offset, returned: -1) }
            if let offset = Self.cohortOffset(newDay, d) { addCohort(day: newDay, offset: offset, returned: 1) }
        }
        addDay(oldDay, newVisitors: -1)
        addDay(newDay, newVisitors: 1)
        try run("UPDATE visitors SET first_day = ?, first_seen_at = ? WHERE visitor = ?", [newDay, seenAt, visitor])
    }

    private static let trackedOffsets = Set(RetentionCohort.offsets.map(Int64.init))

    /// The cohort offset of a return on `day` by a visitor first seen on `firstDay`, if it is one
    /// the cohorts track.
    static func cohortOffset(_ firstDay: Int64, _ day: Int64) -> Int64? {
        let offset = day - firstDay
        return trackedOffsets.contains(offset) ? offset : nil
    }
}
