/// One JSON value as events need it: integers kept exact, any other number kept as written (so
/// a reason can quote "12.0" as it was), objects as dictionaries (the last of duplicate keys wins).
enum JSONValue: Equatable {
    case string(String)
    case integer(Int64)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])
}

/// A small RFC 8259 parser for one line of input. Foundation's JSONSerialization boxes every
/// value in an NSObject and costs more than storing the event does; this one reads the bytes
/// once, after checking they are UTF-8, and builds Swift values directly.
struct JSONLineParser {
    enum Failure: Error, Equatable {
        case notUTF8
        case invalid
        case tooDeep
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        guard UTF8Check.isValid(bytes) else { throw .notUTF8 }
        var p = JSONLineParser(bytes: bytes)
        p.skipSpace()
        let value = try p.value(depth: 0)
        p.skipSpace()
        guard p.i == bytes.count else { throw .invalid }
        return value
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private static let maxDepth = 32

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard let c = current else { throw .invalid }
        switch c {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw .invalid }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { throw .invalid }
        i += n
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        guard depth <= Self.maxDepth else { throw .tooDeep }
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if current == UInt8(ascii: "}") { i += 1; return .object(fields) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw .invalid }
            let key = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw .invalid }
            i += 1
            skipSpace()
            fields[key] = try value(depth: depth)
            skipSpace()
            switch current {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; return .object(fields)
            default: throw .invalid
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        guard depth <= Self.maxDepth else { throw .tooDeep }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            switch current {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return .array(items)
            default: throw .invalid
            }
        }
    }

    /// A string; the bytes are known to be UTF-8 already, so only escapes need work.
    private mutating func string() throws(Failure) -> String {
        i += 1
        let start = i
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            guard c >= 0x20 else { throw .invalid }
            i += 1
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard let e = current else { throw .invalid }
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
                default: throw .invalid
                }
            default:
                guard c >= 0x20 else { throw .invalid }
                out.append(c)
                i += 1
            }
        }
        throw .invalid
    }

    /// After "\u": four hex digits, and for a high surrogate the "\uXXXX" of its low half.
    private mutating func unicodeEscape() throws(Failure) -> [UInt8] {
        let first = try hex4()
        var scalarValue = first
        if (0xD800...0xDBFF).contains(first) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw .invalid }
            i += 2
            let second = try hex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw .invalid }
            scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw .invalid }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw .invalid }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw .invalid
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?  — an integer when it has neither fraction nor
    /// exponent and fits in Int64.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = i
        var negative = false
        if current == UInt8(ascii: "-") { negative = true; i += 1 }
        guard let first = current, first >= 0x30 && first <= 0x39 else { throw .invalid }
        var magnitude: UInt64 = 0
        var fits = true
        if first == 0x30 {
            i += 1
        } else {
            while let c = current, c >= 0x30 && c <= 0x39 {
                let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(c - 0x30))
                if o1 || o2 { fits = false } else { magnitude = a }
                i += 1
            }
        }
        var integral = true
        if current == UInt8(ascii: ".") {
            integral = false
            i += 1
            guard try digits() > 0 else { throw .invalid }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false
            i += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
            guard try digits() > 0 else { throw .invalid }
        }
        if integral && fits {
            if negative, magnitude <= UInt64(Int64.max) + 1 { return .integer(Int64(truncatingIfNeeded: 0 &- magnitude)) }
            if !negative, magnitude <= UInt64(Int64.max) { return .integer(Int64(magnitude)) }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    private mutating func digits() throws(Failure) -> Int {
        let start = i
        while let c = current, c >= 0x30 && c <= 0x39 { i += 1 }
        return i - start
    }
}

/// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false } // overlong
                if c == 0xED && c1 > 0x9F { return false } // surrogates
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false } // overlong
                if c == 0xF4 && c1 > 0x8F { return false } // above U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
