import Foundation
import ShopModel

/// The WeChat Pay v3 代金券 (favor stock) calls a change becomes, built from the public API reference.
/// Amounts are fen, as in shopdash; times are RFC 3339 in China time.
enum WeChatPayCalls {
    struct Call: Sendable, Equatable {
        var method: String
        var pathAndQuery: String
        var body: String
    }

    static func pause(stockId: String, mchid: String) -> Call { stockAction("pause", stockId: stockId, mchid: mchid) }
    static func restart(stockId: String, mchid: String) -> Call { stockAction("restart", stockId: stockId, mchid: mchid) }
    static func start(stockId: String, mchid: String) -> Call { stockAction("start", stockId: stockId, mchid: mchid) }

    static func query(stockId: String, mchid: String) -> Call {
        Call(method: "GET", pathAndQuery: "/v3/marketing/favor/stocks/\(escape(stockId))?stock_creator_mchid=\(escape(mchid))", body: "")
    }

    private static func stockAction(_ verb: String, stockId: String, mchid: String) -> Call {
        Call(method: "POST", pathAndQuery: "/v3/marketing/favor/stocks/\(escape(stockId))/\(verb)",
             body: json(["stock_creator_mchid": mchid]))
    }

    /// A 满减 stock. `out_request_no` is the change's request id, so WeChat Pay answers a repeated
    /// create with the stock it already made instead of making a second one.
    static func create(_ batch: CouponBatchRecord, requestId: String, mchid: String) throws(SendRefusal) -> Call {
        guard batch.kind != .percent else {
            throw SendRefusal("WeChat Pay 代金券 take a fixed amount off; a percent batch cannot be created there")
        }
        let (maxAmount, overflow) = batch.value.fen.multipliedReportingOverflow(by: Int64(batch.quota))
        guard !overflow else { throw SendRefusal("quota × amount off is too large") }
        let body = CreateStock(
            stock_name: batch.name, comment: "shopdash batch \(batch.batchId)", belong_merchant: mchid,
            available_begin_time: rfc3339(batch.startsAt), available_end_time: rfc3339(batch.endsAt),
            stock_use_rule: .init(max_coupons: batch.quota, max_amount: maxAmount, max_coupons_per_user: 1,
                                  natural_person_limit: false, prevent_api_abuse: false),
            coupon_use_rule: .init(fixed_normal_coupon: .init(coupon_amount: batch.value.fen,
                                                              transaction_minimum: minimumSpend(batch)),
                                   available_merchants: [mchid]),
            no_cash: false, stock_type: "NORMAL", out_request_no: requestId)
        return Call(method: "POST", pathAndQuery: "/v3/marketing/favor/coupon-stocks", body: json(body))
    }

    /// WeChat Pay wants a spend above the amount off, even for a batch with no threshold.
    static func minimumSpend(_ batch: CouponBatchRecord) -> Int64 {
        let (justAbove, overflow) = batch.value.fen.addingReportingOverflow(1)
        return overflow ? batch.value.fen : max(batch.minSpend.fen, justAbove)
    }

    /// WeChat Pay's word for a stock's state, as shopdash names it.
    static func status(_ remote: String) -> CouponStatus? {
        switch remote {
        case "running": return .running
        case "paused": return .paused
        case "stoped", "stopped": return .stopped
        default: return nil
        }
    }

    // Field names are the API's own.
    struct CreateStock: Encodable {
        struct UseRule: Encodable {
            var max_coupons: Int
            var max_amount: Int64
            var max_coupons_per_user: Int
            var natural_person_limit: Bool
            var prevent_api_abuse: Bool
        }
        struct FixedNormal: Encodable {
            var coupon_amount: Int64
            var transaction_minimum: Int64
        }
        struct CouponRule: Encodable {
            var fixed_normal_coupon: FixedNormal
            var available_merchants: [String]
        }
        var stock_name: String
        var comment: String
        var belong_merchant: String
        var available_begin_time: String
        var available_end_time: String
        var stock_use_rule: UseRule
        var coupon_use_rule: CouponRule
        var no_cash: Bool
        var stock_type: String
        var out_request_no: String
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain strings, numbers and flags always encode; an empty body would be refused remotely.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func rfc3339(_ unix: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(unix)))
    }

    /// Ids go into the path: anything but letters and digits is escaped, so an id cannot reach another path.
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// A change that cannot be made the way it was asked; said before anything is sent.
struct SendRefusal: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
