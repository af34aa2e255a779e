import ShopModel

/// The searchable and displayable text the store keeps beside each order.
enum OrderText {
    /// The last four digits of a phone number, for support's "last 4 digits" lookup; nil when
    /// the number has fewer than four digits.
    static func phoneTail(_ phone: String?) -> String? {
        guard let phone else { return nil }
        let digits = phone.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }
        guard digits.count >= 4 else { return nil }
        return String(String.UnicodeScalarView(digits.suffix(4)))
    }

    /// "小米手环8 ×2 等3件": the first line's name, its quantity when more than one, and, when the
    /// order has several lines, the total number of pieces, as shop back-ends show it.
    static func itemsSummary(_ items: [OrderItem]) -> String {
        guard let first = items.first else { return "" }
        var text = first.name
        if first.qty != 1 { text += " ×\(first.qty)" }
        if items.count > 1 {
            let pieces = items.reduce(0) { $0 + $1.qty }
            text += " 等\(pieces)件"
        }
        return text
    }
}
