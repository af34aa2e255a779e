import Testing
@testable import ShopDashboard

@Suite struct ChartTests {
    let now = ChartSeries(values: [0, 10, 20, 40, 30], role: .series1, label: "now")
    let before = ChartSeries(values: [5, 5, 10, 10, 20, 20, 30, 40, 30], role: .series2, label: "before")
    let hours = ["0h", "6h", "12h", "18h", "24h"]

    func draw(_ series: [ChartSeries], width: Int = 24, height: Int = 7, glyphs: Glyphs,
              labels: [String]? = nil) -> Grid {
        var g = Grid(width: width, height: height)
        Chart.draw(into: &g, rect: g.bounds, series: series, xLabels: labels ?? hours,
                   yFormat: { Format.count(Int($0)) }, theme: probeTheme, glyphs: glyphs)
        return g
    }

    @Test func asciiGoldenWithPartialCurrentOverFullPrevious() {
        let g = draw([now, before], glyphs: .ascii)
        #expect(rows(g) == [
            "         * now  . before",
            "50+",
            "  |      ***       ...",
            "25+    **   **.....   ..",
            "  | ***.....",
            " 0+*...",
            "   0h  6h   12h  18h 24h",
        ])
    }

    @Test func brailleUsesTwoByFourDotsAndTheSameLayout() {
        let g = draw([now, before], glyphs: .unicode)
        let r = rows(g)
        #expect(r[0] == "         ● now  ● before")
        #expect(r[1] == "50┤")
        #expect(r[6] == "   0h  6h   12h  18h 24h")
        // Every plotted cell is a braille pattern, coloured by its series.
        for y in 2...5 {
            for x in 3..<24 where g[x, y].text != " " {
                let v = g[x, y].text.unicodeScalars.first!.value
                #expect((0x2801...0x28FF).contains(v))
                #expect(role(at: x, y, in: g) == .series1 || role(at: x, y, in: g) == .series2)
            }
        }
        // The first value (0) is the bottom-left dot: braille dot 7 of the first plot cell.
        #expect(g[3, 5].text.unicodeScalars.first!.value & 0x40 != 0)
        // The current period ends at 4/8 of the width; nothing of it lies to the right.
        for y in 1...5 { for x in 15..<24 { #expect(role(at: x, y, in: g) != .series1) } }
    }

    @Test func currentPeriodIsDrawnOverThePrevious() {
        let same = ChartSeries(values: [1, 2, 3], role: .series2, label: "")
        let top = ChartSeries(values: [1, 2, 3], role: .series1, label: "")
        let g = draw([top, same], glyphs: .ascii)
        #expect(g.text.contains("*"))
        #expect(!g.text.contains("."))
    }

    @Test func emptyAndAllZeroSeriesDrawOnlyTheBaseline() {
        let empty = draw([], glyphs: .ascii)
        #expect(rows(empty) == [" |", " |", " |", " |", " |", "0+", "  0h  6h   12h  18h  24h"])
        let zero = draw([ChartSeries(values: [0, 0, 0], role: .series1, label: "")], glyphs: .ascii)
        #expect(rows(zero)[5] == "0+**********************")
        #expect(rows(zero)[0] == " |")
    }

    @Test func singlePointSitsAtTheLeft() {
        let g = draw([ChartSeries(values: [7], role: .series1, label: "")], glyphs: .ascii)
        #expect(rows(g)[0] == "10+")
        #expect(rows(g)[1] == "  |*")
        #expect(g.text.filter { $0 == "*" }.count == 1)
    }

    @Test func manyMorePointsThanColumnsStayInside() {
        let minutes = (0..<1_440).map { Int64(($0 * 37) % 101) }
        for glyphs in [Glyphs.unicode, .ascii] {
            var g = markedGrid(width: 50, height: 14)
            let rect = Rect(x: 7, y: 3, width: 30, height: 8)
            Chart.draw(into: &g, rect: rect, series: [ChartSeries(values: minutes, role: .series1, label: "today")],
                       xLabels: ["00:00", "12:00", "23:59"], yFormat: { "¥\($0)" }, theme: probeTheme, glyphs: glyphs)
            #expect(touchedOutside(g, rect).isEmpty)
        }
    }

    @Test func tinyOrOffGridRectsNeverCrashOrSpill() {
        let rects = [Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 2, y: 2, width: 1, height: 1),
                     Rect(x: 2, y: 2, width: 4, height: 2), Rect(x: 1, y: 1, width: 6, height: 3),
                     Rect(x: 15, y: 6, width: 20, height: 10), Rect(x: -5, y: -3, width: 12, height: 8)]
        for rect in rects {
            for glyphs in [Glyphs.unicode, .ascii] {
                var g = markedGrid(width: 20, height: 10)
                Chart.draw(into: &g, rect: rect, series: [now, before], xLabels: hours,
                           yFormat: { Format.count(Int($0)) }, theme: probeTheme, glyphs: glyphs)
                #expect(touchedOutside(g, rect).isEmpty, "rect \(rect)")
            }
        }
    }

    @Test func xLabelsThatWouldOverlapAreSkipped() {
        let labels = (0..<24).map { String(format: "%02d:00", $0) }
        let g = draw([now], width: 30, height: 6, glyphs: .ascii, labels: labels)
        let bottom = rows(g)[5]
        #expect(bottom == "   00:00  08:00    16:00 23:00")
        #expect(!bottom.contains("00:0001"))
        // Labels keep at least one space between them.
        let words = bottom.split(separator: " ").filter { $0.contains(":") }
        #expect(words.allSatisfy { $0.count == 5 })
    }

    @Test func niceCeilingRoundsUpToReadableSteps() {
        #expect(Chart.niceCeiling(0) == 1)
        #expect(Chart.niceCeiling(7) == 10)
        #expect(Chart.niceCeiling(40) == 50)
        #expect(Chart.niceCeiling(11) == 20)
        #expect(Chart.niceCeiling(21) == 25)
        #expect(Chart.niceCeiling(123_456) == 200_000)
        #expect(Chart.niceCeiling(250) == 250)
    }
}

