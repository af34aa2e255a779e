import Foundation
import Testing

/// `auto`, the default theme, follows the terminal's background, and whichever theme it picks
/// paints that background itself.
extension EndToEnd {
    @Suite struct CliThemeTests {
        private func colouredSnapshot(_ store: CliStore, _ environment: [String: String]) throws -> String {
            let result = try store.run(["snapshot", "--color", "--width", "80", "--height", "24"],
                                       environment: ["COLORTERM": "truecolor", "NO_COLOR": ""].merging(environment) { $1 })
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }

        @Test func autoFollowsColorFGBGAndPaintsTheBackground() throws {
            let store = try CliStore(events: CliFixture.events)
            let darkBackground = "48;2;18;18;18", whiteBackground = "48;2;255;255;255"
            let dark = try colouredSnapshot(store, ["COLORFGBG": "15;0"])
            #expect(dark.contains(darkBackground) && !dark.contains(whiteBackground))
            let light = try colouredSnapshot(store, ["COLORFGBG": "0;15"])
            #expect(light.contains(whiteBackground) && !light.contains(darkBackground))
            let unknown = try colouredSnapshot(store, [:])
            #expect(unknown.contains(darkBackground))
            // Asked for by name, a theme is kept whatever the terminal says.
            let named = try store.run(["snapshot", "--color", "--theme", "dark"],
                                      environment: ["COLORTERM": "truecolor", "NO_COLOR": "", "COLORFGBG": "0;15"])
            #expect(named.stdout.contains(darkBackground))
        }

        @Test func withoutColourNothingIsPaintedOrReversed() throws {
            let store = try CliStore(events: CliFixture.events)
            let plain = try colouredSnapshot(store, ["NO_COLOR": "1"])
            #expect(!plain.contains("48;"))
            // Only roles with a background of their own turn reverse (tabs, table headers, the
            // status bar), not the painted background of every line.
            let lines = plain.split(separator: "\n")
            let reversed = lines.filter { $0.contains(";7m") || $0.contains(";7;") }
            #expect(lines.count == 24 && reversed.count < 12, "\(reversed.count) of \(lines.count) lines in reverse video")
        }
    }
}
