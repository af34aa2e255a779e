import ShopModel

extension EventDecoder {
    /// Defaults: created_at falls back to paid_at; status is `paid` with a paid_at, else
    /// `created`; total_fen is the sum of the items; paid_fen is total_fen - discount_fen.
    static func order(_ f: JSONFields) throws(EventDecodeError) -> OrderRecord {
        let no = try f.string("out_trade_no")
        let paidAt = try f.optionalTime("paid_at")
        guard let createdAt = try f.optionalTime("created_at") ?? paidAt else { throw f.missing("created_at") }
        let status = try f.optionalEnum("status", OrderStatus.self, label: "status") ?? (paidAt == nil ? .created : .paid)
        if paidAt != nil && !status.wasPaid {
            throw EventDecodeError("paid_at is set but status is \(status.rawValue)")
        }
        let items = try orderItems(f)
        let total: Money
        if let given = try f.optionalMoney("total_fen") {
            total = given
        } else if !items.isEmpty {
            total = try itemsTotal(items)
        } else {
            throw f.missing("total_fen")
        }
        let discount = try f.optionalMoney("discount_fen") ?? .zero
        let paid = try f.optionalMoney("paid_fen") ?? (total - discount)
        guard paid.fen >= 0 else {
            throw EventDecodeError("discount_fen \(discount.fen) is larger than total_fen \(total.fen)")
        }
        return OrderRecord(
            outTradeNo: no, transactionId: try f.optionalString("transaction_id"),
            customer: try f.optionalString("customer"), nickname: try f.optionalString("nickname"),
            phone: try f.optionalString("phone"), city: try f.optionalString("city"),
            address: try f.optionalString("address"), createdAt: createdAt, paidAt: paidAt, status: status,
            total: total, discount: discount, paid: paid,
            channel: try f.optionalEnum("channel", Channel.self, label: "channel") ?? .other,
            liveSession: try f.optionalString("live_session"), coupon: try f.optionalString("coupon"),
            items: items, remark: try f.optionalString("remark"))
    }

    /// Checked: items that overflow or pass the money bound reject the order instead of trapping.
    private static func itemsTotal(_ items: [OrderItem]) throws(EventDecodeError) -> Money {
        var lines: [Money] = []
        for (index, item) in items.enumerated() {
            guard let line = InputBounds.lineTotal(unit: item.unit, qty: item.qty) else {
                throw EventDecodeError("items[\(index)]: qty times unit_fen is more than \(InputBounds.moneyFen.upperBound) fen")
            }
            lines.append(line)
        }
        guard let total = InputBounds.sum(lines) else {
            throw EventDecodeError("the items add up to more than \(InputBounds.moneyFen.upperBound) fen")
        }
        return total
    }

    private static func orderItems(_ f: JSONFields) throws(EventDecodeError) -> [OrderItem] {
        guard let raw = try f.optionalArray("items") else { return [] }
        var items: [OrderItem] = []
        for (index, element) in raw.enumerated() {
            guard case .object(let object) = element else {
                throw EventDecodeError("items[\(index)] must be an object, not \(JSONFields.show(element))")
            }
            let item = JSONFields(object: object, path: "items[\(index)]")
            items.append(OrderItem(sku: try item.optionalString("sku") ?? "", name: try item.string("name"),
                                   qty: try item.optionalInt("qty", in: InputBounds.quantity) ?? 1, unit: try item.money("unit_fen")))
        }
        return items
    }

    static func orderStatus(_ f: JSONFields) throws(EventDecodeError) -> OrderStatusChange {
        OrderStatusChange(outTradeNo: try f.string("out_trade_no"),
                          status: try f.enumValue("status", OrderStatus.self, label: "status"),
                          at: try f.time("at"), transactionId: try f.optionalString("transaction_id"))
    }

    /// Defaults: status is `succeeded` with a succeeded_at, else `requested`; requested_at falls
    /// back to succeeded_at.
    static func refund(_ f: JSONFields) throws(EventDecodeError) -> RefundRecord {
        let succeededAt = try f.optionalTime("succeeded_at")
        guard let requestedAt = try f.optionalTime("requested_at") ?? succeededAt else { throw f.missing("requested_at") }
        let status = try f.optionalEnum("status", RefundStatus.self, label: "refund status")
            ?? (succeededAt == nil ? .requested : .succeeded)
        return RefundRecord(refundNo: try f.string("refund_no"), outTradeNo: try f.string("out_trade_no"),
                            wechatRefundId: try f.optionalString("wechat_refund_id"), amount: try f.money("amount_fen"),
                            reason: try f.optionalString("reason"), status: status, requestedAt: requestedAt,
                            succeededAt: succeededAt)
    }

    static func shipment(_ f: JSONFields) throws(EventDecodeError) -> ShipmentEvent {
        ShipmentEvent(outTradeNo: try f.string("out_trade_no"), carrier: try f.string("carrier"),
                      trackingNo: try f.string("tracking_no"),
                      status: try f.enumValue("status", ShipmentStatus.self, label: "shipment status"),
                      at: try f.time("at"), detail: try f.optionalString("detail"))
    }
}
