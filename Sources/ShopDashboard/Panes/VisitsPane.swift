import ShopModel

/// Pane 6: who came, how long they stayed, where from, how far they got, and who came back.
enum VisitsPane: Pane {
    static let id = PaneID.visits
    static let word = "visits"
    static let dataParts: Set<DataPart> = [.visits, .funnel, .retention, .recentRefunds]

    static var bindings: [Binding] {
        [Binding(movementKeys, "j/k", help: "j k", hint: .cohort, helpText: .helpCohort, action: moveCohort),
         .reminder("r", hint: .refresh)]
    }

    @Sendable static func moveCohort(_ state: inout AppState, _ key: Key) -> [Effect] {
        let count = state.data.retention.count
        if let moved = moveCursor(state.cohortCursor, key: key, count: count, visible: cohortRows(state)) {
            state.cohortCursor = moved
        }
        return []
    }

    static func isWide(_ state: AppState) -> Bool { state.width >= 120 && state.height >= 36 }

    /// (summary, funnel, channels, cohorts)
    static func layout(_ body: Rect, wide: Bool) -> (Rect, Rect, Rect, Rect) {
        let (summary, rest) = body.splitRows(4)
        let (middle, cohorts) = rest.splitRows(wide ? 14 : 7)
        let (funnel, channels) = middle.splitColumns(middle.width / 2)
        return (summary, funnel, channels, cohorts)
    }

