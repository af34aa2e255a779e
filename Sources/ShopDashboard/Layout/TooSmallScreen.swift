/// Shown instead of the panes below 80x24: what is needed, what there is, and how to leave.
enum TooSmallScreen {
    static func draw(into g: inout Grid, _ c: RenderContext) {
        guard g.width > 0, g.height > 0 else { return }
        let need = c.t(.tooSmall, String(AppState.minimumWidth), String(AppState.minimumHeight), String(g.width), String(g.height))
        // Wrapped rather than cut: the sizes at the end are the point of the message.
        let first = Wrap.lines(need, columns: g.width)
        let lines = first.map { ($0, ThemeRole.warn) } + Wrap.lines(c.t(.tooSmallHint), columns: g.width).map { ($0, .muted) }
        let top = max(0, (g.height - lines.count) / 2)
        for (i, (text, role)) in lines.prefix(g.height).enumerated() {
            let fitted = c.fit(text, g.width)
            let x = max(0, (g.width - TextWidth.columns(fitted)) / 2)
            g.put(fitted, x: x, y: top + i, style: c.style(role))
        }
    }
}
