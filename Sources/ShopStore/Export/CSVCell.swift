import ShopModel

/// One text cell of exported CSV. Such files are opened in spreadsheets and shown with `cat`, so
/// a cell goes through the one escaping rule (TextEscape: controls, ESC, bidi and line breaks as
/// visible `\u{..}` escapes, long runs of combining marks cut), and one that a spreadsheet would
/// run as a formula (= + - @, or a tab or CR first, which some strip before looking) starts with
/// `'`, which spreadsheets show as text. `raw` leaves formulas alone for programs that read the
/// file; the exact value, control characters included, is in the JSON Lines export.
enum CSVCell {
    static func text(_ s: String, raw: Bool) -> String {
        let escaped = TextEscape.escape(s)
        guard !raw, let first = s.unicodeScalars.first, formulaStarts.contains(first) else { return escaped }
        return "'" + escaped
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
