import ShopModel

/// The outcome of checking a coupon form.
public enum FormOutcome: Sendable, Equatable {
    case valid(CouponCommand)
    /// The form again, with a problem on each field that needs fixing.
    case invalid(CouponForm)
}

/// Turns a filled-in form into a coupon command, or says what is wrong with each field.
public enum CouponFormCheck {
    public static let maxQuota = 10_000_000

    public static func validate(_ form: CouponForm, now: Int64, calendar: ShopCalendar) -> FormOutcome {
        var checked = form
        checked.problems = [:]
        func problem(_ field: CouponField, _ p: FieldProblem) { if checked.problems[field] == nil { checked.problems[field] = p } }
        let text = { (field: CouponField) in form.value(field).trimmingCharacters(in: .whitespaces) }

        switch form.purpose {
        case .quota(let batchId, let issued):
            guard let quota = Int(text(.quota)) else {
                problem(.quota, text(.quota).isEmpty ? .required : .notANumber)
                return .invalid(checked)
            }
            if quota < issued { problem(.quota, .belowIssued(issued)) }
            if quota < 1 || quota > maxQuota { problem(.quota, .outOfRange(min: 1, max: maxQuota)) }
            return checked.problems.isEmpty ? .valid(.setQuota(batchId, quota)) : .invalid(checked)

        case .endTime(let batchId):
            guard let end = parseTime(text(.endsAt), calendar) else {
                problem(.endsAt, text(.endsAt).isEmpty ? .required : .notATime)
                return .invalid(checked)
            }
            if end <= now { problem(.endsAt, .inThePast) }
            return checked.problems.isEmpty ? .valid(.setEnd(batchId, end)) : .invalid(checked)

        case .create:
            let batchId = text(.batchId)
            if batchId.isEmpty { problem(.batchId, .required) }
            if !batchId.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                problem(.batchId, .badCharacters)
            }
            let name = text(.name)
            if name.isEmpty { problem(.name, .required) }
            let kind = parseKind(text(.kind))
            if kind == nil { problem(.kind, text(.kind).isEmpty ? .required : .unknownKind) }

            var value = Money.zero
            var percent: Int?
            if kind == .percent {
                if let p = Int(text(.value)), (1...99).contains(p) { percent = p } else {
                    problem(.value, text(.value).isEmpty ? .required : .outOfRange(min: 1, max: 99))
                }
            } else if let v = Money(yuan: text(.value)), v.fen > 0 {
                value = v
            } else {
                problem(.value, text(.value).isEmpty ? .required : .notAnAmount)
            }

            let minText = text(.minSpend)
            let minSpend = minText.isEmpty ? Money.zero : Money(yuan: minText)
            if minSpend == nil || minSpend!.fen < 0 { problem(.minSpend, .notAnAmount) }
            if kind == .threshold, let m = minSpend, value.fen > 0, m <= value { problem(.minSpend, .notAboveValue) }

            let quota = Int(text(.quota))
            if quota == nil { problem(.quota, text(.quota).isEmpty ? .required : .notANumber) }
            if let q = quota, q < 1 || q > maxQuota { problem(.quota, .outOfRange(min: 1, max: maxQuota)) }

            let start = parseTime(text(.startsAt), calendar)
            if start == nil { problem(.startsAt, text(.startsAt).isEmpty ? .required : .notATime) }
            let end = parseTime(text(.endsAt), calendar)
            if end == nil { problem(.endsAt, text(.endsAt).isEmpty ? .required : .notATime) }
            if let s = start, let e = end, e <= s { problem(.endsAt, .notAfterStart) }
            if let e = end, e <= now { problem(.endsAt, .inThePast) }

            guard checked.problems.isEmpty, let kind, let quota, let start, let end, let minSpend else {
                return .invalid(checked)
            }
            let record = CouponBatchRecord(batchId: batchId, name: name, kind: kind, value: value, percentOff: percent,
                                           minSpend: minSpend, quota: quota, status: .running, startsAt: start, endsAt: end)
            return .valid(.create(record))
        }
    }

    /// "2026-11-25 14:00" (or with a T, or with seconds) in the shop's zone.
    public static func parseTime(_ text: String, _ calendar: ShopCalendar) -> Int64? {
        guard let written = WrittenTime.read(text.trimmingCharacters(in: .whitespaces)), written.hasClock else { return nil }
        return written.instant(in: calendar.timeZone)
    }

    /// How a time is written into a form field.
    public static func formatTime(_ t: Int64, _ calendar: ShopCalendar) -> String {
        "\(calendar.dayLabel(t)) \(calendar.timeLabel(t))"
    }

    /// The form's word for a kind in either language, so an operator may type what they know.
    public static func parseKind(_ text: String) -> CouponKind? {
        let word = text.filter { !$0.isWhitespace }.lowercased()
        if word == "直减" { return .fixed }
        if word == "%" { return .percent }
        return CouponKind.allCases.first { kind in Language.allCases.contains { Strings($0).formKind(kind) == word } }
    }
}
