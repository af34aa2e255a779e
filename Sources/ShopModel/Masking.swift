/// Personal data shown to people who have not asked to reveal it.
public enum Masking {
    /// "13812345678" -> "138****5678"; short numbers keep only their last two digits.
    public static func phone(_ raw: String) -> String {
        let chars = Array(raw)
        if chars.count >= 7 {
            return String(chars.prefix(3)) + "****" + String(chars.suffix(4))
        }
        if chars.count <= 2 { return String(repeating: "*", count: chars.count) }
        return String(repeating: "*", count: chars.count - 2) + String(chars.suffix(2))
    }

    /// Keeps the province/city head of an address and hides the rest.
    public static func address(_ raw: String) -> String {
        let chars = Array(raw)
        guard chars.count > 6 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(6)) + "****"
    }
}
