import ShopModel
import Testing
@testable import ShopDashboard

@Suite("update: moving around")
struct AppUpdateTests {
    @Test func numberKeysTabAndShiftTabSwitchPanesAndAskForTheirData() {
        var state = Scene.opened()
        #expect(state.pane == .overview)
        let effects = Scene.press(&state, .char("5"))
        #expect(state.pane == .coupons)
        #expect(effects == [.load(DataRequest(pane: .coupons, salesRange: .today, overdueHours: 48))])
        Scene.press(&state, .tab)
        #expect(state.pane == .visits)
        Scene.press(&state, .tab, .tab)
        #expect(state.pane == .overview)
        Scene.press(&state, .backTab)
        #expect(state.pane == .logistics)
        #expect(Scene.press(&state, .char("7")).isEmpty)
        #expect(Scene.press(&state, .char("9")).isEmpty)
        #expect(state.pane == .logistics)
    }

    @Test func dataRequestFollowsPaneAndRange() {
        var state = Scene.opened()
        Scene.press(&state, .char("2"))
        #expect(state.dataRequest.parts.contains(.liveSessions))
        let effects = Scene.press(&state, .char("]"))
        #expect(state.salesRange == .days7)
        #expect(effects == [.load(state.dataRequest)])
        #expect(state.dataRequest.salesRange == .days7)
    }

    @Test func qAndCtrlCQuitButQIsTextInsideAField() {
        var state = Scene.opened()
        #expect(Scene.press(&state, .ctrl("c")) == [.quit])
        #expect(Scene.press(&state, .char("q")) == [.quit])
        Scene.press(&state, .char("4"), .char("/"))
        #expect(state.orders.focus == .search)
        #expect(Scene.press(&state, .char("q")).isEmpty)
        #expect(state.orders.input.text == "q")
        #expect(Scene.press(&state, .ctrl("c")) == [.quit])
    }

    @Test func ctrlZSuspendsFromAnywhereEvenInsideAField() {
        var state = Scene.opened()
        #expect(Scene.press(&state, .ctrl("z")) == [.suspend])
        Scene.press(&state, .char("4"), .char("/"))
        #expect(state.orders.focus == .search)
        #expect(Scene.press(&state, .ctrl("z")) == [.suspend])
        #expect(state.orders.input.text.isEmpty)
    }

    @Test func escapeClosesWhateverIsOnTop() {
        var state = Scene.opened()
        Scene.press(&state, .char("?"))
        #expect(state.modal == .help)
        Scene.press(&state, .escape)
        #expect(state.modal == nil)
        Scene.press(&state, .char(":"))
        Scene.type(&state, "sal")
        Scene.press(&state, .escape)
        #expect(state.modal == nil)
        #expect(state.pane == .overview)
        Scene.press(&state, .char("3"), .char("/"))
        Scene.type(&state, "王")
        #expect(state.filter == "王")
        Scene.press(&state, .escape)
        #expect(state.filterInput == nil)
        #expect(state.filter.isEmpty)
    }

    @Test func enterKeepsAFilterAndEscapeOnThePaneClearsIt() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .char("/"))
        Scene.type(&state, "张伟")
        Scene.press(&state, .enter)
        #expect(state.filterInput == nil)
        let shown = state.feed.visibleRows(filter: state.filter)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0.nickname == "张伟" })
        Scene.press(&state, .escape)
        #expect(state.filter.isEmpty)
        #expect(state.feed.visibleRows(filter: state.filter).count == 34)
    }

    @Test func paletteGoesToPanesSetsRangeThemeAndLanguage() {
        var state = Scene.opened()
        Scene.press(&state, .char(":"))
        Scene.type(&state, "visits")
        #expect(Scene.press(&state, .enter) == [.load(state.dataRequest)])
        #expect(state.pane == .visits)

        Scene.press(&state, .char(":"))
        Scene.type(&state, "range 30d")
        Scene.press(&state, .enter)
        #expect(state.pane == .sales)
        #expect(state.salesRange == .days30)

        Scene.press(&state, .char(":"))
        Scene.type(&state, "theme light")
        #expect(Scene.press(&state, .enter) == [.setTheme("light"), .redrawAll])

        Scene.press(&state, .char(":"))
        Scene.type(&state, "lang zh")
        #expect(Scene.press(&state, .enter) == [.rememberLanguage(.zh), .redrawAll])
        #expect(state.config.language == .zh)

        Scene.press(&state, .char(":"))
        Scene.type(&state, "find 5678")
        #expect(Scene.press(&state, .enter) == [.load(state.dataRequest), .search("5678")])
        #expect(state.pane == .orders)

        Scene.press(&state, .char(":"))
        Scene.type(&state, "fly away")
        #expect(Scene.press(&state, .enter).isEmpty)
        #expect(state.message?.isError == true)
    }

    @Test func paletteTabCompletesTheFirstSuggestion() {
        var state = Scene.opened()
        Scene.press(&state, .char(":"))
        Scene.type(&state, "lo")
        Scene.press(&state, .tab)
        #expect(state.modal == .palette(LineEdit("logistics", maxLength: 48)))
    }

    @Test func belowEightyByTwentyFourOnlyQuitWorks() {
        var state = Scene.opened()
        #expect(update(&state, .resize(width: 79, height: 24)) == [.redrawAll])
        #expect(state.isTooSmall)
        #expect(Scene.press(&state, .char("3")).isEmpty)
        #expect(state.pane == .overview)
        let text = Scene.draw(state).text
        #expect(text.contains("terminal too small (need 80x24, have 79x24)"))
        _ = update(&state, .resize(width: 80, height: 24))
        Scene.press(&state, .char("3"))
        #expect(state.pane == .feed)
    }

    @Test func partialDataKeepsWhatItDoesNotCarry() {
        var state = Scene.opened()
        let onlyCoupons = DashboardData(coupons: [], loadedAt: Fixture.now + 5, parts: [.coupons])
        _ = update(&state, .data(onlyCoupons))
        #expect(state.data.coupons.isEmpty)
        #expect(state.data.kpis != nil)
        #expect(state.data.retention.count == 14)
        #expect(state.data.loadedAt == Fixture.now + 5)
    }

    @Test func statusMessagesFadeOnTheClock() {
        var state = Scene.opened()
        _ = update(&state, .failed("store is locked"))
        #expect(state.message?.text == "store is locked")
        _ = update(&state, .tick(now: Fixture.now + 7))
        #expect(state.message != nil)
        _ = update(&state, .tick(now: Fixture.now + 8))
        #expect(state.message == nil)
    }

    @Test func roleIsAlwaysOnScreen() {
        for pane in PaneID.allCases {
            var state = Scene.opened(.en, role: .support)
            Scene.press(&state, .char(Character(String(pane.rawValue))))
            #expect(Scene.draw(state).text.split(separator: "\n").last?.contains("support") == true)
            Scene.press(&state, .char("?"))
            #expect(Scene.draw(state).text.split(separator: "\n").last?.contains("support") == true)
        }
    }

    @Test func helpNamesThePaneKeys() {
        var state = Scene.opened()
        Scene.press(&state, .char("2"), .char("?"))
        let text = Scene.draw(state).text
        #expect(text.contains("GMV / orders / AOV"))
        #expect(text.contains("switch pane"))
    }
}

