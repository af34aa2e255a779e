/// What sits on top of the pane and takes the keys first. Esc closes it.
public enum Modal: Sendable, Equatable {
    case help
    case palette(LineEdit)
    case form(CouponForm)
    case confirm(PendingChange)
}

/// A line in the status bar that fades after a while.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public var until: Int64
    public init(text: String, isError: Bool, until: Int64) { self.text = text; self.isError = isError; self.until = until }
}
