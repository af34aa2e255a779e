import Foundation

/// A search that is a whole phone number (7 digits or more): for the support role it would
/// confirm, one guess at a time, the phones that masking hides, so it is not offered to them.
enum FullPhoneQuery {
    static func matches(_ query: String) -> Bool {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.count >= 7 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
