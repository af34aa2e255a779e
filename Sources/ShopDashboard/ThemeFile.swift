import Foundation
import TOMLKit

/// Why a theme file was refused, with the place to look.
public struct ThemeError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    /// 1-based; nil when the problem is not on one line (missing file).
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file; self.line = line; self.reason = reason
    }

    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}

/// Theme files: TOML with a [colors] table (role = colour, or role = { fg = ..., bg = ... }) and
/// an optional [attributes] table (role = ["bold", "reverse"]). Colours are "#rrggbb",
/// "color0".."color255", an ANSI name ("red", "bright-red", "grey") or "default".
extension Theme {
    public static func load(named name: String, searchDirs: [String]) throws -> Theme {
        let fm = FileManager.default
        for dir in searchDirs {
            let path = (dir as NSString).appendingPathComponent(name + ".toml")
            if fm.isReadableFile(atPath: path) { return try load(file: path) }
        }
        let looked = searchDirs.isEmpty ? "no theme directories" : searchDirs.joined(separator: ", ")
        throw ThemeError(file: name + ".toml", line: nil, reason: "no such theme (looked in \(looked))")
    }

    /// Theme names (file names without .toml) in the search dirs, each once, sorted.
    public static func available(searchDirs: [String]) -> [String] {
        var names = Set<String>()
        for dir in searchDirs {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for entry in entries where entry.hasSuffix(".toml") && !entry.hasPrefix(".") {
                names.insert(String(entry.dropLast(5)))
            }
        }
        return names.sorted()
    }

    public static func load(file path: String) throws -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, line: nil, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, line: nil, reason: "not UTF-8 text")
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(text, file: path, defaultName: base)
    }

    /// Parses theme text; `file` only names the source in errors.
    public static func parse(_ text: String, file: String, defaultName: String = "custom") throws -> Theme {
        if let line = TOMLHeaderCheck.badHeaderLine(in: text) {
            throw ThemeError(file: file, line: line, reason: "a table header needs a name, as in [colors]")
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, reason: error.description)
        }
        let locate = KeyLocator(text: text)
        var name = defaultName
        var styles: [ThemeRole: Style] = [:]
        var background = TermColor.default
        for (key, value) in root {
            switch key {
            case "name":
                guard let s = value.string else {
                    throw ThemeError(file: file, line: locate.line(of: key, in: nil), reason: "name must be a string")
                }
                name = s
            case "background":
                let line = locate.line(of: key, in: nil)
                guard let s = value.string else {
                    throw ThemeError(file: file, line: line, reason: "background must be a colour string")
                }
                background = try color(s, key: "background", file: file, line: line)
            case "colors", "attributes":
                guard value.table != nil else {
                    throw ThemeError(file: file, line: locate.line(of: key, in: nil), reason: "[\(key)] must be a table")
                }
            default:
                throw ThemeError(file: file, line: locate.line(of: key, in: nil),
                                 reason: "unknown key \"\(key)\" (expected name, background, [colors], [attributes])")
            }
        }
        if let colors = root["colors"]?.table {
            for (key, value) in colors {
                let role = try roleNamed(key, file: file, line: locate.line(of: key, in: "colors"))
                var style = styles[role] ?? Style()
                let line = locate.line(of: key, in: "colors")
                if let s = value.string {
                    style.fg = try color(s, key: "colors.\(key)", file: file, line: line)
                } else if let t = value.table {
                    for (part, v) in t {
                        guard let s = v.string, part == "fg" || part == "bg" else {
                            throw ThemeError(file: file, line: line,
                                             reason: "colors.\(key): expected fg = \"colour\" and bg = \"colour\", got \"\(part)\"")
                        }
                        let c = try color(s, key: "colors.\(key).\(part)", file: file, line: line)
                        if part == "fg" { style.fg = c } else { style.bg = c }
                    }
                } else {
                    throw ThemeError(file: file, line: line, reason: "colors.\(key): expected a colour string or { fg, bg }")
                }
                styles[role] = style
            }
        }
        if let attributes = root["attributes"]?.table {
            for (key, value) in attributes {
                let line = locate.line(of: key, in: "attributes")
                let role = try roleNamed(key, file: file, line: line)
                // Attributes add to the colours the file gave (or the terminal's own colours).
                var style = styles[role] ?? Style()
                guard let list = value.array else {
                    throw ThemeError(file: file, line: line, reason: "attributes.\(key): expected a list like [\"bold\"]")
                }
                for item in list {
                    guard let a = item.string else {
                        throw ThemeError(file: file, line: line, reason: "attributes.\(key): attributes are strings")
                    }
                    switch a.lowercased() {
                    case "bold": style.bold = true
                    case "dim": style.dim = true
                    case "underline": style.underline = true
                    case "reverse": style.reverse = true
                    default:
                        throw ThemeError(file: file, line: line,
                                         reason: "attributes.\(key): unknown attribute \"\(a)\" (bold, dim, underline, reverse)")
                    }
                }
                styles[role] = style
            }
        }
        for role in ThemeRole.allCases where styles[role] == nil {
            styles[role] = Theme.fallback.style(role)
        }
        return Theme(name: name, styles: styles, background: background)
    }

    private static func roleNamed(_ key: String, file: String, line: Int?) throws -> ThemeRole {
        guard let role = ThemeRole(rawValue: key) else {
            throw ThemeError(file: file, line: line, reason: "unknown role \"\(key)\"")
        }
        return role
    }

    /// Parses one colour; `key` names it in the error.
    public static func color(_ text: String, key: String, file: String, line: Int?) throws -> TermColor {
        guard let c = parseColor(text) else {
            throw ThemeError(file: file, line: line,
                             reason: "\(key): bad colour \"\(text)\" (use #rrggbb, color0-255, an ANSI name or default)")
        }
        return c
    }

    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public static func parseColor(_ raw: String) -> TermColor? {
        let s = raw.lowercased().trimmingCharacters(in: .whitespaces)
        if s == "default" { return .default }
        if s.hasPrefix("#") {
            let hex = s.dropFirst()
            guard hex.count == 6, let v = UInt32(hex, radix: 16) else { return nil }
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        if s.hasPrefix("color"), let n = Int(s.dropFirst(5)), (0...255).contains(n) {
            return .indexed(UInt8(n))
        }
        if s == "grey" || s == "gray" { return .ansi(8) }
        if let i = ansiNames.firstIndex(of: s) { return .ansi(UInt8(i)) }
        for prefix in ["bright-", "bright_", "bright"] where s.hasPrefix(prefix) {
            if let i = ansiNames.firstIndex(of: String(s.dropFirst(prefix.count))) { return .ansi(UInt8(i + 8)) }
        }
        return nil
    }
}

/// TOMLKit keeps no positions for values, so keys are found again in the text to name their line.
struct KeyLocator {
    let lines: [Substring]

    init(text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The 1-based line where `key` is assigned inside `[table]` (nil table: the top level).
    func line(of key: String, in table: String?) -> Int? {
        var current: String? = nil
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                current = name.trimmingCharacters(in: .whitespaces)
                if table == nil, current == key { return i + 1 }
                continue
            }
            guard current == table else { continue }
            let lhs = line.prefix(while: { $0 != "=" }).trimmingCharacters(in: .whitespaces)
            let bare = lhs.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if line.contains("="), bare == key { return i + 1 }
        }
        return nil
    }
}
