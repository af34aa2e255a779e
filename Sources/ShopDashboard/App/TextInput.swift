/// A one-line text field: the search box, the filter box, the palette and form fields.
public struct TextInput: Sendable, Equatable {
    public var text: String
    public var limit: Int

    public init(_ text: String = "", limit: Int = 64) { self.text = text; self.limit = limit }

    /// Applies an editing key; returns false for keys a text field does not handle.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let ch):
            // Only printable text: control characters never get into a field.
            guard !ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return true }
            if text.count < limit { text.append(ch) }
            return true
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
            return true
        case .ctrl("u"):
            text = ""
            return true
        case .ctrl("w"):
            let trimmed = text.reversed().drop(while: { $0 == " " }).drop(while: { $0 != " " })
            text = String(trimmed.reversed())
            return true
        default:
            return false
        }
    }
}