@Suite struct ChartRedrawTests {
    @Test func redrawingClearsTheOldDots() {
        var g = markedGrid(width: 20, height: 6)
        let rect = Rect(x: 1, y: 1, width: 18, height: 4)
        Chart.draw(into: &g, rect: rect, series: [ChartSeries(values: [0, 9], role: .series1, label: "")],
                   xLabels: [], yFormat: { "\($0)" }, theme: probeTheme, glyphs: .ascii)
        Chart.draw(into: &g, rect: rect, series: [], xLabels: [], yFormat: { "\($0)" }, theme: probeTheme, glyphs: .ascii)
        #expect(!g.text.contains("*"))
        #expect(touchedOutside(g, rect).isEmpty)
        for y in rect.y..<rect.maxY { #expect(!rows(g)[y].dropFirst().prefix(18).contains("x")) }
    }
}

@Suite struct ColumnChartTests {
    let perMinute = ChartSeries(values: [0, 1, 4, 8, 16, 3], role: .series1, label: "")

    @Test func unicodeColumnsInEighths() {
        var g = Grid(width: 12, height: 4)
        Chart.drawColumns(into: &g, rect: g.bounds, series: perMinute, xLabels: ["0", "5"], yFormat: { "\($0)" },
                          theme: probeTheme, glyphs: .unicode)
        // Scale 0-20 over 3 rows of 8 eighths: 1 -> 1, 4 -> 5, 8 -> 10, 16 -> 19, 3 -> 4 eighths.
        #expect(rows(g) == [
            "20┤    ▃",
            "  │   ▂█",
            " 0┤ ▁▅██▄",
            "   0       5",
        ])
        #expect(role(at: 6, 2, in: g) == .series1)
    }

    @Test func asciiColumns() {
        var g = Grid(width: 12, height: 4)
        Chart.drawColumns(into: &g, rect: g.bounds, series: perMinute, xLabels: [], yFormat: { "\($0)" },
                          theme: probeTheme, glyphs: .ascii)
        // One step per row: 16 of 20 reaches 2 of 3 rows; every positive bucket shows.
        #expect(rows(g) == ["20+", "  |    #", " 0+ #####", ""])
    }

    @Test func moreBucketsThanColumnsStayInside() {
        var g = markedGrid(width: 30, height: 8)
        let rect = Rect(x: 2, y: 1, width: 20, height: 5)
        let values = ChartSeries(values: (0..<300).map { Int64($0 % 17) }, role: .series2, label: "sales")
        for glyphs in [Glyphs.unicode, .ascii] {
            Chart.drawColumns(into: &g, rect: rect, series: values, xLabels: ["20:00", "20:59"], yFormat: { "\($0)" },
                              theme: probeTheme, glyphs: glyphs)
            #expect(touchedOutside(g, rect).isEmpty)
        }
    }
}

@Suite struct SalesChartTicksTests {
    @Test func todaysTicksFallOnRoundHours() throws {
        for width in [80, 160] {
            let state = Scene.opened(.en, width: width, height: 48)
            let c = RenderContext(state: state, theme: .fallback)
            let sales = try #require(state.data.sales)
            let slots = SalesChartPanel.elapsed(sales, now: state.now).0.count
            for count in 2...7 {
                let ticks = SalesChartPanel.xTicks(sales, slots: slots, count: count, c)
                #expect(!ticks.isEmpty && ticks.count <= count)
                #expect(ticks.allSatisfy { $0.label.hasSuffix(":00") }, "\(ticks)")
                #expect(ticks.first?.label == "00:00")
            }
        }
    }
}
