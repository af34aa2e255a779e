import CTextWidth
import ShopModel

/// The one gate for text that came from outside (nicknames, remarks, addresses, product names,
/// search input). What comes out can be put on a Grid as is: it holds no character that could
/// move the cursor, change the terminal's state or hide or reorder what is around it.
public enum Sanitizer {
    /// Longer input is cut before any other work, so a megabyte of nickname costs nothing.
    public static let maxScalars = 4_096

    public static func clean(_ s: String, glyphs: Glyphs = .unicode) -> String {
        // Most labels and cells are plain printable ASCII: nothing to do.
        if s.utf8.count <= maxScalars && s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars.prefix(maxScalars + 1))
        let truncated = scalars.count > maxScalars
        let kept = truncated ? scalars.count - 1 : scalars.count
        var i = 0
        while i < kept {
            let scalar = scalars[i]
            let v = scalar.value
            let previous: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < kept ? scalars[i + 1] : nil
            i += 1
            switch v {
            case 0x0D where next?.value == 0x0A:
                continue  // CR LF is one line break
            case 0x200D where previous.map(isPictographic) == true && next.map(isPictographic) == true,
                 0xFE0E, 0xFE0F,
                 0x1F3FB...0x1F3FF where previous.map(isPictographic) == true:
                // Emoji sequences are drawn one, two or four columns wide depending on the
                // terminal. Without joiners, presentation selectors and skin tones every
                // picture is one plain two-column character, the width ncurses counts too.
                continue
            case 0x1F1E6...0x1F1FF:
                // Flags are pairs of regional indicators that terminals disagree on; the
                // letters they stand for (CN, US) read the same everywhere.
                out.append(Unicode.Scalar(v - 0x1F1E6 + 0x41)!)
                continue
            case 0xE0020...0xE007F where previous.map { $0.value == 0x1F3F4 || (0xE0020...0xE007F).contains($0.value) } == true:
                continue  // the tag letters of a subdivision flag; the flag itself stays
            case 0xE0001...0xE007F where previous.map { (0xE0001...0xE007F).contains($0.value) } == true:
                continue  // a run of tag characters (invisible text) shows one placeholder
            default:
                append(scalar, to: &out, glyphs: glyphs)
            }
        }
        if truncated { out.append(contentsOf: glyphs.ellipsis.unicodeScalars) }
        return String(out)
    }

    /// Bytes that claim to be UTF-8: invalid sequences become placeholders, never guesses.
    public static func clean(bytes: [UInt8], glyphs: Glyphs = .unicode) -> String {
        // Four bytes per scalar at most, so this cap never cuts what `clean` would keep.
        let capped = bytes.count > maxScalars * 4 + 4 ? Array(bytes.prefix(maxScalars * 4 + 4)) : bytes
        return clean(String(decoding: capped, as: UTF8.self), glyphs: glyphs)
    }

    /// Cleans, then cuts to at most `columns` display columns, ending in an ellipsis when cut.
    public static func fit(_ s: String, columns: Int, glyphs: Glyphs = .unicode) -> String {
        truncate(clean(s, glyphs: glyphs), columns: columns, glyphs: glyphs)
    }

    /// Cuts already clean text to `columns` display columns with an ellipsis.
    public static func truncate(_ s: String, columns: Int, glyphs: Glyphs = .unicode) -> String {
        guard columns > 0 else { return "" }
        if TextWidth.columns(s) <= columns { return s }
        let mark = TextWidth.columns(glyphs.ellipsis)
        let room = columns - mark
        guard room >= 0 else { return "" }
        var used = 0
        var out = ""
        for ch in s {
            let w = TextWidth.columns(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + glyphs.ellipsis
    }

    /// Clean text padded with spaces to exactly `columns` display columns (cut if longer).
    public static func pad(_ s: String, columns: Int, align: Align = .left, glyphs: Glyphs = .unicode) -> String {
        let cut = fit(s, columns: columns, glyphs: glyphs)
        let gap = String(repeating: " ", count: max(0, columns - TextWidth.columns(cut)))
        return align == .left ? cut + gap : gap + cut
    }

    // MARK: - One scalar

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView, glyphs: Glyphs) {
        let v = scalar.value
        switch v {
        case 0x09:
            out.append(" ")
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
            out.append(contentsOf: glyphs.newline.unicodeScalars)
        case 0x00...0x1F:
            // Control Pictures: ␀ ... ␟ show which control it was.
            out.append(glyphs.isUnicode ? Unicode.Scalar(0x2400 + v)! : "?")
        case 0x7F:
            out.append(glyphs.isUnicode ? "\u{2421}" : "?")
        case 0x20...0x7E:
            out.append(scalar)
        default:
            if isHidden(v) || isUnprintable(scalar) {
                out.append(contentsOf: glyphs.replacement.unicodeScalars)
            } else if glyphs.isUnicode {
                out.append(scalar)
            } else if let plain = asciiLookalike(v) {
                out.append(contentsOf: plain.unicodeScalars)
            } else if Int(shopdash_wcwidth(v)) > 0 {
                out.append("?")
            }
            // ASCII mode drops marks that would combine with a base now shown as plain ASCII.
        }
    }

    /// Whether a scalar may not reach a terminal as it is; the rule is TextEscape's, so the
    /// dashboard and every plain output agree on what is dangerous.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { TextEscape.isUnsafe(scalar) }

    private static func isHidden(_ v: UInt32) -> Bool { TextEscape.isHidden(v) }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool { TextEscape.isUnprintable(scalar) }

    /// Symbols with an obvious ASCII stand-in keep their meaning in ASCII mode: prices stay
    /// prices (¥ -> Y) and full-width punctuation from Chinese input stays punctuation.
    private static func asciiLookalike(_ v: UInt32) -> String? {
        switch v {
        case 0xFF01...0xFF5E: return String(Unicode.Scalar(v - 0xFEE0)!)  // full-width forms
        case 0x3000: return " "
        case 0xA5, 0xFFE5: return "Y"
        case 0xA0, 0x2002...0x200A, 0x202F, 0x205F: return " "
        case 0xB7, 0x2022, 0x25CF, 0x2013, 0x2014, 0x2212, 0x2500: return "-"
        case 0x2026: return "..."
        case 0x2018, 0x2019: return "'"
        case 0x201C, 0x201D, 0x300C, 0x300D: return "\""
        case 0xD7: return "x"
        case 0x3001: return ","
        case 0x3002: return "."
        case 0x300A: return "<"
        case 0x300B: return ">"
        case 0x2190: return "<-"
        case 0x2192: return "->"
        case 0x2191, 0x25B2: return "^"
        case 0x2193, 0x25BC: return "v"
        case 0x23CE: return "|"
        default: return nil
        }
    }

    private static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || scalar.properties.isEmoji && scalar.value > 0xFF
            || scalar.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }
}
