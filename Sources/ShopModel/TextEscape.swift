import CTextWidth

/// The one rule for text from outside on its way out of the program: stderr reasons, plain
/// command output, CSV cells. A scalar that could drive a terminal (C0 and C1 controls, ESC,
/// BEL, DEL, line breaks, bidi and invisible characters, what wcwidth calls unprintable)
/// becomes a visible `\u{1B}` escape, so a value cannot forge a `FILE:LINE:` line, write the
/// clipboard with OSC 52 or reorder what is around it. A run of combining marks longer than any
/// script needs is cut, so one character cannot grow into a tower over the lines above.
/// Everything else, Chinese and emoji included, passes unchanged. The dashboard's Sanitizer
/// asks the same questions and only shows the answers its own way.
public enum TextEscape {
    /// Marks kept on one base character; stacked Vietnamese or Tibetan need far fewer.
    public static let maxCombiningMarks = 8

    public static func escape(_ s: String) -> String {
        // Most values are plain printable ASCII: nothing to do.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        var out = String.UnicodeScalarView()
        var marks = 0
        for scalar in s.unicodeScalars {
            if isUnsafe(scalar) {
                marks = 0
                out.append(contentsOf: escaped(scalar).unicodeScalars)
            } else if isCombiningMark(scalar) {
                marks += 1
                if marks <= maxCombiningMarks { out.append(scalar) }
            } else {
                marks = 0
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// How an unsafe scalar is written: `\u{1B}`, `\u{202E}`, in Swift's own notation.
    public static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether a scalar may not reach a terminal as it is: controls (C0, DEL, C1), line and
    /// paragraph separators, invisible or reordering characters, and what wcwidth calls
    /// unprintable.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || v == 0x85 || v == 0x2028 || v == 0x2029 { return true }
        if v < 0x7F { return false }
        return isHidden(v) || isUnprintable(scalar)
    }

    /// Characters that are invisible or reorder text: C1 controls, bidi marks, embeddings,
    /// overrides and isolates, zero-width spaces and joiners, word joiners and invisible
    /// operators, BOM, Hangul fillers (blank-looking nicknames), Mongolian and Khmer invisible
    /// marks, musical formatting, interlinear annotations and tag characters.
    public static func isHidden(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0x9F, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F,
             0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0x206A...0x206F, 0x3164, 0xFEFF, 0xFFA0,
             0xFFF9...0xFFFB, 0x1D173...0x1D17A, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    /// Anything the terminal's own width function calls non-printable (unassigned, private
    /// controls) would be drawn unpredictably.
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        shopdash_wcwidth(scalar.value) < 0
    }

    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
