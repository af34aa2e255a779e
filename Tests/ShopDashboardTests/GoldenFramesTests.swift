import ShopModel
import Testing
@testable import ShopDashboard

@Suite("Golden frames")
struct GoldenFramesTests {
    static let sizes = [(80, 24), (160, 48)]

    @Test("every pane, en and zh, 80x24 and 160x48", arguments: PaneID.allCases)
    func paneFrames(_ pane: PaneID) throws {
        for language in Language.allCases {
            for (w, h) in Self.sizes {
                let grid = Scene.draw(Scene.pane(pane, language, width: w, height: h))
                try Golden.check("\(CommandPalette.paneWord(pane))-\(language.rawValue)-\(w)x\(h)", grid)
            }
        }
    }

    @Test func orderResultsBeforeOpening() throws {
        var state = Scene.opened(.zh)
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, "5678")
        Scene.press(&state, .enter)
        // A capped list says how many match in all, here more than the store counts.
        let capped = OrderMatches(orders: Fixture.searchResults, total: OrderMatches.countLimit, moreThanTotal: true)
        _ = update(&state, .searchResults(query: "5678", capped))
        try Golden.check("orders-results-zh-80x24", Scene.draw(state))
    }

    /// A wide screen but not the widest: whole amounts, the status, and the selected order beside them.
    @Test func orderResultsAt120Columns() throws {
        var state = Scene.opened(.en, width: 120, height: 40)
        Scene.press(&state, .char("4"), .char("/"))
        Scene.type(&state, "5678")
        Scene.press(&state, .enter)
        _ = update(&state, .searchResults(query: "5678", OrderMatches(orders: Fixture.searchResults, total: 1_072)))
        _ = update(&state, .orderDetail(Fixture.orderDetail))
        try Golden.check("orders-results-en-120x40", Scene.draw(state))
    }

    @Test func pausedFeedCountsArrivals() throws {
        var state = Scene.opened(.en)
        Scene.press(&state, .char("3"), .char(" "))
        let more = (0..<5).map { i in
            FeedRow(seq: 2_000 + Int64(i), outTradeNo: Fixture.orderNo(Fixture.now + Int64(i), 90 + i), createdAt: Fixture.now,
                    paidAt: Fixture.now + Int64(i), nickname: "新客\(i)", itemsSummary: "赣南脐橙 9斤 ×1",
                    amount: Money(yuan: "69.90")!, channel: .share, coupon: nil, status: .paid)
        }
        _ = update(&state, .feed(more))
        try Golden.check("feed-paused-en-80x24", Scene.draw(state))
    }

    @Test func couponConfirmation() throws {
        var state = Scene.opened(.zh)
        Scene.press(&state, .char("5"), .char("p"))
        try Golden.check("coupons-confirm-zh-80x24", Scene.draw(state))
    }

    @Test func couponFormWithErrors() throws {
        var state = Scene.opened(.en)
        Scene.press(&state, .char("5"), .char("n"), .tab)
        Scene.type(&state, "冬至暖心券")
        Scene.press(&state, .tab, .ctrl("u"))
        Scene.type(&state, "gift")
        Scene.press(&state, .enter)
        try Golden.check("coupons-form-en-80x24", Scene.draw(state))
    }

    @Test func couponCreateFormInChinese() throws {
        var state = Scene.opened(.zh)
        Scene.press(&state, .char("5"), .char("n"), .tab)
        Scene.type(&state, "冬至暖心券")
        Scene.press(&state, .tab, .ctrl("u"))
        Scene.type(&state, "gift")
        Scene.press(&state, .enter)
        try Golden.check("coupons-form-zh-80x24", Scene.draw(state))
    }

    @Test func supportSeesNoControls() throws {
        var state = Scene.opened(.en, role: .support)
        Scene.press(&state, .char("5"))
        try Golden.check("coupons-support-en-80x24", Scene.draw(state))
    }

    @Test func helpOverlay() throws {
        var state = Scene.opened(.en)
        Scene.press(&state, .char("5"), .char("?"))
        try Golden.check("help-coupons-en-80x24", Scene.draw(state))
    }

    @Test func commandPalette() throws {
        var state = Scene.opened(.en)
        Scene.press(&state, .char(":"))
        Scene.type(&state, "ra")
        try Golden.check("palette-en-80x24", Scene.draw(state))
    }

    @Test func tooSmall() throws {
        var state = Scene.opened(.en)
        _ = update(&state, .resize(width: 40, height: 10))
        try Golden.check("too-small-en-40x10", Scene.draw(state))
    }

    @Test func asciiOverview() throws {
        let state = Scene.opened(.en, glyphs: .ascii)
        let grid = Scene.draw(state)
        try Golden.check("overview-ascii-en-80x24", grid)
        let onlyASCII = grid.text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(onlyASCII)
    }
}
