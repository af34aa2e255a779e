import ShopModel

/// Text from the store on its way to a terminal. Names, remarks and addresses come from outside,
/// so they pass through the program's one escaping rule (TextEscape): controls, ESC and CSI,
/// bidi and invisible characters and line separators become visible `\u{..}` escapes and long
/// runs of combining marks are cut. Chinese and emoji pass unchanged.
enum PlainText {
    static func clean(_ s: String) -> String { TextEscape.escape(s) }

    static func clean(_ s: String?) -> String { s.map { clean($0) } ?? "" }
}
