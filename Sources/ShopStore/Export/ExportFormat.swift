import Foundation

import ShopModel

/// What can be exported: one row per order, refund, coupon batch, visit, or retention cohort day.
public enum ExportKind: String, Sendable, CaseIterable {
    case orders, refunds, coupons, visits, retention
}

public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, jsonl
}

/// One cell. Money is written as two columns (`x_yuan` "128.50" and `x_fen` 12850) by the row builder.
enum ExportField {
    case text(String?)
    /// A number the program wrote itself ("-8.00" yuan): never taken for a formula.
    case figure(String?)
    case int(Int64?)

    static func money(_ fen: Int64) -> [ExportField] { [.figure(Money(fen: fen).yuanString), .int(fen)] }
    static func money(_ fen: Int64?) -> [ExportField] { fen.map(money) ?? [.figure(nil), .int(nil)] }

    /// `raw` keeps formula-looking text as it is, for programs rather than spreadsheets.
    func csv(raw: Bool) -> String {
        switch self {
        case .text(let s): s.map { CSVCell.text($0, raw: raw) } ?? ""
        case .figure(let s): s ?? ""
        case .int(let n): n.map(String.init) ?? ""
        }
    }

    var json: String {
        switch self {
        case .text(let s), .figure(let s): s.map(JSONText.quoted) ?? "null"
        case .int(let n): n.map(String.init) ?? "null"
        }
    }
}

/// RFC 3339 in the shop's zone ("2026-11-25T14:05:03+08:00"), computed without a date formatter:
/// an export formats millions of these.
struct ExportTime {
    let calendar: ShopCalendar

    func format(_ t: Int64?) -> ExportField {
        // An old store may hold times from before `InputBounds`: clamped, they cannot overflow below.
        guard let t = t.map(ShopCalendar.clamped) else { return .text(nil) }
        let offset = Int64(calendar.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))))
        let local = t + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secs = local - days * 86_400
        let (y, m, d) = CivilDate.fromDays(days)
        let sign = offset < 0 ? "-" : "+"
        let off = abs(offset) / 60
        return .text("\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))T\(Self.pad(secs / 3_600, 2)):"
            + "\(Self.pad(secs % 3_600 / 60, 2)):\(Self.pad(secs % 60, 2))\(sign)\(Self.pad(off / 60, 2)):\(Self.pad(off % 60, 2))")
    }

    /// "2026-11-25" for a shop day number (days since 1970-01-01 in the shop's zone).
    static func dayLabel(_ day: Int64) -> String {
        let (y, m, d) = CivilDate.fromDays(day)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    static func pad(_ n: some BinaryInteger, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
