/// Shown instead of the panes below 80x24: what is needed, what there is, and how to leave.
enum TooSmallScreen {
    static func draw(into g: inout Grid, _ c: RenderContext) {
        let lines = [
            c.t(.tooSmall, String(AppState.minimumWidth), String(AppState.minimumHeight), String(g.width), String(g.height)),
            c.t(.tooSmallHint),
        ]
        let top = max(0, (g.height - lines.count) / 2)
        for (i, text) in lines.enumerated() {
            let fitted = c.fit(text, g.width)
            let x = max(0, (g.width - TextWidth.columns(fitted)) / 2)
            g.put(fitted, x: x, y: top + i, style: i == 0 ? c.style(.warn) : c.style(.muted))
        }
    }
}
