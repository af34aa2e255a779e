import ShopModel

/// The three kinds of WeChat Pay trade bill (交易账单), told apart by their header line.
public enum WeChatPayBillKind: String, Sendable, CaseIterable {
    /// Payments and refunds of the day.
    case all = "ALL"
    /// Successful payments only.
    case success = "SUCCESS"
    /// Refunds only, with the times they were requested and succeeded.
    case refund = "REFUND"
}

/// What a detail row records: a payment, a refund, or a payment that was revoked (撤销).
public enum WeChatPayTradeState: String, Sendable {
    case success = "SUCCESS"
    case refund = "REFUND"
    case revoked = "REVOKED"
}

/// The column names of a trade bill, as they appear in its header lines.
enum BillColumn {
    static let tradeTime = "交易时间"
    static let transactionId = "微信订单号"
    static let outTradeNo = "商户订单号"
    static let openid = "用户标识"
    static let tradeType = "交易类型"
    static let tradeState = "交易状态"
    static let currency = "货币种类"
    static let settlementAmount = "应结订单金额"
    static let couponAmount = "代金券金额"
    static let refundRequestedAt = "退款申请时间"
    static let refundSucceededAt = "退款成功时间"
    static let wechatRefundId = "微信退款单号"
    static let refundNo = "商户退款单号"
    static let refundAmount = "退款金额"
    static let rechargeCouponRefund = "充值券退款金额"
    static let refundType = "退款类型"
    static let refundStatus = "退款状态"
    static let productName = "商品名称"
    static let attach = "商户数据包"
    static let fee = "手续费"
    static let orderAmount = "订单金额"
    static let requestedRefund = "申请退款金额"

    /// Columns without which a bill of that kind cannot be imported.
    static func required(for kind: WeChatPayBillKind) -> [String] {
        let common = [tradeTime, transactionId, outTradeNo, openid, tradeState, settlementAmount, couponAmount,
                      productName, fee, orderAmount]
        switch kind {
        case .success: return common
        case .all: return common + [wechatRefundId, refundNo, refundAmount, rechargeCouponRefund, refundStatus, requestedRefund]
        case .refund: return common + [refundRequestedAt, refundSucceededAt, wechatRefundId, refundNo, refundAmount,
                                       rechargeCouponRefund, refundStatus, requestedRefund]
        }
    }

    /// The first column of the summary header.
    static let summaryMarker = "总交易单数"
}

/// Sums over detail rows, and the same figures as a bill's summary row states them.
public struct BillTotals: Sendable, Equatable {
    public var rows = 0
    /// 应结订单总金额
    public var settlement = Money.zero
    /// 退款总金额
    public var refunds = Money.zero
    /// 充值券退款总金额
    public var rechargeCouponRefunds = Money.zero
    /// 手续费总金额
    public var fees = BillFee.zero
    /// 订单总金额
    public var orders = Money.zero
    /// 申请退款总金额
    public var requestedRefunds = Money.zero

    public init() {}

    /// Adds a row with checked arithmetic; false, and nothing added, when a sum would overflow.
    @discardableResult
    public mutating func add(_ d: BillDetail) -> Bool {
        func plus(_ a: Int64, _ b: Int64) -> Int64? {
            let (s, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : s
        }
        guard let settlement = plus(self.settlement.fen, d.settlementAmount.fen),
              let refunds = plus(self.refunds.fen, d.refundAmount.fen),
              let recharge = plus(self.rechargeCouponRefunds.fen, d.rechargeCouponRefund.fen),
              let fees = plus(self.fees.hundredThousandths, d.fee.hundredThousandths),
              let orders = plus(self.orders.fen, d.orderAmount.fen),
              let requested = plus(self.requestedRefunds.fen, d.requestedRefund.fen) else { return false }
        rows += 1
        self.settlement = Money(fen: settlement)
        self.refunds = Money(fen: refunds)
        rechargeCouponRefunds = Money(fen: recharge)
        self.fees = BillFee(hundredThousandths: fees)
        self.orders = Money(fen: orders)
        requestedRefunds = Money(fen: requested)
        return true
    }
}

/// One detail row of a bill, typed. Columns a bill kind lacks read as zero or nil.
public struct BillDetail: Sendable, Equatable {
    public var line: Int
    public var text: String
    public var tradeTime: Int64
    public var transactionId: String
    public var outTradeNo: String
    public var openid: String?
    public var tradeType: String?
    public var state: WeChatPayTradeState
    public var settlementAmount: Money
    public var couponAmount: Money
    public var orderAmount: Money
    public var refundRequestedAt: Int64?
    public var refundSucceededAt: Int64?
    public var wechatRefundId: String?
    public var refundNo: String?
    public var refundAmount: Money
    public var rechargeCouponRefund: Money
    public var refundStatus: String?
    public var requestedRefund: Money
    public var productName: String?
    public var fee: BillFee
}

/// The summary row as the bill states it: only the figures its summary header names.
public struct BillSummary: Sendable, Equatable {
    public var line: Int
    public var rows: Int?
    public var settlement: Money?
    public var refunds: Money?
    public var rechargeCouponRefunds: Money?
    public var fees: BillFee?
    public var orders: Money?
    public var requestedRefunds: Money?
}
