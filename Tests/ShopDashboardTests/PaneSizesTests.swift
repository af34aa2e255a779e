import ShopModel
import Testing
@testable import ShopDashboard

@Suite("every pane at every size")
struct PaneSizesTests {
    static let sizes = [(0, 0), (1, 1), (40, 10), (79, 24), (80, 24), (100, 30), (120, 36), (133, 41), (200, 60)]

    @Test(arguments: PaneID.allCases)
    func drawsWithoutTroubleAndKeepsTheRoleInView(_ pane: PaneID) {
        for language in Language.allCases {
            for (w, h) in Self.sizes {
                var state = Scene.pane(pane, language, width: 80, height: 24)
                _ = update(&state, .resize(width: w, height: h))
                for modal in [nil, Modal.help, .palette(LineEdit("ra"))] as [Modal?] {
                    state.modal = modal
                    let grid = Scene.draw(state)
                    #expect(grid.width == w && grid.height == h)
                    guard !state.isTooSmall else { continue }
                    let last = grid.text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
                    #expect(last.contains(language == .en ? "operator" : "运营"), "\(pane) \(w)x\(h) \(language)")
                }
            }
        }
    }

    @Test func everyLineIsExactlyAsWideAsTheScreen() {
        for pane in PaneID.allCases {
            for (w, h) in [(80, 24), (160, 48)] {
                let grid = Scene.draw(Scene.pane(pane, .zh, width: w, height: h))
                for line in grid.text.split(separator: "\n") {
                    #expect(TextWidth.columns(line) == w, "\(pane) \(w)x\(h): \(line)")
                }
            }
        }
    }
}
