import ShopModel
import Testing
@testable import ShopDashboard

@Suite("outside text on every pane")
struct PaneHostileTextTests {
    static let hostile = "坏\u{1B}[2J\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}31m\u{202E}lmth.exe\u{200B}\u{0}人"

    /// The fixture with every outside string replaced by something that tries to take over the terminal.
    static var poisoned: AppState {
        var state = AppState(config: Scene.config(.en), now: Fixture.now, width: 160, height: 48)
        var data = Fixture.data
        data.coupons = data.coupons.map { var s = $0; s.batch.name = hostile; s.batch.batchId = hostile; return s }
        data.liveSessions = data.liveSessions.map {
            LiveSessionStats(id: $0.id, title: hostile, startedAt: $0.startedAt, endedAt: $0.endedAt, gmv: $0.gmv,
                             orders: $0.orders, viewers: $0.viewers, perMinute: $0.perMinute, peak: $0.peak)
        }
        if var l = data.logistics {
            l.overdue = l.overdue.map { var o = $0; o.nickname = hostile; o.city = hostile; return o }
            l.refunds = l.refunds.map { var r = $0; r.nickname = hostile; r.refund.reason = hostile; return r }
            data.logistics = l
        }
        _ = update(&state, .data(data))
        _ = update(&state, .feed(Fixture.feedHistory.map { var r = $0; r.nickname = hostile; r.itemsSummary = hostile
            r.coupon = hostile; return r }))
        _ = update(&state, .feed(Fixture.feedNews.map { var r = $0; r.nickname = hostile; return r }))
        return state
    }

    @Test(arguments: PaneID.allCases)
    func nothingFromTheDataCanReachTheTerminalAsControl(_ pane: PaneID) {
        var state = Self.poisoned
        Scene.press(&state, .char(Character(String(pane.rawValue))))
        if pane == .orders {
            _ = update(&state, .searchResults(query: "", OrderMatches(orders: [], total: 0)))
            Scene.press(&state, .char("/"))
            Scene.type(&state, "x")
            Scene.press(&state, .enter)
            let results = Fixture.searchResults.map { var r = $0; r.nickname = Self.hostile; r.itemsSummary = Self.hostile; return r }
            _ = update(&state, .searchResults(query: "x", OrderMatches(orders: results, total: 0)))
            Scene.press(&state, .enter)
            var detail = Fixture.orderDetail
            detail.order.remark = Self.hostile
            detail.order.items[0].name = Self.hostile
            detail.shipments[0].detail = Self.hostile
            _ = update(&state, .orderDetail(detail))
        }
        if pane == .coupons { Scene.press(&state, .char("p")) }
        for (w, h) in [(160, 48), (80, 24)] {
            _ = update(&state, .resize(width: w, height: h))
            let grid = Scene.draw(state)
            let bad = grid.cells.flatMap(\.text.unicodeScalars).filter {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || [0x202E, 0x200B].contains($0.value)
            }
            #expect(bad.isEmpty, "\(pane) \(w)x\(h): \(bad.map { String($0.value, radix: 16) })")
            if pane != .visits { #expect(grid.text.contains("坏"), "\(pane) \(w)x\(h) shows the text, made harmless") }
        }
    }
}
