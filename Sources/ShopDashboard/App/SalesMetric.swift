/// What the sales chart plots.
public enum SalesMetric: String, CaseIterable, Sendable {
    case gmv, orders, aov
}
