import ShopModel

extension BillDetail {
    /// The store events this row stands for: payments become orders, refunds become refunds.
    func events() -> Result<[ShopEvent], RowRejection> {
        switch state {
        case .success, .revoked:
            let items = productName.map { [OrderItem(sku: $0, name: $0, qty: 1, unit: orderAmount)] } ?? []
            // 订单金额 is what the order cost, 代金券金额 the part a coupon paid, 应结订单金额 what the
            // buyer paid. A revoked payment (撤销) was returned at once: the order is closed, never paid.
            let revoked = state == .revoked
            let order = ShopEvent.order(OrderRecord(
                outTradeNo: outTradeNo, transactionId: transactionId, customer: openid,
                createdAt: tradeTime, paidAt: revoked ? nil : tradeTime, status: revoked ? .closed : .paid,
                total: orderAmount, discount: couponAmount, paid: settlementAmount, items: items))
            guard revoked else { return .success([order]) }
            // The revoked payment may already be in the store (its SUCCESS row came first, in this
            // bill or an earlier one): then the order stays and the revocation closes it.
            return .success([order, .orderStatus(OrderStatusChange(
                outTradeNo: outTradeNo, status: .closed, at: tradeTime, transactionId: transactionId))])
        case .refund:
            guard let refundNo = storedRefundNo else {
                return .failure(RowRejection("refund row without \(BillColumn.refundNo) or \(BillColumn.wechatRefundId)"))
            }
            let statusText = refundStatus ?? ""
            guard let status = Self.refundStatus(statusText) else {
                return .failure(RowRejection("\(BillColumn.refundStatus): unknown '\(statusText)' (SUCCESS, PROCESSING, REFUNDCLOSE, CHANGE)"))
            }
            // 交易时间 of a refund row is when the refund was requested; REFUND bills also give the
            // request and success times themselves. Without a success time the store uses the request time.
            return .success([.refund(RefundRecord(
                refundNo: refundNo, outTradeNo: outTradeNo, wechatRefundId: wechatRefundId, amount: refundAmount,
                status: status, requestedAt: refundRequestedAt ?? tradeTime,
                succeededAt: status == .succeeded ? refundSucceededAt : nil))])
        }
    }

    /// The key a refund row is stored under: the merchant refund number, else WeChat's.
    var storedRefundNo: String? { refundNo ?? wechatRefundId }

    static func refundStatus(_ text: String) -> RefundStatus? {
        switch text.uppercased() {
        case "SUCCESS": .succeeded
        case "PROCESSING": .processing
        case "REFUNDCLOSE", "CLOSED": .closed
        // 退款异常: the money could not reach the buyer and needs the merchant's attention.
        case "CHANGE", "ABNORMAL", "FAIL": .rejected
        default: nil
        }
    }
}
