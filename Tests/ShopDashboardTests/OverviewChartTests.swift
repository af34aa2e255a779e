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

@Suite struct SalesChangeCoverageTests {
    /// A store that began ten days ago, asked for 30 days against the 30 before: the earlier
    /// period is mostly empty, and a change against it would read as a huge rise.
    @Test func aPeriodTheStoreOnlyPartlyCoversGivesNoChange() {
        var data = Fixture.data
        guard var sales = data.sales, let first = sales.previous.first?.start else {
            Issue.record("the fixture has no sales"); return
        }
        func title(_ data: DashboardData) -> Substring {
            let text = Scene.draw(Scene.pane(.sales, .en, width: 120, height: 40, data: data)).text
            return text.split(separator: "\n").first { $0.contains("GMV ·") } ?? ""
        }
        #expect(title(data).contains("%"), "\(title(data))")
        sales.paidSince = first + 3_600
        data.sales = sales
        #expect(!sales.previousIsCovered)
        let partly = title(data)
        #expect(!partly.isEmpty && !partly.contains("%") && partly.contains("–"), "\(partly)")
        sales.paidSince = nil
        #expect(!sales.previousIsCovered)
    }
}
