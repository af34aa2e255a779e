import Testing
@testable import ShopDashboard

@Suite struct TableTests {
    let columns = [TableColumn(title: "时间", width: 5), TableColumn(title: "昵称", width: 0),
                   TableColumn(title: "金额", width: 9, align: .right)]
    let data = [["12:01", "小明", "¥128.00"],
                ["12:02", "Alice Wonderland", "¥3.50"],
                ["12:03", "张三丰的店铺老顾客", "¥1,234.00"],
                ["12:04", "ｆｕｌｌ宽", "¥9.90"]]

    @Test func chineseTextLinesUp() {
        var g = Grid(width: 30, height: 5)
        Table.draw(into: &g, rect: g.bounds, columns: columns, rows: data, selected: nil, scroll: 0,
                   theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [
            "时间  昵称                金额",
            "12:01 小明             ¥128.00",
            "12:02 Alice Wonderl…     ¥3.50",
            "12:03 张三丰的店铺…  ¥1,234.00",
            "12:04 ｆｕｌｌ宽         ¥9.90",
        ])
        // Every row ends in the same column: the amounts are right-aligned by display width.
        for y in 0..<5 { #expect(TextWidth.columns(g.text.split(separator: "\n")[y]) == 30) }
    }

    @Test func asciiModeShowsOnlyASCII() {
        var g = Grid(width: 30, height: 4)
        Table.draw(into: &g, rect: g.bounds, columns: columns, rows: data, selected: 0, scroll: 0,
                   theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [
            "??    ??                  ??",
            "12:01 ??             Y128.00 #",
            "12:02 Alice Wonde~     Y3.50 #",
            "12:03 ?????????    Y1,234.00 |",
        ])
        #expect(g.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func cellsAreSanitized() {
        var g = Grid(width: 20, height: 2)
        Table.draw(into: &g, rect: g.bounds, columns: [TableColumn(title: "n", width: 0)],
                   rows: [["\u{1B}]0;x\u{07}\u{202E}abc"]], selected: nil, scroll: 0, theme: probeTheme, glyphs: .unicode)
        #expect(rows(g)[1] == "␛]0;x␇\u{FFFD}abc")
    }

    @Test func headerSelectionAndRowRoles() {
        var g = Grid(width: 30, height: 5)
        Table.draw(into: &g, rect: g.bounds, columns: columns, rows: data, selected: 1, scroll: 0,
                   theme: probeTheme, glyphs: .unicode, rowRoles: [.bad, .good, nil])
        #expect(role(at: 0, 0, in: g) == .header)
        #expect(role(at: 29, 0, in: g) == .header)
        #expect(role(at: 0, 1, in: g) == .bad)
        // The selection covers the whole row, gaps included, and wins over the row's own role.
        for x in 0..<30 { #expect(role(at: x, 2, in: g) == .selection) }
        #expect(role(at: 0, 3, in: g) == .text)
    }

    @Test func scrollShowsLaterRowsWithAScrollbar() {
        var g = Grid(width: 30, height: 3)
        Table.draw(into: &g, rect: g.bounds, columns: columns, rows: data, selected: 2, scroll: 1,
                   theme: probeTheme, glyphs: .unicode)
        let r = rows(g)
        #expect(r[1].hasPrefix("12:02"))
        #expect(r[2].hasPrefix("12:03"))
        // Rows 1-2 of 0-3: half way, so the one-row thumb sits on the lower half of the track.
        #expect(r[1].hasSuffix("│"))
        #expect(r[2].hasSuffix("█"))
        #expect(role(at: 29, 2, in: g) == .accent)
    }

    @Test func scrollbarThumbFollowsTheOffset() {
        let many = (0..<40).map { ["\($0)", "n", "1"] }
        func bar(scroll: Int) -> String {
            var g = Grid(width: 20, height: 11)
            Table.draw(into: &g, rect: g.bounds, columns: columns, rows: many, selected: nil, scroll: scroll,
                       theme: probeTheme, glyphs: .ascii)
            return String((1..<11).map { Character(g[19, $0].text) })
        }
        #expect(bar(scroll: 0) == "##||||||||")
        #expect(bar(scroll: 30) == "||||||||##")
        #expect(bar(scroll: 99) == "||||||||##")
        #expect(bar(scroll: 15) == "||||##||||")
    }

    @Test func scrollToShowMovesAsLittleAsPossible() {
        #expect(Table.scrollToShow(selected: 5, scroll: 0, visibleRows: 10) == 0)
        #expect(Table.scrollToShow(selected: 12, scroll: 0, visibleRows: 10) == 3)
        #expect(Table.scrollToShow(selected: 2, scroll: 5, visibleRows: 10) == 2)
        #expect(Table.scrollToShow(selected: 14, scroll: 5, visibleRows: 10) == 5)
        #expect(Table.scrollToShow(selected: 15, scroll: 5, visibleRows: 10) == 6)
        #expect(Table.scrollToShow(selected: nil, scroll: 4, visibleRows: 10) == 4)
        #expect(Table.scrollToShow(selected: 3, scroll: 0, visibleRows: 0) == 0)
    }

    @Test func flexColumnsShareTheRestAndFixedOnesShrinkFromTheRight() {
        let flex = [TableColumn(title: "a", width: 4), TableColumn(title: "b", width: 0), TableColumn(title: "c", width: 0)]
        #expect(Table.columnWidths(flex, totalWidth: 20) == [4, 7, 7])
        #expect(Table.columnWidths(flex, totalWidth: 21) == [4, 8, 7])
        let fixed = [TableColumn(title: "a", width: 10), TableColumn(title: "b", width: 10)]
        #expect(Table.columnWidths(fixed, totalWidth: 15) == [10, 4])
        #expect(Table.columnWidths(fixed, totalWidth: 5) == [4, 0])
    }

    @Test func neverDrawsOutsideItsRect() {
        var g = markedGrid(width: 40, height: 10)
        let rect = Rect(x: 5, y: 2, width: 20, height: 4)
        Table.draw(into: &g, rect: rect, columns: columns, rows: data + data, selected: 3, scroll: 1,
                   theme: probeTheme, glyphs: .unicode)
        #expect(touchedOutside(g, rect).isEmpty)
    }

    @Test func emptyRowsDrawOnlyTheHeader() {
        var g = Grid(width: 30, height: 3)
        Table.draw(into: &g, rect: g.bounds, columns: columns, rows: [], selected: nil, scroll: 3,
                   theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == ["时间  昵称                金额", "", ""])
    }
}

@Suite struct TableCellRoleTests {
    @Test func cellRolesShadeSingleCellsButNotTheSelection() {
        let columns = [TableColumn(title: "day", width: 5), TableColumn(title: "D1", width: 6, align: .right),
                       TableColumn(title: "D7", width: 6, align: .right)]
        let rates: [[Double?]] = [[0.31, 0.05], [0.12, nil]]
        let cells = rates.enumerated().map { i, r in ["11-2\(i)"] + r.map { Format.percent($0) } }
        let roles = rates.map { [nil] + $0.map { Heat.role(for: $0) } }
        var g = Grid(width: 19, height: 3)
        Table.draw(into: &g, rect: g.bounds, columns: columns, rows: cells, selected: 1, scroll: 0,
                   theme: probeTheme, glyphs: .ascii, rowRoles: [], cellRoles: roles)
        #expect(rows(g) == ["day       D1     D7", "11-20  31.0%   5.0%", "11-21  12.0%      -"])
        #expect(role(at: 0, 1, in: g) == .text)
        #expect(role(at: 8, 1, in: g) == .heat4)
        #expect(role(at: 15, 1, in: g) == .heat1)
        #expect(role(at: 5, 1, in: g) == .text)   // the gap keeps the row's style
        #expect(role(at: 8, 2, in: g) == .selection)
    }

    @Test func visibleRowsLeaveTheHeader() {
        #expect(Table.visibleRows(in: Rect(x: 0, y: 0, width: 10, height: 8)) == 7)
        #expect(Table.visibleRows(in: Rect(x: 0, y: 0, width: 10, height: 0)) == 0)
    }
}

@Suite struct TableFittingTests {
    let columns = [TableColumn(title: "Name", width: 0), TableColumn(title: "Via", width: 4),
                   TableColumn(title: "GMV", width: 6, align: .right)]

    @Test func aFigureTakesRoomFromTheFlexibleColumn() {
        let widths = Table.fittedWidths(columns, totalWidth: 30, cells: [["橙子", "Live", "¥3,953,210.00"]])
        #expect(widths == [11, 4, 13])
    }

    @Test func thenFromFixedTextColumnsThenWhatIsLeft() {
        let widths = Table.fittedWidths(columns, totalWidth: 20, cells: [["橙子", "Live", "¥3,953,210.00"]])
        #expect(widths == [4, 1, 13])
        let tight = Table.fittedWidths(columns, totalWidth: 15, cells: [["橙子", "Live", "¥3,953,210.00"]])
        #expect(tight == [0, 0, 13])
    }

    @Test func aGrowingNameTakesWhatTheFlexibleColumnDoesNotUse() {
        let named = [TableColumn(title: "Nick", width: 4, grows: true), TableColumn(title: "Items", width: 0),
                     TableColumn(title: "Amount", width: 9, align: .right)]
        let widths = Table.fittedWidths(named, totalWidth: 40, cells: [["林间小鹿林间小鹿", "橙子", "¥59.90"]])
        #expect(widths == [16, 13, 9])
    }

    @Test func figuresThatFitChangeNothing() {
        let cells = [["a", "b", "¥1.00"]]
        #expect(Table.fittedWidths(columns, totalWidth: 30, cells: cells) == Table.columnWidths(columns, totalWidth: 30))
    }
}
