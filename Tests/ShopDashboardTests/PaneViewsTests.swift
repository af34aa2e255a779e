import ShopModel
import Testing
@testable import ShopDashboard

@Suite("update: sales, visits, logistics")
struct PaneViewsTests {
    @Test func salesMetricAndRangeKeys() {
        var state = Scene.opened()
        Scene.press(&state, .char("2"))
        #expect(Scene.press(&state, .char("m")).isEmpty)
        #expect(state.salesMetric == .orders)
        Scene.press(&state, .char("m"), .char("m"))
        #expect(state.salesMetric == .gmv)
        Scene.press(&state, .char("M"))
        #expect(state.salesMetric == .aov)
        #expect(Scene.press(&state, .char("[")) == [.load(DataRequest(pane: .sales, salesRange: .live60, overdueHours: 48))])
        #expect(Scene.press(&state, .char("[")) == [.load(DataRequest(pane: .sales, salesRange: .days30, overdueHours: 48))])
        Scene.press(&state, .char("t"))
        #expect(state.salesRange == .live60)
    }

    @Test func salesSessionsMoveAndShowTheChosenOne() {
        var state = Scene.opened(.en, width: 160, height: 48)
        Scene.press(&state, .char("2"), .char("G"))
        #expect(state.sessionCursor.selected == 2)
        #expect(Scene.draw(state).text.contains("peak 21:17"))
        Scene.press(&state, .char("k"), .char("k"), .char("k"))
        #expect(state.sessionCursor.selected == 0)
    }

    @Test func visitsCohortCursorStaysInTheGrid() {
        var state = Scene.opened()
        Scene.press(&state, .char("6"), .char("G"))
        #expect(state.cohortCursor.selected == 13)
        let text = Scene.draw(state).text
        #expect(text.contains("11-11"))
        #expect(!text.contains("11-24   "))
        Scene.press(&state, .pageUp)
        #expect(state.cohortCursor.selected < 13)
    }

    @Test func logisticsSwitchesListsAndOpensOrders() {
        var state = Scene.opened()
        Scene.press(&state, .char("7"), .char("j"))
        #expect(state.overdueCursor.selected == 1)
        Scene.press(&state, .char("l"), .char("j"), .char("j"))
        #expect(state.refundCursor.selected == 2)
        #expect(state.overdueCursor.selected == 1)
        let effects = Scene.press(&state, .enter)
        #expect(effects.last == .openOrder("WX202611250921470233", reveal: false))
        #expect(state.pane == .orders)
    }

    @Test func logisticsFilterFindsByCityOrReason() {
        var state = Scene.opened()
        Scene.press(&state, .char("7"), .char("/"))
        Scene.type(&state, "北京")
        Scene.press(&state, .enter)
        #expect(LogisticsPane.overdue(state).map(\.outTradeNo) == ["WX202611230907440151"])
        #expect(LogisticsPane.refunds(state).isEmpty)
    }

    @Test func panesSayLoadingBeforeDataArrives() {
        for pane in PaneID.allCases {
            var state = AppState(config: Scene.config(.en), now: Fixture.now, width: 80, height: 24)
            Scene.press(&state, .char(Character(String(pane.rawValue))))
            let text = Scene.draw(state).text
            #expect(text.contains("loading") || text.contains("No orders yet") || text.contains("Type an order no"),
                    "pane \(pane)")
        }
    }
}
