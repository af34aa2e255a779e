import ShopModel
import Testing
@testable import ShopDashboard

@Suite("pane declarations")
struct PaneDeclarationTests {
    @Test func everyPaneIsDeclaredOnceInTabOrderWithItsOwnWord() {
        #expect(Panes.all.map { $0.id } == PaneID.allCases)
        let words = PaneID.allCases.map(\.word)
        #expect(Set(words).count == words.count)
        for pane in PaneID.allCases {
            #expect(PaneID(word: pane.word) == pane)
            let parts = DataRequest.parts(for: pane)
            #expect(parts.contains(.logistics) || parts.contains(.recentRefunds), "\(pane) feeds the refund alert")
        }
        #expect(PaneID(word: "nope") == nil)
    }

    /// States where different bindings hold: every pane, each orders focus, the feed paused, both roles.
    static func states() -> [AppState] {
        var all: [AppState] = []
        for role in Role.allCases {
            for pane in PaneID.allCases {
                var state = Scene.opened(.en, role: role)
                Scene.press(&state, .char(Character(String(pane.rawValue))))
                all.append(state)
            }
            var orders = Scene.pane(.orders, .en, width: 80, height: 24)
            orders.config.role = role
            all.append(orders)
            orders.orders.focus = .results
            all.append(orders)
            orders.orders.focus = .search
            all.append(orders)
            var feed = Scene.opened(.en, role: role)
            Scene.press(&feed, .char("3"), .char(" "))
            all.append(feed)
        }
        return all
    }

    @Test func noKeyHasTwoMeaningsAtOnce() {
        for state in Self.states() {
            var seen: Set<Key> = []
            for binding in Panes.of(state.pane).bindings where binding.holds(state) {
                for key in binding.keys {
                    #expect(!seen.contains(key), "\(state.pane) \(state.orders.focus): \(key) bound twice")
                    seen.insert(key)
                }
            }
        }
    }

    @Test func theStatusBarAndTheHelpNameTheSameKeysTheHandlerRuns() {
        for state in Self.states() {
            let c = RenderContext(state: state, theme: .fallback)
            let hints = StatusBar.hints(c).map(\.0)
            #expect(!hints.isEmpty, "\(state.pane) shows its keys")
            #expect(hints == Panes.hints(state).map(\.0))
            let bound = Panes.of(state.pane).bindings.filter { $0.holds(state) && $0.hint != nil }.map(\.label)
            #expect(hints == bound)
        }
    }

    @Test func supportHasNoCouponControlsAnywhereAndIsToldSo() {
        var state = Scene.opened(.en, role: .support)
        Scene.press(&state, .char("5"))
        for key in "puxcen" {
            var copy = state
            // Handled, with nothing to do but say why.
            #expect(Panes.dispatch(&copy, .char(key)) == [], "\(key)")
            #expect(copy.modal == nil)
            #expect(copy.message?.text == "Support role: coupons cannot be changed here (\(key))" && copy.message?.isError == true)
        }
        let help = Panes.help(state).map(\.1)
        #expect(!help.contains(.helpCouponPause))
        #expect(help.contains(.readOnlyNote))
    }
}
