import ShopModel
import Testing
@testable import ShopDashboard

/// The overview's chart and the Sales pane's chart each keep their own metric and range.
@Suite("Overview chart")
struct OverviewChartTests {
    @Test func salesChoicesDoNotReachTheOverview() {
        var state = Scene.opened(.en)
        Scene.press(&state, .char("2"), .char("]"), .char("]"), .char("m"))
        let range = state.salesRange, metric = state.salesMetric
        #expect(range != .today)
        #expect(metric != .gmv)
        #expect(state.dataRequest.salesRange == range)

        let effects = Scene.press(&state, .char("1"))
        #expect(state.chartRange == .today)
        #expect(state.chartMetric == .gmv)
        #expect(effects == [.load(state.dataRequest)])
        #expect(state.dataRequest.salesRange == .today)
        // The series loaded for Sales is not drawn under the overview's title.
        #expect(state.data.sales == nil)

        Scene.press(&state, .char("2"))
        #expect(state.chartRange == range)
        #expect(state.chartMetric == metric)
    }

    @Test func sameRangeKeepsTheSeries() {
        var state = Scene.opened(.en)
        #expect(state.data.sales != nil)
        Scene.press(&state, .char("2"))
        #expect(state.data.sales != nil)
    }
}
