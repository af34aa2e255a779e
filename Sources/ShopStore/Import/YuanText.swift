import ShopModel

/// Yuan amounts as exports and bills write them, read exactly.
enum YuanText {
    /// "128.50", "-3.2", "0": the plain forms almost every cell has, read digit by digit; anything
    /// else ("¥1,234.56", " 9.9 ") goes to `Money(yuan:)`, which accepts the same and more, so the
    /// result never depends on which path was taken.
    static func money(_ text: String) -> Money? {
        var utf8 = text.utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        var whole: Int64 = 0, wholeDigits = 0, fraction: Int64 = 0, fractionDigits = 0, afterPoint = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") && !afterPoint { afterPoint = true; continue }
            guard byte >= 0x30 && byte <= 0x39, wholeDigits < 15 else { return Money(yuan: text) }
            let digit = Int64(byte - 0x30)
            if afterPoint {
                fractionDigits += 1
                guard fractionDigits <= 2 else { return Money(yuan: text) }
                fraction = fraction * 10 + digit
            } else {
                wholeDigits += 1
                whole = whole * 10 + digit
            }
        }
        guard wholeDigits + fractionDigits > 0 else { return Money(yuan: text) }
        let fen = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)
        return Money(fen: negative ? -fen : fen)
    }
}