@Suite("update: mouse")
struct AppMouseTests {
    @Test func clickingATabSwitchesToIt() {
        var state = Scene.opened()
        let row = Scene.draw(state).text.split(separator: "\n")[0]
        let column = TextWidth.columns(row.prefix(upTo: row.range(of: "5 Coupons")!.lowerBound))
        Scene.press(&state, .mouseClick(x: column + 2, y: 0))
        #expect(state.pane == .coupons)
        Scene.press(&state, .mouseClick(x: 79, y: 0))
        #expect(state.pane == .coupons)
    }

    @Test func wheelScrollsTheList() {
        var state = Scene.opened()
        Scene.press(&state, .char("3"), .wheelDown, .wheelDown)
        #expect(state.feed.cursor.selected == 2)
        Scene.press(&state, .wheelUp)
        #expect(state.feed.cursor.selected == 1)
    }
}

@Suite("update: freshness")
struct AppFreshnessTests {
    @Test func staleNumbersSaySoAndFreshOnesDoNot() {
        var state = Scene.opened()
        #expect(Scene.press(&state, .char("r")) == [.load(state.dataRequest)])
        _ = update(&state, .tick(now: Fixture.now + 59))
        #expect(!Scene.draw(state).text.contains("updated"))
        _ = update(&state, .tick(now: Fixture.now + 180))
        #expect(Scene.draw(state).text.split(separator: "\n").last?.contains("updated 3m ago") == true)
        var fresh = Fixture.data
        fresh.loadedAt = Fixture.now + 180
        _ = update(&state, .data(fresh))
        #expect(!Scene.draw(state).text.contains("updated"))
    }
}

@Suite("update: overview")
struct PaneOverviewTests {
    @Test func newestOrdersOpenFromTheOverview() {
        var state = Scene.opened()
        #expect(Scene.press(&state, .char("j")).isEmpty)
        let chosen = OverviewPane.newest(state)[1]
        #expect(chosen.nickname == "吴倩")
        let effects = Scene.press(&state, .enter)
        #expect(state.pane == .orders)
        #expect(effects.last == .openOrder(chosen.outTradeNo, reveal: false))
    }

    @Test func filterMatchesStatusInEitherLanguage() {
        var state = Scene.opened(.zh)
        Scene.press(&state, .char("3"), .char("/"))
        Scene.type(&state, "退款")
        Scene.press(&state, .enter)
        let shown = state.feed.visibleRows(filter: state.filter)
        #expect(shown.count == 4)
        #expect(shown.allSatisfy { $0.status == .refunding })
    }
}

@Suite("update: what each pane asks for")
struct AppDataRequestTests {
    /// The fixture cut down to the parts a request names, as the runner would load it.
    static func loaded(_ request: DataRequest) -> DashboardData {
        let all = Fixture.data
        var data = DashboardData(loadedAt: Fixture.now, parts: request.parts)
        for part in request.parts {
            switch part {
            case .kpis: data.kpis = all.kpis
            case .sales: data.sales = all.sales
            case .channels: data.channels = all.channels
            case .liveSessions: data.liveSessions = all.liveSessions
            case .coupons: data.coupons = all.coupons
            case .visits: data.visits = all.visits
            case .funnel: data.funnel = all.funnel
            case .retention: data.retention = all.retention
            case .logistics: data.logistics = all.logistics
            case .recentRefunds: data.recentRefunds = all.recentRefunds
            }
        }
        return data
    }

    @Test(arguments: PaneID.allCases)
    func theRequestedPartsAreEnoughToDrawThePane(_ pane: PaneID) {
        var state = AppState(config: Scene.config(.en), now: Fixture.now, width: 160, height: 48)
        let effects = Scene.press(&state, .char(Character(String(pane.rawValue))))
        var request = state.dataRequest
        for effect in effects {
            if case .load(let asked) = effect { request = asked }
        }
        #expect(pane == .overview || effects == [.load(request)])
        _ = update(&state, .data(Self.loaded(request)))
        _ = update(&state, .feed(Fixture.feedHistory))
        #expect(!Scene.draw(state).text.contains("loading"), "\(pane)")
    }
}
