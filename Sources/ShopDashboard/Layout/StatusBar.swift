import ShopModel

/// The bottom row: the role (always), then a message, the filter being typed or the pane's keys,
/// and on the right the alert count.
enum StatusBar {
    static func draw(into g: inout Grid, _ c: RenderContext) {
        let y = g.height - 1
        guard y >= 0 else { return }
        // The role leads the bar in its own colours: who is at the keyboard is never in doubt.
        let role = c.state.config.role == .operator ? c.t(.roleOperator) : c.t(.roleSupport)

        var right: [(String, ThemeRole)] = []
        // Numbers older than a minute say so, so a stalled store is noticed.
        let loaded = c.state.data.loadedAt
        if loaded > 0, c.state.now - loaded >= 60 {
            right.append((c.t(.updatedAt, c.t(.minutesAgo, String((c.state.now - loaded) / 60))), .warn))
        }
        if c.state.alerts.unseen > 0 { right.append((c.t(.alertsBadge, String(c.state.alerts.unseen)), .alert)) }

        var left: [(String, ThemeRole)] = [(role, .role)]
        // Whoever shares the screen sees at a glance that it hides what it should.
        if c.state.isPrivate { left.append((c.t(.privateBadge), .warn)) }
        if let input = c.state.filterInput {
            left.append(("/ " + c.t(.filter) + ": " + c.clean(input.text) + c.cursorMark, .accent))
            left.append((c.t(.filterHint), .statusBar))
        } else if let message = c.state.message {
            left.append((c.clean(message.text), message.isError ? .bad : .good))
        } else {
            let room = g.width - segmentsWidth(left) - segmentsWidth(right) - 1
            left += fittingHints(hints(c), help: ("?", c.t(.help)), room: room).map { ($0, .statusBar) }
        }
        StatusLine.draw(into: &g, rect: Rect(x: 0, y: y, width: g.width, height: 1), left: left, right: right,
                        theme: c.theme, glyphs: c.glyphs)
    }

    /// StatusLine pads every segment with a space on each side.
    private static func segmentsWidth(_ segments: [(String, ThemeRole)]) -> Int {
        segments.reduce(0) { $0 + TextWidth.columns($1.0) + 2 }
    }

    /// "key label" hints, dropped from the end when the row is full so "? help" stays visible.
    private static func fittingHints(_ pairs: [(String, String)], help: (String, String), room: Int) -> [String] {
        var shown = pairs.map { $0.0 + " " + $0.1 }
        let last = help.0 + " " + help.1
        func width(_ list: [String]) -> Int { (list + [last]).reduce(0) { $0 + TextWidth.columns($1) + 2 } }
        while !shown.isEmpty && width(shown) > room { shown.removeLast() }
        return shown + [last]
    }

    /// The pane's keys as it stands, from its bindings.
    static func hints(_ c: RenderContext) -> [(String, String)] {
        Panes.hints(c.state).map { ($0.0, c.t($0.1)) }
    }
}
