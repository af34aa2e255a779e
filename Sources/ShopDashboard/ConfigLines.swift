/// Rewrites one top-level `key = "value"` line of a TOML config text and leaves every other line
/// (the operator's comments, keys and tables) as it was, so a choice made in the app can be kept.
public enum ConfigLines {
    /// The comment written above a line the app adds, so the operator knows where it came from.
    public static let note = "# chosen in the dashboard (:theme, :lang); edit or delete as you like"

    public static func setting(_ key: String, to value: String, in text: String) -> String {
        var lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let assignment = key + " = " + quoted(value)
        // Top-level keys must come before the first [table] header, or TOML files them under it.
        let header = lines.firstIndex { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("[") } ?? lines.count
        if let existing = lines[..<header].firstIndex(where: { assigns(key, $0) }) {
            lines[existing] = assignment + (trailingComment(lines[existing]).map { "  " + $0 } ?? "")
            if existing == 0 || lines[existing - 1] != note { lines.insert(note, at: existing) }
        } else {
            var added = [note, assignment]
            if header < lines.count { added.append("") }
            lines.insert(contentsOf: added, at: header)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether `line` sets `key` (`key = ...`, spaces allowed around the name).
    static func assigns(_ key: String, _ line: String) -> Bool {
        let start = line.drop { $0 == " " || $0 == "\t" }
        guard start.hasPrefix(key) else { return false }
        return start.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }.hasPrefix("=")
    }

    /// The `# ...` at the end of a line, outside any quoted string.
    static func trailingComment(_ line: String) -> Substring? {
        var quote: Character?
        var escaped = false
        for index in line.indices {
            let ch = line[index]
            if let open = quote {
                if escaped {
                    escaped = false
                } else if ch == "\\" && open == "\"" {
                    escaped = true  // only basic "..." strings have escapes
                } else if ch == open {
                    quote = nil
                }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "#" {
                return line[index...]
            }
        }
        return nil
    }

    /// A TOML basic string; control characters are dropped, they mean nothing in a name.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
