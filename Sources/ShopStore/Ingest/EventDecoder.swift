import Foundation
import ShopModel

/// Turns one JSON Lines line into a `ShopEvent`, or into the reason it is not one.
/// Fields are documented in docs/events.md; unknown fields are ignored so that producers can
/// add their own without breaking the feed.
public struct EventDecoder: Sendable {
    public init() {}

    public func decode(_ line: String) throws(EventDecodeError) -> ShopEvent {
        try decode(Data(line.utf8))
    }

    public func decode(_ line: Data) throws(EventDecodeError) -> ShopEvent {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            throw EventDecodeError(String(data: line, encoding: .utf8) == nil ? "not UTF-8 text" : "invalid JSON")
        }
        guard let object = parsed as? [String: Any] else { throw EventDecodeError("not a JSON object") }
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
        default: throw EventDecodeError("unknown type \(JSONFields.show(type))")
        }
    }
}
