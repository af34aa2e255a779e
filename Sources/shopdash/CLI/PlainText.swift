import ShopDashboard

/// Text from the store on its way to a terminal. Names, remarks and addresses come from outside;
/// nothing in them may move the cursor, change colours or reorder the line, so whatever the
/// dashboard's Sanitizer calls unsafe (controls incl. ESC and CSI, bidi and invisible characters,
/// line separators) becomes a visible `\u{..}` escape. Everything else, Chinese and emoji
/// included, passes unchanged.
enum PlainText {
    static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isUnsafe) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func clean(_ s: String?) -> String { s.map { clean($0) } ?? "" }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool { Sanitizer.isUnsafe(s) }
}