    static func cohortRows(_ state: AppState) -> Int {
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        return max(1, layout(body, wide: isWide(state)).3.height - 3)
    }

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let (summary, funnel, channels, cohorts) = layout(body, wide: c.isWide)
        drawSummary(into: &g, summary, c)
        drawFunnel(into: &g, funnel, c)
        drawChannels(into: &g, channels, c)
        drawCohorts(into: &g, cohorts, c)
    }

    private static func drawSummary(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.visitsToday), theme: c.theme, glyphs: c.glyphs)
        guard let v = c.state.data.visits else {
            g.line(c.t(.loading), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let perCapita = v.visitsPerCapita.map { String(format: "%.2f", $0) } ?? c.glyphs.dash
        let stay = v.staySecondsPerCapita.map(Format.duration) ?? c.glyphs.dash
        var parts: [(String, String)] = [(c.t(.uv), Format.count(v.uv)), (c.t(.pv), Format.count(v.pv)),
                                         (c.t(.visits), Format.count(v.visits)),
                                         (c.t(.visitsPerUV), perCapita), (c.t(.stayPerUV), stay)]
        // The visit count goes first when the line is too narrow for all five.
        let needed = parts.reduce(0) { $0 + TextWidth.columns($1.0) + TextWidth.columns($1.1) + 4 }
        if needed > inner.width - 1 { parts.remove(at: 2) }
        var x = inner.x + 1
        for (label, value) in parts {
            x = g.put(label + " ", x: x, y: inner.y, style: c.style(.muted), maxX: inner.maxX)
            x = g.put(value + "   ", x: x, y: inner.y, style: c.style(.title), maxX: inner.maxX)
        }
        if c.isWide, !v.hourlyUV.isEmpty, inner.maxX - x > 12 {
            let spark = KPICard.hoursSoFar(v.hourlyUV.map(Int64.init), c)
            g.put(Sparkline.render(spark, width: min(24, inner.maxX - x - 1), glyphs: c.glyphs), x: x, y: inner.y,
                  style: c.style(.series1))
        }
        guard inner.height >= 2 else { return }
        // New against returning as one split bar.
        let share = v.uv == 0 ? nil : Double(v.newVisitors) / Double(v.uv)
        let left = c.t(.newVisitors) + " " + Format.count(v.newVisitors) + " " + Format.percent(share, glyphs: c.glyphs) + "  "
        let right = "  " + c.t(.returningVisitors) + " " + Format.count(v.returningVisitors) + " "
            + Format.percent(share.map { 1 - $0 }, glyphs: c.glyphs)
        let barWidth = max(0, min(40, inner.width - 2 - TextWidth.columns(left) - TextWidth.columns(right)))
        let newCells = share.map { Int(($0 * Double(barWidth)).rounded()) } ?? 0
        x = g.put(left, x: inner.x + 1, y: inner.y + 1, style: c.style(.text), maxX: inner.maxX)
        x = g.put(String(repeating: c.glyphs.barFull, count: newCells), x: x, y: inner.y + 1, style: c.style(.series1),
                  maxX: inner.maxX)
        let rest = c.glyphs.isUnicode ? "░" : "."
        x = g.put(String(repeating: rest, count: barWidth - newCells), x: x, y: inner.y + 1, style: c.style(.series2),
                  maxX: inner.maxX)
        g.put(right, x: x, y: inner.y + 1, style: c.style(.text), maxX: inner.maxX)
    }

    private static func drawFunnel(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.funnel), theme: c.theme, glyphs: c.glyphs)
        guard let f = c.state.data.funnel else {
            g.line(c.t(.loading), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let steps = [(c.t(.funnelVisit), f.visitors), (c.t(.funnelCart), f.carted), (c.t(.funnelOrder), f.ordered),
                     (c.t(.funnelPay), f.paid)]
        let items = steps.enumerated().map { i, step in
            // Each step shows its share of the step before: where people drop off.
            let before = i == 0 ? step.1 : steps[i - 1].1
            let rate = before == 0 ? nil : Double(step.1) / Double(before)
            return LabeledBar(label: step.0, value: Int64(step.1),
                              figures: [Format.count(step.1), i == 0 ? "" : Format.percent(rate, glyphs: c.glyphs)],
                              role: i == 3 ? .good : .series1)
        }
        let spaced = c.isWide && inner.height >= 8
        LabeledBars.draw(into: &g, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), items, c,
                         rowStep: spaced ? 2 : 1)
        if spaced, f.visitors > 0 {
            let overall = Double(f.paid) / Double(f.visitors)
            g.line(c.t(.conversion) + " " + Format.percent(overall, glyphs: c.glyphs),
                   in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), row: inner.height - 1,
                   style: c.style(.accent))
        }
    }

    private static func drawChannels(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.visitsByChannel), theme: c.theme, glyphs: c.glyphs)
        guard let v = c.state.data.visits else {
            g.line(c.t(.loading), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let needle = c.state.filter.lowercased()
        let slices = v.channels
            .filter { needle.isEmpty || c.channel($0.channel).lowercased().contains(needle) }
            .sorted { ($0.visitors, $0.channel.rawValue) > ($1.visitors, $1.channel.rawValue) }
        let total = slices.reduce(0) { $0 + $1.visitors }
        let items = slices.map { s in
            LabeledBar(label: c.isWide ? c.channel(s.channel) : c.strings.channel(s.channel, short: true),
                       value: Int64(s.visitors),
                       figures: [Format.count(s.visitors),
                                 Format.percent(total == 0 ? nil : Double(s.visitors) / Double(total), glyphs: c.glyphs)],
                       role: .series2)
        }
        LabeledBars.draw(into: &g, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), items, c)
    }

    private static func drawCohorts(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.cohorts), theme: c.theme, glyphs: c.glyphs)
        let cohorts = c.state.data.retention.sorted { $0.day > $1.day }
        guard !cohorts.isEmpty else {
            g.line(c.state.data.parts.contains(.retention) ? c.t(.noData) : c.t(.loading), in: inner, row: 0,
                   style: c.style(.muted))
            return
        }
        let offsets = RetentionCohort.offsets
        let dayWidth = max(5, TextWidth.columns(c.t(.cohortDay))), sizeWidth = 7
        let cellWidth = max(5, min(9, (inner.width - 2 - dayWidth - sizeWidth - 2) / offsets.count))
        var x = inner.x + 1
        let header = c.style(.header)
        g.put(Sanitizer.pad(c.t(.cohortDay), columns: dayWidth, glyphs: c.glyphs), x: x, y: inner.y, style: header)
        x += dayWidth + 1
        g.put(Sanitizer.pad(c.t(.cohortSize), columns: sizeWidth, align: .right, glyphs: c.glyphs), x: x, y: inner.y, style: header)
        x += sizeWidth + 1
        for offset in offsets {
            g.put(Sanitizer.pad(c.t(.cohortOffset, String(offset)), columns: cellWidth - 1, align: .right, glyphs: c.glyphs),
                  x: x, y: inner.y, style: header)
            x += cellWidth
        }
        let visible = inner.height - 1
        let cursor = c.state.cohortCursor
        let first = cursor.firstRow(visible: visible, count: cohorts.count)
        for (row, cohort) in cohorts.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + 1 + row
            let selected = first + row == cursor.selected
            let base = c.style(selected ? .selection : .text)
            if selected { g.fill(x: inner.x, y: y, width: inner.width, height: 1, with: Cell(" ", style: base)) }
            x = inner.x + 1
            g.put(String(c.calendar.dayLabel(cohort.day).dropFirst(5)), x: x, y: y, style: base)
            x += dayWidth + 1
            g.put(Sanitizer.pad(Format.count(cohort.size), columns: sizeWidth, align: .right, glyphs: c.glyphs), x: x, y: y, style: base)
            x += sizeWidth + 1
            for i in offsets.indices {
                let rate = cohort.rate(at: i)
                let text = rate.map { percentShort($0) } ?? ""
                var style = c.style(Heat.role(for: rate))
                if rate == nil { style = base }
                g.put(Sanitizer.pad(text, columns: cellWidth - 1, align: .right, glyphs: c.glyphs), x: x, y: y, style: style)
                x += cellWidth
            }
        }
        if cohorts.count > visible {
            g.put((first > 0 ? c.glyphs.up : " ") + (first + visible < cohorts.count ? c.glyphs.down : " "),
                  x: inner.maxX - 2, y: inner.y, style: c.style(.muted))
        }
    }

    /// "12.3%" where there is room; cohort cells are narrow, so whole percents from 10% up.
    static func percentShort(_ r: Double) -> String {
        let p = r * 100
        return p >= 10 ? "\(Int(p.rounded()))%" : String(format: "%.1f%%", p)
    }
}
