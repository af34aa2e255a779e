import ShopModel

/// What the visible pane needs from the store now. The runner loads it on `Effect.load`, and again
/// whenever the store changes; equal requests need no reload.
public struct DataRequest: Hashable, Sendable {
    public var pane: PaneID
    public var salesRange: SalesRange
    public var overdueHours: Int
    /// The fields to fill; the runner copies this into `DashboardData.parts`.
    public var parts: Set<DataPart>

    public init(pane: PaneID, salesRange: SalesRange, overdueHours: Int) {
        self.pane = pane; self.salesRange = salesRange; self.overdueHours = overdueHours
        self.parts = DataRequest.parts(for: pane)
    }

    /// Only what the pane shows, as it declares it. Every pane asks for the recent refunds too (or
    /// the logistics figures that hold them): they feed the refund-burst alert wherever the
    /// operator is.
    public static func parts(for pane: PaneID) -> Set<DataPart> { Panes.of(pane).dataParts }
}
