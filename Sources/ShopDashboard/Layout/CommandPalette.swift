import ShopModel

/// The `:` palette: go to a pane, find an order, set the sales range, the theme or the language.
enum CommandPalette {
    struct Suggestion: Equatable {
        /// What Tab puts in the field.
        var completion: String
        var help: String
    }

    static func suggestions(for text: String, _ state: AppState) -> [Suggestion] {
        let lang = state.config.language
        let kit = Strings(lang)
        func tr(_ k: L10nKey) -> String { kit[k] }
        var all: [Suggestion] = PaneID.allCases.map {
            Suggestion(completion: paneWord($0), help: "\($0.rawValue) " + kit.paneTitle($0))
        }
        all += [
            Suggestion(completion: "find ", help: tr(.cmdFind)),
            Suggestion(completion: "range live60", help: tr(.cmdRange) + " " + kit.range(.live60)),
            Suggestion(completion: "range today", help: tr(.cmdRange) + " " + kit.range(.today)),
            Suggestion(completion: "range 7d", help: tr(.cmdRange) + " " + kit.range(.days7)),
            Suggestion(completion: "range 30d", help: tr(.cmdRange) + " " + kit.range(.days30)),
            Suggestion(completion: "theme ", help: kit.format(.cmdTheme, "dark, light, high-contrast, monochrome")),
            Suggestion(completion: "lang en", help: kit.format(.cmdLanguage, "English")),
            Suggestion(completion: "lang zh", help: kit.format(.cmdLanguage, "中文")),
            Suggestion(completion: "refresh", help: tr(.refresh)),
            Suggestion(completion: "help", help: tr(.help)),
            Suggestion(completion: "quit", help: tr(.quit)),
        ]
        let needle = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return all }
        return all.filter { item in
            item.completion.hasPrefix(needle) || (item.completion.hasSuffix(" ") && needle.hasPrefix(item.completion))
        }
    }

    static func paneWord(_ pane: PaneID) -> String { Panes.of(pane).word }

    /// Runs a command line; unknown commands say so in the status bar.
    static func run(_ line: String, _ state: inout AppState) -> [Effect] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let head = words.first?.lowercased() else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        if let n = Int(head), let pane = PaneID(rawValue: n), words.count == 1 { return goToPane(&state, pane) }
        if let pane = PaneID.allCases.first(where: {
            paneWord($0).hasPrefix(head) && head.count >= 2
                || Strings(.zh).paneTitle($0) == head
        }), words.count == 1 {
            return goToPane(&state, pane)
        }
        switch head {
        case "find", "f", "order", "search", "查":
            guard !rest.isEmpty else { say(&state, .cmdNeedsArgument, isError: true, head); return [] }
            var effects = switchPane(&state, to: .orders)
            effects += OrdersPane.submit(rest, &state)
            return effects
        case "range", "r":
            guard let range = parseRange(rest) else { say(&state, .cmdBadRange, isError: true, rest); return [] }
            state.salesRange = range
            var effects = switchPane(&state, to: .sales)
            if effects.isEmpty { effects = [.load(state.dataRequest)] }
            return effects
        case "theme":
            guard !rest.isEmpty else { say(&state, .cmdNeedsArgument, isError: true, head); return [] }
            state.themeName = rest
            return [.setTheme(rest), .redrawAll]
        case "lang", "language":
            guard let lang = Language(rawValue: rest.lowercased()) else {
                say(&state, .cmdNeedsArgument, isError: true, "lang en|zh"); return []
            }
            state.config.language = lang
            return [.rememberLanguage(lang), .redrawAll]
        case "refresh": return [.load(state.dataRequest)]
        case "help": state.modal = .help; return []
        case "quit", "q", "exit": return [.quit]
        default:
            say(&state, .cmdUnknown, isError: true, line)
            return []
        }
    }

    static func parseRange(_ text: String) -> SalesRange? {
        switch text.lowercased() {
        case "live", "live60", "60", "60m", "1h", "实时": .live60
        case "today", "day", "今天", "今日": .today
        case "7d", "7", "days7", "week", "7天": .days7
        case "30d", "30", "days30", "month", "30天": .days30
        default: nil
        }
    }

    static func draw(into g: inout Grid, input: LineEdit, _ c: RenderContext) {
        let width = min(64, g.width - 4)
        let items = suggestions(for: input.text, c.state)
        let listRows = min(items.count, max(0, min(10, g.height - 8)))
        let rect = Rect(x: (g.width - width) / 2, y: max(1, g.height / 6), width: width, height: listRows + 4)
        g.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: Cell(" ", style: c.style(.text)))
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.paletteTitle), theme: c.theme, glyphs: c.glyphs, focused: true)
        var x = g.put(": ", x: inner.x, y: inner.y, style: c.style(.accent), maxX: inner.maxX)
        x = g.put(c.clean(input.text), x: x, y: inner.y, style: c.style(.text), maxX: inner.maxX)
        g.put(c.cursorMark, x: x, y: inner.y, style: c.style(.accent), maxX: inner.maxX)
        g.fill(x: inner.x, y: inner.y + 1, width: inner.width, height: 1,
               with: Cell(c.glyphs.horizontal, style: c.style(.border)))
        let keyWidth = 16
        for (i, item) in items.prefix(listRows).enumerated() {
            let y = inner.y + 2 + i
            let role: ThemeRole = i == 0 ? .selection : .text
            if i == 0 { g.fill(x: inner.x, y: y, width: inner.width, height: 1, with: Cell(" ", style: c.style(.selection))) }
            g.put(item.completion, x: inner.x + 1, y: y, style: c.style(i == 0 ? .selection : .accent), maxX: inner.x + keyWidth)
            g.put(c.fit(item.help, max(0, inner.width - keyWidth - 1)), x: inner.x + keyWidth + 1, y: y, style: c.style(role), maxX: inner.maxX)
        }
    }
}
