import ShopModel
import Testing
@testable import ShopDashboard

@Suite("privacy mode")
struct PrivacyModeTests {
    static func privateFrame(_ pane: PaneID, _ language: Language, _ width: Int, _ height: Int) -> String {
        var state = Scene.pane(pane, language, width: width, height: height)
        Scene.press(&state, .char("P"))
        return Scene.draw(state).text
    }

    @Test("no pane shows money, a whole nickname, a phone or an address", arguments: PaneID.allCases)
    func nothingPersonalOrFinancialOnScreen(_ pane: PaneID) {
        for language in Language.allCases {
            for (w, h) in [(80, 24), (160, 48)] {
                // The coupon return is a ratio, which stays like a percentage.
                let text = Self.privateFrame(pane, language, w, h)
                    .replacingOccurrences(of: #"Every ¥1 of discount brought ¥[0-9.]+"#, with: "", options: .regularExpression)
                let place = "\(pane) \(language) \(w)x\(h)"
                #expect(text.contains(language == .en ? "PRIVATE" : "隐私模式"), "\(place)")
                #expect(text.range(of: #"¥[0-9]"#, options: .regularExpression) == nil, "\(place) shows money")
                #expect(text.range(of: #"[0-9]\*\*\*\*[0-9]"#, options: .regularExpression) == nil, "\(place) shows a phone")
                for name in ["王小明", "赵姐的小店", "江苏省苏州市"] {
                    #expect(!text.contains(name), "\(place) shows \(name)")
                }
            }
        }
    }

    @Test func percentagesAndCountsStayAndPTurnsItOff() throws {
        var state = Scene.pane(.overview, .en, width: 80, height: 24)
        let before = Scene.draw(state).text
        Scene.press(&state, .char("P"))
        #expect(state.isPrivate)
        let hidden = Scene.draw(state).text
        #expect(hidden.contains("¥•••"))
        #expect(hidden.contains("%"))
        try Golden.check("overview-private-en-80x24", Scene.draw(state))
        Scene.press(&state, .char("P"))
        #expect(Scene.draw(state).text == before)
    }

    @Test func orderDetailHidesEvenWhatWasRevealed() throws {
        var state = Scene.pane(.orders, .zh, width: 160, height: 48)
        var revealed = Fixture.orderDetail
        revealed.revealed = true
        revealed.order.phone = "13812345678"
        revealed.order.address = "江苏省苏州市吴中区东山镇启园路88号"
        _ = update(&state, .orderDetail(revealed))
        Scene.press(&state, .char("P"))
        let text = Scene.draw(state).text
        #expect(!text.contains("13812345678"))
        #expect(!text.contains("启园路"))
        #expect(text.contains("王••"))
        try Golden.check("orders-private-zh-160x48", Scene.draw(state))
    }
}
