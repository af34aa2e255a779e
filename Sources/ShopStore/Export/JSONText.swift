import Foundation
import ShopModel

/// JSON text, written by hand so that key order is stable and nothing from the data can reach a
/// terminal raw: besides what JSON requires, whatever the one escaping rule (TextEscape) calls
/// unsafe (DEL, C1 and bidi controls, invisible characters, line and paragraph separators) is
/// written as \u escapes too. JSON keeps the value exact, so long runs of combining marks stay.
public enum JSONText {
    /// A quoted JSON string.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar) {
                    out += escaped(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// What the program's one escaping rule (TextEscape) calls unsafe; JSON writes it as \u escapes.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool { TextEscape.isUnsafe(s) }

    /// One scalar as JSON's \u escape: beyond the BMP (tag characters, musical formatting) as a
    /// surrogate pair, since JSON has no longer form.
    private static func escaped(_ v: UInt32) -> String {
        guard v > 0xFFFF else { return "\\u" + hex4(v) }
        let u = v - 0x10000
        return "\\u" + hex4(0xD800 + (u >> 10)) + "\\u" + hex4(0xDC00 + (u & 0x3FF))
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }
}

/// A JSON value whose objects keep their keys in the order written.
public indirect enum JSONOut: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case number(Double)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    public static func == (a: JSONOut, b: JSONOut) -> Bool { a.compact == b.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    public static func int(_ n: Int) -> JSONOut { .int(Int64(n)) }
    public static func optional(_ s: String?) -> JSONOut { s.map(JSONOut.string) ?? .null }
    public static func optional(_ n: Int64?) -> JSONOut { n.map(JSONOut.int) ?? .null }

    /// One line, no spaces: for JSON Lines.
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Two-space indented, for people and scripts alike.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .number(let d): out += Self.format(d)
        case .string(let s): out += JSONText.quoted(s)
        case .array(let items):
            writeContainer(into: &out, open: "[", close: "]", count: items.count, indent: indent, level: level) { i, out in
                items[i].write(into: &out, indent: indent, level: level + 1)
            }
        case .object(let pairs):
            writeContainer(into: &out, open: "{", close: "}", count: pairs.count, indent: indent, level: level) { i, out in
                out += JSONText.quoted(pairs[i].0) + (indent == nil ? ":" : ": ")
                pairs[i].1.write(into: &out, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer(into out: inout String, open: String, close: String, count: Int, indent: String?,
                                level: Int, item: (Int, inout String) -> Void) {
        out += open
        guard count > 0 else { out += close; return }
        for i in 0..<count {
            if i > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
            item(i, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    /// Finite numbers with up to 4 decimals, without exponent; JSON has no NaN or infinity.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var s = String(format: "%.4f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
