import ShopDashboard

/// Left-aligned columns measured in terminal cells (wcwidth), so Chinese names line up.
/// Cells are cleaned of control characters before they are measured.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func add(_ row: [String]) { rows.append(row.map { PlainText.clean($0) }) }

    var lines: [String] {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.columns(cell)) }
        }
        return all.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - TextWidth.columns(cell) + 2) }
            }
            return line
        }
    }
}
