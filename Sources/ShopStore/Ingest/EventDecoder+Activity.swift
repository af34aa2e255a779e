import ShopModel

extension EventDecoder {
    static func visit(_ f: JSONFields) throws(EventDecodeError) -> VisitRecord {
        VisitRecord(id: try f.string("id"), visitor: try f.string("visitor"), startedAt: try f.time("started_at"),
                    durationSeconds: try f.optionalInt("duration_s", in: InputBounds.count) ?? 0,
                    pages: try f.optionalInt("pages", in: InputBounds.count) ?? 1,
                    channel: try f.optionalEnum("channel", Channel.self, label: "channel") ?? .other,
                    liveSession: try f.optionalString("live_session"))
    }

    static func cart(_ f: JSONFields) throws(EventDecodeError) -> CartRecord {
        CartRecord(id: try f.string("id"), visitor: try f.string("visitor"), at: try f.time("at"),
                   sku: try f.string("sku"), qty: try f.optionalInt("qty", in: InputBounds.quantity) ?? 1)
    }

    static func liveSession(_ f: JSONFields) throws(EventDecodeError) -> LiveSessionRecord {
        let started = try f.time("started_at")
        let ended = try f.optionalTime("ended_at")
        if let ended, ended < started { throw EventDecodeError("ended_at is before started_at") }
        return LiveSessionRecord(id: try f.string("id"), title: try f.string("title"), startedAt: started, endedAt: ended)
    }
}
