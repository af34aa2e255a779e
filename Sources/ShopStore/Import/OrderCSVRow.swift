import ShopModel

/// The values of one CSV row, typed but not yet combined into an order (rows of one order merge).
struct OrderCSVRow: Sendable, Equatable {
    var line: Int
    var text: String
    var outTradeNo: String
    var transactionId: String?
    var customer: String?
    var nickname: String?
    var phone: String?
    var city: String?
    var createdAt: Int64?
    var paidAt: Int64?
    var status: OrderStatus?
    var channel: Channel?
    var coupon: String?
    var total: Money?
    var discount: Money?
    var paid: Money?
    var remark: String?
    var item: Item?

    struct Item: Sendable, Equatable {
        var sku: String
        var name: String
        var qty: Int
        var unit: Money?
    }
}

/// Turns CSV records into typed rows, or says why a row cannot be read.
struct OrderCSVRowParser {
    let columns: [OrderField: Int]
    let unit: AmountUnit
    let times: TimeParser

    func parse(_ record: CSVRecord) -> Result<OrderCSVRow, RowRejection> {
        let fields = record.fields
        func cell(_ field: OrderField) throws(RowRejection) -> String? {
            guard let index = columns[field] else { return nil }
            guard index < fields.count else {
                throw RowRejection("row has \(fields.count) fields, column for \(field.rawValue) is field \(index + 1)")
            }
            let value = trimmed(fields[index])
            return value.isEmpty ? nil : value
        }
        func money(_ field: OrderField) throws(RowRejection) -> Money? {
            guard let text = try cell(field) else { return nil }
            guard let value = unit.parse(text) else {
                throw RowRejection("\(field.rawValue): '\(text)' is not an amount in \(unit.rawValue)"
                    + (unit == .yuan ? " (at most two decimals)" : " (whole fen)"))
            }
            guard value.fen >= 0 else { throw RowRejection("\(field.rawValue): negative amount '\(text)'") }
            if let why = InputBounds.moneyProblem(value.fen) { throw RowRejection("\(field.rawValue): '\(text)' \(why)") }
            return value
        }
        func time(_ field: OrderField) throws(RowRejection) -> Int64? {
            guard let text = try cell(field) else { return nil }
            guard let value = times.parse(text) else {
                throw RowRejection("\(field.rawValue): '\(text)' is not \(times.expected)")
            }
            if let why = InputBounds.timeProblem(value) { throw RowRejection("\(field.rawValue): '\(text)' \(why)") }
            return value
        }
        do throws(RowRejection) {
            guard let outTradeNo = try cell(.outTradeNo) else { throw RowRejection("out_trade_no is empty") }
            var row = OrderCSVRow(line: record.line, text: record.text, outTradeNo: outTradeNo)
            row.transactionId = try cell(.transactionId)
            row.customer = try cell(.customer)
            row.nickname = try cell(.nickname)
            row.phone = try cell(.phone)
            row.city = try cell(.city)
            row.createdAt = try time(.createdAt)
            row.paidAt = try time(.paidAt)
            if let text = try cell(.status) {
                guard let status = OrderVocabulary.status(text) else {
                    throw RowRejection("status: unknown '\(text)' (\(OrderStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                row.status = status
            }
            if let text = try cell(.channel) {
                guard let channel = OrderVocabulary.channel(text) else {
                    throw RowRejection("channel: unknown '\(text)' (\(Channel.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                row.channel = channel
            }
            row.coupon = try cell(.coupon)
            row.total = try money(.total)
            row.discount = try money(.discount)
            row.paid = try money(.paid)
            row.remark = try cell(.remark)
            let sku = try cell(.sku), name = try cell(.itemName)
            var qty = 1
            if let text = try cell(.qty) {
                guard let n = Int(text), n > 0 else { throw RowRejection("qty: '\(text)' is not a positive whole number") }
                if let why = InputBounds.quantityProblem(Int64(n)) { throw RowRejection("qty: '\(text)' \(why)") }
                qty = n
            }
            let unitPrice = try money(.unitPrice)
            if sku != nil || name != nil {
                row.item = .init(sku: sku ?? name ?? "", name: name ?? sku ?? "", qty: qty, unit: unitPrice)
            }
            return .success(row)
        } catch {
            return .failure(error)
        }
    }
}

/// Surrounding spaces and line breaks removed, without Foundation's string machinery when there
/// are none (the usual case, and this runs for every cell).
func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return text }
    let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
    if !isSpace(first) && !isSpace(last) { return text }
    guard let start = scalars.firstIndex(where: { !isSpace($0) }),
          let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(scalars[start...end])
}

/// A row that cannot be taken, and why.
struct RowRejection: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// Status and channel words as shop exports write them, in English or Chinese.
enum OrderVocabulary {
    static func status(_ text: String) -> OrderStatus? {
        let t = text.lowercased()
        if let s = OrderStatus(rawValue: t) { return s }
        switch t {
        case "待付款", "待支付", "未支付", "unpaid", "pending": return .created
        case "已付款", "已支付", "待发货", "success": return .paid
        case "已发货", "待收货", "shipping": return .shipped
        case "已完成", "已收货", "交易成功", "completed", "finished": return .delivered
        case "退款中", "售后中": return .refunding
        case "已退款", "退款成功": return .refunded
        case "已关闭", "已取消", "交易关闭", "cancelled", "canceled": return .closed
        default: return nil
        }
    }

    static func channel(_ text: String) -> Channel? {
        let t = text.lowercased()
        if let c = Channel(rawValue: t) { return c }
        switch t {
        case "直播", "直播间", "live": return .liveStream
        case "公众号": return .officialAccount
        case "社群", "群", "朋友圈广告", "社群广告": return .groupAd
        case "分享", "好友分享": return .share
        case "搜索", "搜一搜": return .search
        case "广告", "广告投放": return .ads
        case "其他", "其它": return .other
        default: return nil
        }
    }
}
