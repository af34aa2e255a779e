/// Text from the store on its way to a terminal. Names, remarks and addresses come from outside;
/// nothing in them may move the cursor, change colours or reorder the line, so control
/// characters (C0, DEL, C1, which covers ESC and CSI), bidi controls and line separators become
/// visible `\u{..}` escapes. Everything else, Chinese and emoji included, passes unchanged.
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

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x200E...0x200F).contains(v)
            || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
