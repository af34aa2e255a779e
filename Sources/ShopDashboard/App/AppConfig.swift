import ShopModel

/// How the dashboard tells the operator about an alert.
public enum AlertMode: String, CaseIterable, Sendable {
    case flash, bell, off
}

/// Settings fixed at start (from flags and the config file); the language can change at run time.
public struct AppConfig: Sendable {
    public var role: Role
    public var language: Language
    public var glyphs: Glyphs
    public var alertMode: AlertMode
    /// An order paying at least this much raises an alert.
    public var bigOrder: Money
    /// This many refunds within five minutes raise an alert.
    public var refundBurst: Int
    /// Paid orders not shipped after this many hours count as overdue.
    public var overdueHours: Int
    /// How many feed rows stay in memory.
    public var feedCapacity: Int
    /// Days and clock times are shown in the shop's zone.
    public var calendar: ShopCalendar

    public init(role: Role = .operator, language: Language = .en, glyphs: Glyphs = .unicode,
                alertMode: AlertMode = .flash, bigOrder: Money = Money(fen: 200_000), refundBurst: Int = 3,
                overdueHours: Int = 48, feedCapacity: Int = 500, calendar: ShopCalendar = .shanghai) {
        self.role = role; self.language = language; self.glyphs = glyphs; self.alertMode = alertMode
        self.bigOrder = bigOrder; self.refundBurst = refundBurst; self.overdueHours = overdueHours
        self.feedCapacity = max(1, feedCapacity); self.calendar = calendar
    }
}
