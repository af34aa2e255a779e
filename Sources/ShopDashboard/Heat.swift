/// Shading for rates (cohort retention): five steps from none to strong.
public enum Heat {
    /// Upper bounds of heat0 ... heat3; anything at or above the last is heat4. Day-N retention
    /// of a small shop usually lives between 2% and 40%, so the steps are spread there.
    public static let thresholds: [Double] = [0.02, 0.08, 0.16, 0.30]

    public static func role(for rate: Double?) -> ThemeRole {
        guard let rate, rate.isFinite else { return .muted }
        switch level(for: rate) {
        case 0: return .heat0
        case 1: return .heat1
        case 2: return .heat2
        case 3: return .heat3
        default: return .heat4
        }
    }

    /// 0...4, the step a rate falls in.
    public static func level(for rate: Double) -> Int {
        thresholds.firstIndex(where: { rate < $0 }) ?? thresholds.count
    }

    /// A shade character for the rate, so the grid still reads without colour.
    public static func shade(for rate: Double?, glyphs: Glyphs) -> String {
        guard let rate, rate.isFinite else { return " " }
        let l = min(level(for: rate), glyphs.shades.count - 1)
        return glyphs.shades[l]
    }
}
