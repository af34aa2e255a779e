import ArgumentParser
import CursesTerminal
import Foundation
import ShopDashboard
import ShopModel
import ShopStore

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print a pane of the dashboard as plain text (for scripts, mail, dumb terminals).",
        discussion: "Panes: overview, sales, feed, orders, coupons, visits, logistics, or all.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var options: DashboardOptions

    @Option(help: "The pane to print: overview, sales, feed, orders, coupons, visits, logistics or all.")
    var pane = "overview"

    @Option(help: "Columns (default: the terminal's width, or 100 when not writing to a terminal).")
    var width: Int?

    @Option(help: "Rows (default: the terminal's height, or 40 when not writing to a terminal).")
    var height: Int?

    @Flag(help: "Colour the text with the theme (SGR sequences).")
    var color = false

    func validate() throws {
        guard pane == "all" || PaneID(word: pane) != nil else {
            let words = PaneID.allCases.map(\.word).sorted().joined(separator: ", ")
            throw ValidationError("unknown pane '\(pane)'; use one of \(words) or all")
        }
        if let width, width < 20 || width > 1_000 { throw ValidationError("--width must be between 20 and 1000") }
        if let height, height < 5 || height > 1_000 { throw ValidationError("--height must be between 5 and 1000") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try store.settings(adding: options.flags(), environment: environment)
        let shop: ShopStore
        do {
            shop = try StoreAccess.open(path: settings.dbPath, calendar: settings.calendar, forceReadOnly: false)
        } catch let error as StoreError {
            throw CommandFailure.exit(CommandFailure(error))
        }
        let size = TerminalSize.ofStandardOutput()
        let columns = width ?? size?.width ?? 100
        let rows = height ?? size?.height ?? 40
        let glyphs = TerminalProfile.glyphs(codeset: TerminalProfile.adoptUserLocale())
        let (theme, themeProblem) = settings.loadTheme()
        if let themeProblem { FileHandle.standardError.write(Data((themeProblem + "\n").utf8)) }
        let depth: ColorDepth? = color ? SnapshotColor.depth(environment: environment) : nil

        let now = Int64(Date().timeIntervalSince1970)
        let panes = pane == "all" ? PaneID.allCases : PaneID(word: pane).map { [$0] } ?? []
        let feed = try shop.latestFeed(limit: 500)
        var out = ""
        for (index, id) in panes.enumerated() {
            var state = AppState(config: settings.appConfig(glyphs: glyphs), now: now, width: columns, height: rows)
            state.pane = id
            state.themeName = theme.name
            state.isPrivate = settings.privacy
            _ = update(&state, .data(try DataLoader(store: shop).load(state.dataRequest, now: now)))
            _ = update(&state, .feed(feed))
            if index > 0 { out += "\n" }
            out += SGRText.render(render(state, theme: depth.map(theme.adapted(to:)) ?? theme), depth: depth)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// Colours for `snapshot --color`: what the environment says the reader's terminal can show.
enum SnapshotColor {
    static func depth(environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
        let term = environment["TERM"] ?? ""
        if term.contains("256color") { return .indexed256 }
        return .ansi16
    }
}
