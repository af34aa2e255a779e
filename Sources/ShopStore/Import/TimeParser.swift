import Foundation
import ShopModel

/// Reads the times of imported files into Unix seconds.
///
/// Without a pattern it accepts "yyyy-MM-dd HH:mm:ss" (also with '/' between the date parts, or
/// without seconds) in the given zone, RFC 3339 with its own offset, and plain Unix seconds.
/// With a pattern (Unicode date format, e.g. "dd/MM/yyyy HH:mm") it accepts exactly that pattern.
public final class TimeParser {
    public let zone: TimeZone
    public let pattern: String?
    private let formatter: DateFormatter?

    public init(zone: TimeZone, pattern: String? = nil) {
        self.zone = zone
        if let pattern, !pattern.isEmpty {
            self.pattern = pattern
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.calendar = Calendar(identifier: .gregorian)
            f.timeZone = zone
            f.dateFormat = pattern
            f.isLenient = false
            formatter = f
        } else {
            self.pattern = nil
            formatter = nil
        }
    }

    /// What the parser accepts, for error messages.
    public var expected: String {
        if let pattern { return "a time like '\(pattern)'" }
        return "a time like 'yyyy-MM-dd HH:mm:ss', RFC 3339 or Unix seconds"
    }

    public func parse(_ raw: String) -> Int64? {
        let text = trimmed(raw)
        guard !text.isEmpty else { return nil }
        if let formatter {
            return formatter.date(from: text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
        }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 12 { return Int64(text) }
        return Self.parseWallClock(text, zone: zone)
    }

    /// "2026-11-25 14:05:09", "2026/11/25 14:05", "2026-11-25T14:05:09+08:00", "2026-11-25T06:05:09.5Z";
    /// a bare date is midnight in `zone`.
    static func parseWallClock(_ text: String, zone: TimeZone) -> Int64? {
        WrittenTime.read(text)?.instant(in: zone)
    }
}
