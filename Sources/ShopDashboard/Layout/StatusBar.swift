import ShopModel

/// The bottom row: the role (always), then a message, the filter being typed or the pane's keys,
/// and on the right the alert count.
enum StatusBar {
    static func draw(into g: inout Grid, _ c: RenderContext) {
        let y = g.height - 1
        guard y >= 0 else { return }
        let bar = c.style(.statusBar)
        g.fill(x: 0, y: y, width: g.width, height: 1, with: Cell(" ", style: bar))
        // Upper case in English so the role reads as a badge; Chinese has no case.
        let roleName = c.state.config.role == .operator ? c.t(.roleOperator) : c.t(.roleSupport)
        let role = " " + (c.language == .en ? roleName.uppercased() : roleName) + " "
        var x = g.put(role, x: 0, y: y, style: c.style(.role))
        x += 1

        var rightText = ""
        if c.state.alerts.unseen > 0 { rightText = " " + c.t(.alertsBadge, String(c.state.alerts.unseen)) + " " }
        var rightWidth = TextWidth.columns(rightText)
        if rightWidth > 0, g.width - rightWidth > x { g.put(rightText, x: g.width - rightWidth, y: y, style: c.style(.alert)) }
        // Numbers older than a minute say so, so a stalled store is noticed.
        let loaded = c.state.data.loadedAt
        if loaded > 0, c.state.now - loaded >= 60 {
            let note = " " + c.t(.updatedAt, c.t(.minutesAgo, String((c.state.now - loaded) / 60))) + " "
            let noteX = g.width - rightWidth - TextWidth.columns(note)
            if noteX > x + 20 {
                g.put(note, x: noteX, y: y, style: c.style(.warn))
                rightWidth += TextWidth.columns(note)
            }
        }
        let limit = g.width - rightWidth

        if let input = c.state.filterInput {
            x = g.put("/ " + c.t(.filter) + ": ", x: x, y: y, style: c.style(.accent), maxX: limit)
            x = g.put(c.clean(input.text), x: x, y: y, style: bar, maxX: limit)
            x = g.put(c.cursorMark, x: x, y: y, style: bar, maxX: limit)
            g.put("  " + c.t(.filterHint), x: x, y: y, style: bar, maxX: limit)
        } else if let message = c.state.message {
            g.put(c.fit(c.clean(message.text), max(0, limit - x)), x: x, y: y,
                  style: message.isError ? c.style(.bad) : c.style(.good), maxX: limit)
        } else {
            drawHints(into: &g, hints(c), x: x, y: y, limit: limit, c)
        }
    }

    /// "key label" pairs, dropped from the end when the row is full so "? help" stays visible.
    private static func drawHints(into g: inout Grid, _ pairs: [(String, String)], x: Int, y: Int, limit: Int, _ c: RenderContext) {
        let help = ("?", c.t(.help))
        var shown = pairs
        func width(_ list: [(String, String)]) -> Int {
            (list + [help]).reduce(0) { $0 + TextWidth.columns($1.0) + TextWidth.columns($1.1) + 3 }
        }
        while !shown.isEmpty && x + width(shown) > limit { shown.removeLast() }
        var col = x
        for (key, label) in shown + [help] {
            col = g.put(key, x: col, y: y, style: c.style(.accent), maxX: limit)
            col = g.put(" " + label + "  ", x: col, y: y, style: c.style(.statusBar), maxX: limit)
        }
    }

    static func hints(_ c: RenderContext) -> [(String, String)] {
        let s = c.state
        switch s.pane {
        case .overview:
            var list = [("1-7", c.t(.panes)), ("j/k enter", c.t(.open)), (":", c.t(.commands))]
            if s.alerts.unseen > 0 { list.insert(("a", c.t(.acknowledge)), at: 0) }
            return list
        case .sales:
            return [("m", c.t(.keyWordMetric)), ("[ ]", c.t(.keyWordRange)), ("j/k", c.t(.keyWordSession)), ("/", c.t(.keyWordFilter))]
        case .feed:
            return [("space", s.feed.isPaused ? c.t(.resume) : c.t(.pause)), ("enter", c.t(.open)),
                    ("/", c.t(.keyWordFilter)), ("j/k", c.t(.move))]
        case .orders:
            switch s.orders.focus {
            case .search: return [("enter", c.t(.keyWordSearch)), ("esc", c.t(.back))]
            case .results: return [("enter", c.t(.open)), ("/", c.t(.keyWordSearch)), ("j/k", c.t(.move))]
            case .detail:
                var list = [("esc", c.t(.back)), ("j/k", c.t(.scroll))]
                if c.canChange { list.insert(("v", c.t(.reveal)), at: 0) }
                return list
            }
        case .coupons:
            guard c.canChange else { return [("j/k", c.t(.move)), ("/", c.t(.keyWordFilter))] }
            return [("p", c.t(.pause)), ("u", c.t(.resume)), ("x", c.t(.stop)), ("c", c.t(.keyWordQuota)),
                    ("e", c.t(.endTime)), ("n", c.t(.newBatch))]
        case .visits:
            return [("j/k", c.t(.cohort)), ("r", c.t(.refresh))]
        case .logistics:
            return [("h/l", c.t(.switchList)), ("enter", c.t(.open)), ("/", c.t(.keyWordFilter))]
        }
    }
}
