/// The seven panes, numbered as their keys.
public enum PaneID: Int, CaseIterable, Sendable {
    case overview = 1, sales, feed, orders, coupons, visits, logistics

    /// The pane after this one, wrapping around (Tab).
    public var next: PaneID { PaneID(rawValue: rawValue % PaneID.allCases.count + 1) ?? .overview }

    /// The pane before this one, wrapping around (Shift-Tab).
    public var previous: PaneID {
        PaneID(rawValue: (rawValue + PaneID.allCases.count - 2) % PaneID.allCases.count + 1) ?? .overview
    }

    /// The pane's word in the palette and in `snapshot --pane`, as the pane declares it.
    public var word: String { Panes.of(self).word }

    public init?(word: String) {
        guard let id = Panes.named(word) else { return nil }
        self = id
    }
}
