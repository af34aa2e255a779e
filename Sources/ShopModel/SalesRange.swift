/// The stretch of time the sales chart covers.
public enum SalesRange: String, CaseIterable, Sendable, Hashable, Codable {
    case live60, today, days7, days30
}
