import Foundation
import ShopModel
import Testing
@testable import ShopDashboard

/// Money and percentages are read whole or not at all: a figure cut to "¥3,953.…" or a change
/// that lost its "%" answers nothing. A shop a hundred times the fixture's makes every figure long.
@Suite("figures are never cut")
struct FiguresWholeTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (160, 48)]

    static var bigShop: DashboardData {
        var d = Fixture.data
        func big(_ m: Money) -> Money { Money(fen: m.fen * 100) }
        if var k = d.kpis {
            k.current.gmv = Fixture.yuan("8643250.50")
            k.current.refundAmount = big(k.current.refundAmount)
            k.yesterday.gmv = Fixture.yuan("4000000.00")
            k.lastWeek.gmv = Fixture.yuan("2397000.00")
            k.current.paidOrders = 41_200
            k.current.buyers = 36_700
            d.kpis = k
        }
        d.channels = d.channels.map { var c = $0; c.gmv = big(c.gmv); return c }
        d.coupons = d.coupons.map { var c = $0; c.gmv = big(c.gmv); c.discount = big(c.discount); return c }
        let sessions = Fixture.liveSessions
        d.liveSessions = (0..<8).map { i in
            var s = sessions[i % sessions.count]
            s.id += "-\(i)"
            s.startedAt -= Int64(i) * 86_400
            s.gmv = big(s.gmv)
            s.viewers = 4_321
            return s
        }
        if var l = d.logistics {
            l.overdue = l.overdue.map { var o = $0; o.amount = big(o.amount); return o }
            l.refunds = l.refunds.map { var r = $0; r.refund.amount = big(r.refund.amount); return r }
            d.logistics = l
        }
        return d
    }

    static var bigNews: [FeedRow] {
        Fixture.feedNews.map { var row = $0; row.amount = Money(fen: row.amount.fen * 100); return row }
    }

    /// Places in a frame where a figure lost its end: an ellipsis right after money, or a change
    /// with a decimal that is not followed by its percent sign.
    static func cutFigures(_ text: String) -> [String] {
        let patterns = [#"¥[0-9,.]*…"#, #"[ │|][0-9][0-9,]*\.[0-9]*…"#, #"[+-][0-9][0-9,]*\.[0-9](?![0-9%])"#]
        return patterns.flatMap { pattern -> [String] in
            guard let regex = try? Regex(pattern) else { return ["bad pattern \(pattern)"] }
            return text.ranges(of: regex).map { String(text[$0]) }
        }
    }

    @Test func theCheckFindsCutFigures() {
        #expect(Self.cutFigures("│GMV ¥3,953.…│") == ["¥3,953.…"])
        #expect(Self.cutFigures("│d +20.2% w +260.7│") == ["+260.7"])
        #expect(Self.cutFigures("│38.…│ ok 12.3% 11-25 14:05 +12.0%").count == 1)
    }

    @Test("every pane, both languages, four sizes", arguments: PaneID.allCases)
    func wholeEverywhere(_ pane: PaneID) {
        for language in Language.allCases {
            for (w, h) in Self.sizes {
                let grid = Scene.draw(Scene.pane(pane, language, width: w, height: h, data: Self.bigShop, news: Self.bigNews))
                let cut = Self.cutFigures(grid.text)
                #expect(cut.isEmpty, "\(pane) \(language) \(w)x\(h): \(cut)\n\(grid.text)")
            }
        }
    }

    @Test func aNarrowCardDropsTheDecimalNotThePercentSign() {
        let grid = Scene.draw(Scene.pane(.overview, .en, width: 80, height: 24, data: Self.bigShop, news: Self.bigNews))
        #expect(grid.text.contains("d +116.1% w +261%"))
        #expect(grid.text.contains("¥8,643,250.50"))
    }

    @Test func couponGMVIsWholeAt100Columns() {
        let grid = Scene.draw(Scene.pane(.coupons, .en, width: 100, height: 30, data: Self.bigShop, news: Self.bigNews))
        #expect(grid.text.contains("¥28,104,460.00"))
    }

    /// GPM is the sessions table's last column: with a scrollbar beside it, a space keeps them apart.
    @Test func lastFigureKeepsASpaceBeforeTheScrollbar() {
        let grid = Scene.draw(Scene.pane(.sales, .en, width: 100, height: 30, data: Self.bigShop, news: Self.bigNews))
        let rows = grid.text.split(separator: "\n").filter { $0.contains("双11返场") }
        #expect(!rows.isEmpty)
        for row in rows {
            // The row ends with the figure, a space, the bar and the box's edge.
            let cells = Array(row)
            #expect(cells.count > 3 && cells[cells.count - 3] == " " && cells[cells.count - 4] != " ", "\(row)")
        }
    }

    /// With live-stream figures the overview's coupon box at 120 columns had room for "满4…" and
    /// "runni…": the amounts go short so that the batch names and their status stay readable.
    @Test func couponNamesStayReadableBesideBigAmounts() {
        var data = Self.bigShop
        data.coupons = data.coupons.map { var c = $0; c.gmv = Money(fen: c.gmv.fen * 10); c.issued *= 1_000; c.redeemed *= 1_000; return c }
        let grid = Scene.draw(Scene.pane(.overview, .en, width: 120, height: 40, data: data, news: Self.bigNews))
        #expect(grid.text.contains("满199减30"), "\(grid.text)")
        #expect(grid.text.contains("running"))
        #expect(Self.cutFigures(grid.text).isEmpty)
        // The coupons pane itself, wide, still gives exact amounts.
        let pane = Scene.draw(Scene.pane(.coupons, .en, width: 160, height: 48, data: data, news: Self.bigNews))
        #expect(pane.text.contains("¥281,044,600.00"), "\(pane.text)")
    }

    @Test func namesTakeTheRoomItemsDoNotUse() {
        let long = Fixture.feedNews.map { var row = $0; row.nickname = "一个很长很长的昵称"; row.itemsSummary = "橙子"; return row }
        let grid = Scene.draw(Scene.pane(.feed, .zh, width: 120, height: 40, news: long))
        #expect(grid.text.contains("一个很长很长的昵称"))
    }
}
