/// What a piece of the screen is, so a theme can say how it looks.
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, muted, title, accent, border, header, selection, tabActive, tabInactive, statusBar,
         good, bad, warn, alert, series1, series2, heat0, heat1, heat2, heat3, heat4
    /// The current user role (operator / support), always visible in the status bar.
    case role
}

/// A complete mapping from roles to styles. Roles a theme file leaves out come from `fallback`.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [ThemeRole: Style]
    /// Painted under every role that names no background of its own. Foregrounds chosen for a
    /// dark background are unreadable on a white terminal, so such a theme brings its own.
    public var background: TermColor

    public init(name: String, styles: [ThemeRole: Style], background: TermColor = .default) {
        self.name = name; self.styles = styles; self.background = background
    }

    public func style(_ role: ThemeRole) -> Style {
        var s = ownStyle(role)
        if s.bg == .default { s.bg = background }
        return s
    }

    private func ownStyle(_ role: ThemeRole) -> Style {
        styles[role] ?? Theme.fallback.styles[role] ?? .plain
    }

    /// Every style (fallback roles included) degraded to what the terminal can show. The
    /// background is degraded apart from the roles: without colour it goes, and must not turn
    /// every role reverse the way a role's own background does.
    public func adapted(to depth: ColorDepth) -> Theme {
        var adapted: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases { adapted[role] = ColorDegrade.adapt(ownStyle(role), to: depth) }
        return Theme(name: name, styles: adapted, background: ColorDegrade.adapt(background, to: depth))
    }

    /// Built in and made of the 16 ANSI colours only, so it works on any colour terminal and
    /// whenever a theme file cannot be read.
    public static let fallback = Theme(name: "fallback", styles: [
        .text: Style(),
        .muted: Style(fg: .ansi(8)),
        .title: Style(bold: true),
        .accent: Style(fg: .ansi(6), bold: true),
        .border: Style(fg: .ansi(8)),
        .header: Style(fg: .ansi(6), bold: true),
        .selection: Style(fg: .ansi(0), bg: .ansi(6)),
        .tabActive: Style(fg: .ansi(0), bg: .ansi(6), bold: true),
        .tabInactive: Style(fg: .ansi(7)),
        .statusBar: Style(fg: .ansi(15), bg: .ansi(8)),
        .good: Style(fg: .ansi(2)),
        .bad: Style(fg: .ansi(1)),
        .warn: Style(fg: .ansi(3)),
        .alert: Style(fg: .ansi(15), bg: .ansi(1), bold: true),
        .series1: Style(fg: .ansi(6)),
        .series2: Style(fg: .ansi(8)),
        .heat0: Style(fg: .ansi(7)),
        .heat1: Style(fg: .ansi(0), bg: .ansi(4)),
        .heat2: Style(fg: .ansi(0), bg: .ansi(6)),
        .heat3: Style(fg: .ansi(0), bg: .ansi(2)),
        .heat4: Style(fg: .ansi(0), bg: .ansi(10), bold: true),
        .role: Style(fg: .ansi(0), bg: .ansi(3), bold: true),
    ])
}
