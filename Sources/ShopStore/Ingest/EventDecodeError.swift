/// Why one input line is not an event, in words that point at the field to fix.
public struct EventDecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
