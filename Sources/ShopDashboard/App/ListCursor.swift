/// A selection in a list that may be longer than the space it is drawn in.
public struct ListCursor: Sendable, Equatable {
    public var selected: Int = 0
    public var scroll: Int = 0

    public init(selected: Int = 0, scroll: Int = 0) { self.selected = selected; self.scroll = scroll }

    /// Moves by `delta` rows within `count`, keeping the selection inside the list.
    public mutating func move(_ delta: Int, count: Int) {
        guard count > 0 else { self = ListCursor(); return }
        selected = min(max(0, selected + delta), count - 1)
    }

    public mutating func clamp(count: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    }

    /// Scrolls as little as needed so the selection shows in `visible` rows.
    public mutating func reveal(visible: Int, count: Int) {
        scroll = firstRow(visible: visible, count: count)
    }

    /// The first row to draw so the selection is visible in `visible` rows.
    public func firstRow(visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        let top = min(max(0, scroll), count - visible)
        if selected < top { return selected }
        if selected >= top + visible { return selected - visible + 1 }
        return top
    }
}
