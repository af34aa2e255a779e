import ShopModel
import Testing
@testable import ShopDashboard

@Suite("update: orders")
struct PaneOrdersTests {
    @Test func typingAndEnterSearchesThenResultsOpenAnOrder() {
        var state = Scene.opened()
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, " 5678 ")
        #expect(Scene.press(&state, .enter) == [.search("5678")])
        #expect(state.orders.searching)
        _ = update(&state, .searchResults(query: "5678", OrderMatches(orders: Fixture.searchResults, total: 0)))
        #expect(!state.orders.searching)
        #expect(state.orders.focus == .results)
        Scene.press(&state, .char("j"), .char("j"))
        let effects = Scene.press(&state, .enter)
        #expect(effects == [.openOrder(Fixture.searchResults[2].outTradeNo, reveal: false)])
        #expect(state.orders.focus == .detail)
        #expect(Scene.draw(state).text.contains("loading"))
    }

    @Test func staleResultsAreIgnored() {
        var state = Scene.opened()
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, "王小明")
        Scene.press(&state, .enter)
        _ = update(&state, .searchResults(query: "王", OrderMatches(orders: Fixture.searchResults, total: 0)))
        #expect(state.orders.results.isEmpty)
        #expect(state.orders.searching)
    }

    @Test func nothingFoundSaysSoAndPaneKeysStillWork() {
        var state = Scene.opened()
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, "0000")
        Scene.press(&state, .enter)
        _ = update(&state, .searchResults(query: "0000", OrderMatches(orders: [], total: 0)))
        #expect(state.orders.focus == .results)
        #expect(Scene.draw(state).text.contains("No matching orders"))
        Scene.press(&state, .char("5"))
        #expect(state.pane == .coupons)
    }

    @Test func slashSelectsTheOldQuerySoTypingReplacesIt() {
        var state = Scene.pane(.orders, .en, width: 80, height: 24)
        Scene.press(&state, .char("/"))
        #expect(state.orders.input.isSelected)
        Scene.type(&state, "胖虎")
        #expect(state.orders.input.text == "胖虎")
        Scene.press(&state, .backspace)
        #expect(state.orders.input.text == "胖")
        Scene.press(&state, .escape, .escape, .char("/"), .backspace)
        #expect(state.orders.input.text.isEmpty)
    }

    @Test func aSearchWithNothingFoundClearsTheOldDetail() {
        var state = Scene.pane(.orders, .en, width: 160, height: 48)
        #expect(Scene.draw(state).text.contains("阳澄湖大闸蟹"))
        Scene.press(&state, .char("/"))
        Scene.type(&state, "4382胖虎")
        Scene.press(&state, .enter)
        _ = update(&state, .searchResults(query: "4382胖虎", OrderMatches(orders: [], total: 0)))
        #expect(state.orders.openOrder == nil)
        #expect(state.orders.detail == nil)
        let text = Scene.draw(state).text
        #expect(!text.contains("阳澄湖大闸蟹"))
        #expect(text.contains("No matching orders"))
    }

    @Test func enteringOrdersLeavesPaneKeysWorking() {
        var state = Scene.opened()
        Scene.press(&state, .char("4"))
        #expect(state.orders.focus != .search)
        Scene.press(&state, .char("5"))
        #expect(state.pane == .coupons)
        // Leaving the box with Tab and coming back finds the list again.
        Scene.press(&state, .char("4"), .char("/"), .tab, .char("4"))
        #expect(state.orders.focus != .search)
        Scene.press(&state, .char("3"))
        #expect(state.pane == .feed)
    }

    @Test func escapeReturnsToTheFeedAnOrderWasOpenedFrom() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .char("j"))
        let selected = state.feed.cursor.selected
        Scene.press(&state, .enter)
        #expect(state.pane == .orders)
        Scene.press(&state, .escape)
        #expect(state.pane == .feed)
        #expect(state.feed.cursor.selected == selected)
        // Chosen by its key, a pane starts a new path: Esc stays.
        Scene.press(&state, .enter, .char("4"), .escape)
        #expect(state.pane == .orders)
    }

    @Test func wideResultsShowWholeAmountsStatusAndTheSelectedOrder() {
        var state = Scene.opened(.en, width: 120, height: 40)
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, "5678")
        Scene.press(&state, .enter)
        let effects = update(&state, .searchResults(query: "5678", OrderMatches(orders: Fixture.searchResults, total: 0)))
        #expect(effects == [.openOrder(Fixture.searchResults[0].outTradeNo, reveal: false)])
        _ = update(&state, .orderDetail(Fixture.orderDetail))
        let text = Scene.draw(state).text
        #expect(text.contains("¥298.00"))
        #expect(text.contains("delivered"))
        #expect(!text.contains("Choose an order"))
        #expect(Scene.press(&state, .char("j")) == [.openOrder(Fixture.searchResults[1].outTradeNo, reveal: false)])
    }

    @Test func escapeStepsBackFromDetailToResults() {
        var state = Scene.pane(.orders, .en, width: 80, height: 24)
        #expect(state.orders.focus == .detail)
        Scene.press(&state, .escape)
        #expect(state.orders.focus == .results)
        Scene.press(&state, .escape)
        #expect(state.orders.focus == .results)
        Scene.press(&state, .char("/"))
        #expect(state.orders.focus == .search)
    }

    @Test func slashReachesTheBoxAndEscapeLeavesIt() {
        var state = Scene.opened()
        Scene.press(&state, .char("4"))
        #expect(state.orders.focus == .results)
        Scene.press(&state, .char("/"))
        Scene.type(&state, "普洱")
        #expect(state.orders.input.text == "普洱")
        Scene.press(&state, .escape)
        #expect(state.orders.input.text.isEmpty)
        #expect(state.orders.focus == .search)
        Scene.press(&state, .escape)
        #expect(state.orders.focus != .search)
        Scene.press(&state, .char("5"))
        #expect(state.pane == .coupons)
    }

    @Test func operatorRevealsAndSupportCannot() {
        var op = Scene.pane(.orders, .en, width: 80, height: 24)
        let no = Fixture.searchResults[0].outTradeNo
        #expect(Scene.press(&op, .char("v")) == [.openOrder(no, reveal: true)])
        var revealed = Fixture.orderDetail
        revealed.revealed = true
        revealed.order.phone = "13812345678"
        revealed.order.address = "江苏省苏州市吴中区东山镇启园路88号"
        _ = update(&op, .orderDetail(revealed))
        let text = Scene.draw(op).text
        #expect(text.contains("13812345678"))
        #expect(text.contains("revealed (audited)"))

        var support = Scene.opened(.en, role: .support)
        Scene.press(&support, .char("4"), .char("/"))
        Scene.type(&support, "5678")
        Scene.press(&support, .enter)
        _ = update(&support, .searchResults(query: "5678", OrderMatches(orders: Fixture.searchResults, total: 0)))
        Scene.press(&support, .enter)
        _ = update(&support, .orderDetail(Fixture.orderDetail))
        #expect(Scene.press(&support, .char("v")).isEmpty)
        #expect(!Scene.draw(support).text.contains("reveal"))
    }

    @Test func phonesStayMaskedEvenIfTheStoreSendsThemWhole() {
        var state = Scene.pane(.orders, .en, width: 80, height: 24)
        var leaked = Fixture.orderDetail
        leaked.order.phone = "13812345678"
        _ = update(&state, .orderDetail(leaked))
        let text = Scene.draw(state).text
        #expect(!text.contains("13812345678"))
        #expect(text.contains("138****5678"))
    }

    @Test func hostileNicknameIsDrawnHarmless() {
        var state = Scene.pane(.orders, .en, width: 80, height: 24)
        var hostile = Fixture.orderDetail
        hostile.order.nickname = "坏人\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}evil"
        _ = update(&state, .orderDetail(hostile))
        let text = Scene.draw(state).text
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("坏人"))
    }

    @Test func detailScrollsWithinItsLength() {
        var state = Scene.pane(.orders, .en, width: 80, height: 24)
        Scene.press(&state, .char("G"))
        let bottom = state.orders.detailScroll
        #expect(bottom > 0)
        Scene.press(&state, .char("j"))
        #expect(state.orders.detailScroll == bottom)
        #expect(Scene.draw(state).text.contains("xiaoli@10.8.0.23"))
        Scene.press(&state, .char("g"))
        #expect(state.orders.detailScroll == 0)
    }

    @Test func anOrderThatIsGoneSaysSoAndStepsBack() throws {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .enter)
        #expect(state.orders.focus == .detail)
        let number = try #require(state.orders.openOrder)
        _ = update(&state, .orderDetail(nil))
        #expect(state.orders.openOrder == nil)
        #expect(state.orders.focus == .search)
        #expect(Scene.draw(state).text.contains("order \(number) not found"))
    }

    @Test func aFailedSearchStopsWaitingAndSaysWhy() {
        var state = Scene.opened()
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, "5678")
        Scene.press(&state, .enter)
        _ = update(&state, .failed("database is locked"))
        #expect(!state.orders.searching)
        #expect(Scene.draw(state).text.contains("database is locked"))
    }
}
