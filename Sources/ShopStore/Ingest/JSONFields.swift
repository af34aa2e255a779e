import ShopModel

/// Reads typed fields out of one decoded JSON object and turns every problem into a reason that
/// names the field. `path` prefixes reasons for nested objects ("items[2].qty").
struct JSONFields {
    let object: [String: JSONValue]
    var path = ""

    private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// JSON null counts as absent.
    private func value(_ key: String) -> JSONValue? {
        guard let v = object[key], v != .null else { return nil }
        return v
    }

    func missing(_ key: String) -> EventDecodeError { EventDecodeError("missing field \(name(key))") }

    func optionalString(_ key: String) throws(EventDecodeError) -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else { throw EventDecodeError("\(name(key)) must be a string, not \(Self.show(v))") }
        // SQLite and C strings end at a NUL: "a\u0000b" would be stored as "a" and merge with it.
        guard !s.utf8.contains(0) else { throw EventDecodeError("\(name(key)) contains a NUL character (\\u0000)") }
        return s
    }

    /// Required strings must also be non-empty: an empty key would collide with every other empty key.
    func string(_ key: String) throws(EventDecodeError) -> String {
        guard let s = try optionalString(key) else { throw missing(key) }
        guard !s.isEmpty else { throw EventDecodeError("empty \(name(key))") }
        return s
    }

    /// An integer within `range` (the bounds of `InputBounds` for quantities and counts).
    func optionalInt(_ key: String, in range: ClosedRange<Int64>) throws(EventDecodeError) -> Int? {
        guard let v = value(key) else { return nil }
        guard let n = Self.integer(v), let i = Int(exactly: n) else {
            throw EventDecodeError("bad number \(Self.show(v)) in \(name(key)) (must be an integer)")
        }
        guard range.contains(n) else {
            let why = n < range.lowerBound ? "must be at least \(range.lowerBound)" : "must be at most \(range.upperBound)"
            throw EventDecodeError("bad number \(i) in \(name(key)) (\(why))")
        }
        return i
    }

    func int(_ key: String, in range: ClosedRange<Int64>) throws(EventDecodeError) -> Int {
        guard let i = try optionalInt(key, in: range) else { throw missing(key) }
        return i
    }

    /// Money is integer fen, never negative: "12.5" or 12.5 is refused, not rounded.
    func optionalMoney(_ key: String) throws(EventDecodeError) -> Money? {
        guard let v = value(key) else { return nil }
        guard let fen = Self.integer(v) else {
            throw EventDecodeError("bad money \(Self.show(v)) in \(name(key)) (fen must be an integer)")
        }
        guard fen >= 0 else { throw EventDecodeError("bad money \(fen) in \(name(key)) (must not be negative)") }
        if let why = InputBounds.moneyProblem(fen) { throw EventDecodeError("bad money \(fen) in \(name(key)) (\(why))") }
        return Money(fen: fen)
    }

    func money(_ key: String) throws(EventDecodeError) -> Money {
        guard let m = try optionalMoney(key) else { throw missing(key) }
        return m
    }

    /// RFC 3339 text or integer Unix seconds, within `InputBounds.time`.
    func optionalTime(_ key: String) throws(EventDecodeError) -> Int64? {
        guard let v = value(key) else { return nil }
        let t = try unboundedTime(v, key)
        if let why = InputBounds.timeProblem(t) { throw EventDecodeError("bad time \(Self.show(v)) in \(name(key)) (\(why))") }
        return t
    }

    private func unboundedTime(_ v: JSONValue, _ key: String) throws(EventDecodeError) -> Int64 {
        if case .string(let s) = v {
            if let seconds = Int64(s) { return seconds }
            do { return try RFC3339.parse(s) } catch {
                let why = switch error {
                case .noOffset: "RFC 3339 needs a zone offset such as +08:00 or Z"
                case .outOfRange: "no such date or time"
                case .malformed: "expected RFC 3339 like 2026-11-25T10:00:00+08:00, or Unix seconds"
                }
                throw EventDecodeError("bad time \(Self.show(v)) in \(name(key)) (\(why))")
            }
        }
        guard let t = Self.integer(v) else {
            throw EventDecodeError("bad time \(Self.show(v)) in \(name(key)) (Unix seconds must be an integer)")
        }
        return t
    }

    func time(_ key: String) throws(EventDecodeError) -> Int64 {
        guard let t = try optionalTime(key) else { throw missing(key) }
        return t
    }

    func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, label: String) throws(EventDecodeError) -> E?
    where E.RawValue == String {
        guard let raw = try optionalString(key) else { return nil }
        guard let e = E(rawValue: raw) else {
            let choices = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw EventDecodeError("bad \(label) \(Self.show(.string(raw))) in \(name(key)) (one of \(choices))")
        }
        return e
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, label: String) throws(EventDecodeError) -> E
    where E.RawValue == String {
        guard let e = try optionalEnum(key, type, label: label) else { throw missing(key) }
        return e
    }

    func optionalArray(_ key: String) throws(EventDecodeError) -> [JSONValue]? {
        guard let v = value(key) else { return nil }
        guard case .array(let a) = v else { throw EventDecodeError("\(name(key)) must be an array, not \(Self.show(v))") }
        return a
    }

    /// A JSON integer, or a string of one, as Int64. Numbers written with a fraction or exponent
    /// (12.0 included) are not integers here, so that a yuan amount cannot pass for fen.
    static func integer(_ v: JSONValue) -> Int64? {
        switch v {
        case .integer(let i): i
        case .string(let s): Int64(s)
        default: nil
        }
    }

    /// How a value looked in the input, for reasons: strings quoted, numbers as written.
    static func show(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .integer(let i): "\(i)"
        case .number(let text): text
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
