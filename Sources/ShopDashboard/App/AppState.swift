import ShopModel

/// Everything the dashboard shows. Changed only by `update`, drawn only by `render`.
public struct AppState: Sendable {
    public var config: AppConfig
    public var now: Int64
    public var width: Int
    public var height: Int
    public var pane: PaneID
    public var data: DashboardData
    public var salesRange: SalesRange = .today
    public var salesMetric: SalesMetric = .gmv
    /// The overview's chart keeps its own metric and range: a look at last month in Sales must
    /// not turn the overview's today into last month.
    public var overviewMetric: SalesMetric = .gmv
    public var overviewRange: SalesRange = .today
    public var sessionCursor = ListCursor()
    /// Selection among the overview's newest orders.
    public var newestCursor = ListCursor()
    public var feed = FeedState()
    /// The store's feed cursor as far as the dashboard has read; the runner asks for rows after it.
    public var feedCursor: Int64 = 0
    /// The largest `orderSeq` received: a row for an order not listed is a new order only when
    /// it was placed after this one.
    public var newestOrderSeq: Int64 = 0
    public var orders = OrdersState()
    /// The panes Esc returns to after following a link to another pane (newest last).
    public var history: [PaneID] = []
    public var couponCursor = ListCursor()
    /// The batch the coupon cursor is on, by id: a re-sort after a change keeps the cursor on it.
    public var couponSelection: String?
    public var cohortCursor = ListCursor()
    /// 0: overdue shipments, 1: refunds.
    public var logisticsFocus = 0
    public var overdueCursor = ListCursor()
    public var refundCursor = ListCursor()
    /// Per-pane filter text (`/`); `filterInput` is set while it is being typed.
    public var filters: [PaneID: String] = [:]
    public var filterInput: LineEdit?
    public var modal: Modal?
    public var alerts = AlertsState()
    public var message: StatusMessage?
    public var themeName: String = "dark"
    /// Privacy mode for a shared screen: money, nicknames, phones and addresses are hidden
    /// everywhere until `P` is pressed again; percentages and counts stay.
    public var isPrivate = false

    public init(config: AppConfig, now: Int64, width: Int, height: Int) {
        self.config = config; self.now = now; self.width = width; self.height = height
        pane = .overview
        data = .empty
    }

    /// What the runner should load for the visible pane.
    public var dataRequest: DataRequest {
        DataRequest(pane: pane, salesRange: chartRange, overdueHours: config.overdueHours)
    }

    /// The range of the chart on the pane in view.
    var chartRange: SalesRange { pane == .overview ? overviewRange : salesRange }
    /// The metric of the chart on the pane in view.
    var chartMetric: SalesMetric { pane == .overview ? overviewMetric : salesMetric }

    public var filter: String { filters[pane] ?? "" }

    static let historyLimit = 20
    public static let minimumWidth = 80
    public static let minimumHeight = 24
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
