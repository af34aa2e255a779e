import Foundation
import ShopModel
import Testing
@testable import ShopDashboard

/// Golden frames: the text of a rendered grid, compared with Golden/<name>.txt next to this file.
/// SHOPDASH_RECORD_GOLDEN=1 rewrites the files instead of comparing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["SHOPDASH_RECORD_GOLDEN"] == "1" }

    static func check(_ name: String, _ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        let text = grid.text + "\n"
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(url.path); run with SHOPDASH_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let want = first < a.count ? String(a[first]) : "<none>"
            let got = first < b.count ? String(b[first]) : "<none>"
            Issue.record("\(name): frame differs from line \(first + 1)\n want: \(want)\n  got: \(got)",
                         sourceLocation: sourceLocation)
        }
    }
}

/// States built the way the runner builds them: data, the feed's history, then news.
enum Scene {
    static func config(_ language: Language, role: Role = .operator, glyphs: Glyphs = .unicode) -> AppConfig {
        AppConfig(role: role, language: language, glyphs: glyphs, alertMode: .flash, bigOrder: Money(yuan: "2000")!,
                  refundBurst: 3, overdueHours: 48, feedCapacity: 500, calendar: Fixture.calendar)
    }

    static func opened(_ language: Language = .en, width: Int = 80, height: Int = 24, role: Role = .operator,
                       glyphs: Glyphs = .unicode, data: DashboardData = Fixture.data,
                       news: [FeedRow] = Fixture.feedNews) -> AppState {
        var state = AppState(config: config(language, role: role, glyphs: glyphs), now: Fixture.now, width: width, height: height)
        _ = update(&state, .data(data))
        _ = update(&state, .feed(Fixture.feedHistory))
        _ = update(&state, .feed(news))
        return state
    }

    @discardableResult
    static func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for ch in text { _ = update(&state, .key(.char(ch))) }
    }

    /// A pane as its golden frame shows it.
    static func pane(_ pane: PaneID, _ language: Language, width: Int, height: Int, data: DashboardData = Fixture.data,
                     news: [FeedRow] = Fixture.feedNews) -> AppState {
        var state = opened(language, width: width, height: height, data: data, news: news)
        press(&state, .char(Character(String(pane.rawValue))))
        switch pane {
        case .sales:
            press(&state, .char("j"))
        case .feed:
            press(&state, .char("j"), .char("j"))
        case .orders:
            press(&state, .char("/"))
            type(&state, "5678")
            press(&state, .enter)
            _ = update(&state, .searchResults(query: "5678", OrderMatches(orders: Fixture.searchResults, total: 0)))
            press(&state, .enter)
            _ = update(&state, .orderDetail(Fixture.orderDetail))
        case .coupons:
            press(&state, .char("j"))
        case .visits, .logistics, .overview:
            break
        }
        return state
    }

    static func draw(_ state: AppState) -> Grid { render(state, theme: .fallback) }
}
