@testable import ShopDashboard

/// Grid rows with trailing spaces removed, for golden comparisons written in the tests.
func rows(_ g: Grid) -> [String] {
    g.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var s = String(line)
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}

/// A grid filled with a marker, so a test can see every cell a widget touched.
func markedGrid(width: Int, height: Int, marker: String = "x") -> Grid {
    Grid(width: width, height: height, fill: Cell(marker))
}

/// Cells outside `rect` that no longer hold the marker.
func touchedOutside(_ g: Grid, _ rect: Rect, marker: String = "x") -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    for y in 0..<g.height {
        for x in 0..<g.width where !rect.contains(x: x, y: y) && g[x, y].text != marker {
            out.append((x, y))
        }
    }
    return out
}

/// A theme whose roles are told apart by plain indexed colours, so tests can read roles back.
let probeTheme: Theme = {
    var styles: [ThemeRole: Style] = [:]
    for (i, role) in ThemeRole.allCases.enumerated() { styles[role] = Style(fg: .indexed(UInt8(16 + i))) }
    return Theme(name: "probe", styles: styles)
}()

func role(at x: Int, _ y: Int, in g: Grid) -> ThemeRole? {
    ThemeRole.allCases.first { probeTheme.style($0) == g[x, y].style }
}
