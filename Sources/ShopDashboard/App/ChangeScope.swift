import ShopModel

/// Decides which parts of a data request a reload must read, from the kinds of change marked in
/// the store since the last load: an order that arrives reloads sales and KPIs, not retention.
///
/// Everything is read again when the request is not the one loaded last (another pane or range),
/// when the store changed in a way no mark names (its marks did not move), or when the last full
/// read is older than `fullEvery` seconds: figures such as "the same stretch of yesterday" move
/// with the clock alone.
public struct ChangeScope: Sendable {
    public var fullEvery: Int64 = 60
    private var last: (request: DataRequest, marks: StoreChangeMarks, fullAt: Int64)?

    public init(fullEvery: Int64 = 60) { self.fullEvery = fullEvery }

    /// The parts of `request` to read now, given the store's marks read just before.
    public func parts(for request: DataRequest, marks: StoreChangeMarks, now: Int64) -> Set<DataPart> {
        guard let last, last.request == request, now - last.fullAt < fullEvery, now >= last.fullAt else {
            return request.parts
        }
        let changed = marks.changed(since: last.marks)
        if changed.isEmpty { return request.parts }
        return request.parts.filter { !$0.changes.isDisjoint(with: changed) }
    }

    /// Records a load that succeeded: `parts` were read for `request` at `now`, with `marks`.
    public mutating func loaded(_ request: DataRequest, parts: Set<DataPart>, marks: StoreChangeMarks, now: Int64) {
        let full = parts == request.parts
        let fullAt = full ? now : (last?.fullAt ?? now)
        last = (request, marks, fullAt)
    }
}
