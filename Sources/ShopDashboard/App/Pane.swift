import ShopModel

/// One pane of the dashboard, declared in one place: its id and word, the data it needs, its keys
/// and how it draws. The key handler, status bar, help, palette, data loader and snapshot read
/// these declarations, so adding a pane is its own file, its strings and a line in `Panes.all`.
protocol Pane {
    static var id: PaneID { get }
    /// Its name in the palette (`:sales`) and in `snapshot --pane`.
    static var word: String { get }
    /// What the runner loads from the store while the pane is on screen.
    static var dataParts: Set<DataPart> { get }
    /// Its keys, in the order the status bar and the help list them.
    static var bindings: [Binding] { get }
    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext)
}

/// A key a pane answers: what it does, how the status bar and the help name it, and who has it.
struct Binding: Sendable {
    /// The keys that run `action`. Empty for a reminder of a key the whole app handles (`/`, `r`)
    /// or for a note in the help.
    var keys: [Key]
    /// How the status bar writes the key ("j/k"); the help writes it as `helpLabel` ("j k").
    var label: String
    var helpLabel: String
    /// The word after the key in the status bar; nil keeps it out of the bar.
    var hint: L10nKey?
    /// The line in the `?` help; nil keeps it out of the help.
    var help: L10nKey?
    var roles: Set<Role>
    /// When the binding holds: a state it needs (the feed paused, the search box focused).
    var when: @Sendable (AppState) -> Bool
    var action: @Sendable (inout AppState, Key) -> [Effect]

    init(_ keys: [Key], _ label: String, help helpLabel: String? = nil, hint: L10nKey? = nil, helpText: L10nKey? = nil,
         roles: Set<Role> = Set(Role.allCases), when: @escaping @Sendable (AppState) -> Bool = { _ in true },
         action: @escaping @Sendable (inout AppState, Key) -> [Effect]) {
        self.keys = keys; self.label = label; self.helpLabel = helpLabel ?? label; self.hint = hint
        self.help = helpText; self.roles = roles; self.when = when; self.action = action
    }

    /// A key the app handles everywhere, named here because it matters on this pane.
    static func reminder(_ label: String, help helpLabel: String? = nil, hint: L10nKey? = nil, helpText: L10nKey? = nil,
                         roles: Set<Role> = Set(Role.allCases),
                         when: @escaping @Sendable (AppState) -> Bool = { _ in true }) -> Binding {
        Binding([], label, help: helpLabel, hint: hint, helpText: helpText, roles: roles, when: when) { _, _ in [] }
    }

    /// A line of the help that is no key ("every change asks first").
    static func note(_ text: L10nKey, roles: Set<Role> = Set(Role.allCases)) -> Binding {
        reminder("", helpText: text, roles: roles)
    }

    func holds(_ state: AppState) -> Bool { roles.contains(state.config.role) && when(state) }

    static let operatorOnly: Set<Role> = [.operator]
    static let supportOnly: Set<Role> = [.support]
}

/// Every pane, in tab order.
enum Panes {
    static var all: [any Pane.Type] {
        [OverviewPane.self, SalesPane.self, FeedPane.self, OrdersPane.self, CouponsPane.self, VisitsPane.self,
         LogisticsPane.self]
    }

    static func of(_ id: PaneID) -> any Pane.Type { all.first { $0.id == id } ?? OverviewPane.self }

    static func named(_ word: String) -> PaneID? { all.first { $0.word == word }?.id }

    /// Runs the first binding of the pane that holds the key; nil when none does.
    static func dispatch(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let now = state
        guard let binding = of(state.pane).bindings.first(where: { $0.keys.contains(key) && $0.holds(now) }) else {
            return nil
        }
        return binding.action(&state, key)
    }

    /// The status bar's (key, word) pairs for the pane as it stands.
    static func hints(_ state: AppState) -> [(String, L10nKey)] {
        of(state.pane).bindings.compactMap { b in
            guard let hint = b.hint, b.holds(state) else { return nil }
            return (b.label, hint)
        }
    }

    /// The help's (key, text) lines for the pane and the user's role, whatever the pane's state.
    static func help(_ state: AppState) -> [(String, L10nKey)] {
        var seen: [(String, L10nKey)] = []
        for b in of(state.pane).bindings where b.roles.contains(state.config.role) {
            guard let text = b.help, !seen.contains(where: { $0 == (b.helpLabel, text) }) else { continue }
            seen.append((b.helpLabel, text))
        }
        return seen
    }
}
