import ShopModel

/// A change to a coupon batch, applied by the runner through the store (which audits it).
public enum CouponCommand: Sendable, Equatable {
    case pause(String)
    case resume(String)
    case stop(String)
    case setQuota(String, Int)
    case setEnd(String, Int64)
    case create(CouponBatchRecord)
}

/// Work the runner does for the dashboard; results come back as actions.
public enum Effect: Sendable, Equatable {
    case quit
    case bell
    case flash
    case load(DataRequest)
    /// Search orders by order no, transaction id, phone tail, nickname or product.
    case search(String)
    /// Load one order's detail; `reveal` shows phone and address unmasked and is audited.
    case openOrder(String, reveal: Bool)
    case coupon(CouponCommand)
    /// Load and use this theme, and keep it as the config file's choice.
    case setTheme(String)
    /// Keep the language just chosen as the config file's choice.
    case rememberLanguage(Language)
    /// Repaint every cell (after a theme or language change).
    case redrawAll
    /// Hand the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend
}
