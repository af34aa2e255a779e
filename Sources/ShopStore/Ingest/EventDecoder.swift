import ShopModel

/// Turns one JSON Lines line into a `ShopEvent`, or into the reason it is not one.
/// Fields are documented in docs/events.md; unknown fields are ignored so that producers can
/// add their own without breaking the feed.
public struct EventDecoder: Sendable {
    public init() {}

    public func decode(_ line: String) throws(EventDecodeError) -> ShopEvent {
        var text = line
        return try text.withUTF8 { bytes in Result { () throws(EventDecodeError) in try decode(bytes) } }.get()
    }

    /// One line's bytes (without its line break), e.g. an ArraySlice<UInt8> or Data.
    public func decode<Bytes: Collection<UInt8>>(_ line: Bytes) throws(EventDecodeError) -> ShopEvent {
        let result = line.withContiguousStorageIfAvailable { bytes in
            Result { () throws(EventDecodeError) in try decode(bytes) }
        } ?? Array(line).withUnsafeBufferPointer { bytes in
            Result { () throws(EventDecodeError) in try decode(bytes) }
        }
        return try result.get()
    }

    public func decode(_ line: UnsafeBufferPointer<UInt8>) throws(EventDecodeError) -> ShopEvent {
        let parsed: JSONValue
        do {
            parsed = try JSONLineParser.parse(line)
        } catch {
            let reason = switch error {
            case .notUTF8: "not UTF-8 text"
            case .invalid: "invalid JSON"
            case .tooDeep: "invalid JSON (nested too deeply)"
            }
            throw EventDecodeError(reason)
        }
        guard case .object(let object) = parsed else { throw EventDecodeError("not a JSON object") }
        let f = JSONFields(object: object)
        let type = try f.string("type")
        switch type {
        case "order": return .order(try Self.order(f))
        case "order_status": return .orderStatus(try Self.orderStatus(f))
        case "refund": return .refund(try Self.refund(f))
        case "shipment": return .shipment(try Self.shipment(f))
        case "visit": return .visit(try Self.visit(f))
        case "add_to_cart": return .addToCart(try Self.cart(f))
        case "coupon_batch": return .couponBatch(try Self.couponBatch(f))
        case "coupon_issued": return .couponIssued(try Self.couponIssued(f))
        case "coupon_redeemed": return .couponRedeemed(try Self.redemption(f))
        case "live_session": return .liveSession(try Self.liveSession(f))
        default: throw EventDecodeError("unknown type \(JSONFields.show(.string(type)))")
        }
    }
}
