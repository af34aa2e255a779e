/// Nagios plugin states; the raw value is the plugin's exit code.
public enum HealthState: Int, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case ok = 0, warn = 1, crit = 2, unknown = 3

    public var label: String {
        switch self {
        case .ok: "OK"
        case .warn: "WARN"
        case .crit: "CRIT"
        case .unknown: "UNKNOWN"
        }
    }

    public static func < (a: HealthState, b: HealthState) -> Bool { a.rawValue < b.rawValue }

    /// The state of `value` against limits where higher is worse.
    public static func judging(_ value: Double, _ limits: HealthLimits) -> HealthState {
        value >= limits.crit ? .crit : value >= limits.warn ? .warn : .ok
    }
}

/// One `label=value[uom];warn;crit;min;max` item of plugin performance data.
public struct PerfDatum: Sendable, Hashable, Codable {
    public var label: String
    public var value: Double
    public var unit: String
    public var warn: Double?
    public var crit: Double?
    public var min: Double?
    public var max: Double?

    public init(_ label: String, _ value: Double, unit: String = "", limits: HealthLimits? = nil,
                min: Double? = 0, max: Double? = nil) {
        self.label = label; self.value = value; self.unit = unit
        self.warn = limits?.warn; self.crit = limits?.crit; self.min = min; self.max = max
    }

    public var text: String {
        var fields = [warn, crit, min, max].map { $0.map(HealthFormat.number) ?? "" }
        // Trailing empty fields are optional in the plugin format; leaving them out reads better.
        while fields.last == "" { fields.removeLast() }
        return "\(label)=\(HealthFormat.number(value))\(unit)" + fields.map { ";" + $0 }.joined()
    }
}

/// One judged check: a line of `shopdash check`.
public struct HealthCheckResult: Sendable, Hashable, Codable {
    public var name: String
    public var state: HealthState
    /// The judged figure (percent, multiple, count or seconds); nil when there was nothing to judge.
    public var value: Double?
    public var unit: String
    /// What was seen, for people.
    public var detail: String
    public var limits: HealthLimits?
    public var perfdata: [PerfDatum]
    /// When the judged figure was measured, for a check that may judge an earlier measurement
    /// (integrity); nil for checks measured at `now`.
    public var checkedAt: Int64?
    /// How long that measurement took, where that is worth knowing.
    public var checkSeconds: Double?
    /// Lines that say more than `detail` can (which rows differ), printed below the check's line.
    public var notes: [String]

    public init(name: String, state: HealthState, value: Double?, unit: String, detail: String,
                limits: HealthLimits?, perfdata: [PerfDatum], checkedAt: Int64? = nil, checkSeconds: Double? = nil,
                notes: [String] = []) {
        self.name = name; self.state = state; self.value = value; self.unit = unit
        self.detail = detail; self.limits = limits; self.perfdata = perfdata
        self.checkedAt = checkedAt; self.checkSeconds = checkSeconds; self.notes = notes
    }

    /// "(warn 50%, crit 80%)", or a note when the check could not judge.
    public var thresholdText: String {
        guard let limits else { return "" }
        return "(warn \(HealthFormat.number(limits.warn))\(unit), crit \(HealthFormat.number(limits.crit))\(unit))"
    }

    /// `STATE name: detail (threshold)`.
    public var line: String {
        let threshold = thresholdText
        return "\(state.label) \(name): \(detail)" + (threshold.isEmpty ? "" : " \(threshold)")
    }
}

enum HealthFormat {
    /// Integers without a fraction, anything else with one decimal: stable text for perfdata and people.
    static func number(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "0" }
        let tenths = Int64((abs(value) * 10).rounded())
        let sign = value < 0 && tenths > 0 ? "-" : ""
        return sign + String(tenths / 10) + (tenths % 10 == 0 ? "" : ".\(tenths % 10)")
    }

    /// "1h 05m", "12m 30s", "45s".
    static func duration(_ seconds: Int64) -> String {
        let s = max(0, seconds)
        if s >= 86_400 { return "\(s / 86_400)d \(s % 86_400 / 3_600)h" }
        if s >= 3_600 { return "\(s / 3_600)h \(pad(s % 3_600 / 60))m" }
        if s >= 60 { return "\(s / 60)m \(pad(s % 60))s" }
        return "\(s)s"
    }

    private static func pad(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// How long ago, to the minute once it is over one: "40 s", "12 min", "2 h 05 min", "3 d 4 h".
    static func age(_ seconds: Int64) -> String {
        let s = max(0, seconds)
        if s >= 86_400 { return "\(s / 86_400) d \(s % 86_400 / 3_600) h" }
        if s >= 3_600 { return "\(s / 3_600) h \(pad(s % 3_600 / 60)) min" }
        if s >= 60 { return "\(s / 60) min" }
        return "\(s) s"
    }

    /// A run time: "1.4 s", and hundredths under a second ("0.04 s") so that a quick run does not read as 0.
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "0 s" }
        if value >= 1 { return number(value) + " s" }
        let hundredths = Int((value * 100).rounded())
        if hundredths >= 100 { return "1 s" }
        if hundredths == 0 { return "under 0.01 s" }
        if hundredths % 10 == 0 { return "0.\(hundredths / 10) s" }
        return "0.\(hundredths < 10 ? "0" : "")\(hundredths) s"
    }
}
