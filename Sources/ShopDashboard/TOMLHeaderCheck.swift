/// The TOML parser underneath TOMLKit asserts (a trap in a debug build, undefined behaviour in a
/// release one) on a table header whose name does not start with a key character, such as a lone
/// `[` on its line. This finds such a header first, so that the file is refused with its line.
public enum TOMLHeaderCheck {
    /// The 1-based line of the first table header without a name, or nil.
    public static func badHeaderLine(in text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        var i = 0, line = 1, depth = 0
        var lineStart = true
        func isKeyStart(_ c: Unicode.Scalar) -> Bool {
            (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
                || c == "\"" || c == "'" || c == "]"
        }
        func skipString(_ quote: Unicode.Scalar) {
            let triple = i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote
            i += triple ? 3 : 1
            while i < s.count {
                let c = s[i]
                if c == "\\" && quote == "\"" { i += 2; continue }
                if c == "\n" { if !triple { return }; line += 1 }
                if c == quote && (!triple || (i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote)) {
                    i += triple ? 3 : 1
                    return
                }
                i += 1
            }
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; lineStart = true; i += 1; continue }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if c == "#" { while i < s.count && s[i] != "\n" { i += 1 }; continue }
            if c == "\"" || c == "'" { skipString(c); lineStart = false; continue }
            if lineStart && depth == 0 && c == "[" {
                i += 1
                if i < s.count && s[i] == "[" { i += 1 }
                while i < s.count && (s[i] == " " || s[i] == "\t") { i += 1 }
                if i >= s.count || !isKeyStart(s[i]) { return line }
                // The rest of the header is a name, which the parser checks itself.
                while i < s.count && s[i] != "\n" { if s[i] == "\"" || s[i] == "'" { skipString(s[i]) } else { i += 1 } }
                continue
            }
            lineStart = false
            if c == "[" || c == "{" { depth += 1 } else if (c == "]" || c == "}") && depth > 0 { depth -= 1 }
            i += 1
        }
        return nil
    }
}
