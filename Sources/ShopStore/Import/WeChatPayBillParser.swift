import Foundation
import ShopModel

/// A bill read into typed rows, with the rows that could not be read and its own summary.
public struct ParsedBill: Sendable, Equatable {
    public var kind: WeChatPayBillKind
    public var details: [BillDetail] = []
    public var rejections: [Rejection] = []
    /// nil when the bill ends without its summary lines (cut short, or not a complete download).
    public var summary: BillSummary?
}

/// Reads a trade bill: header, detail rows (every field starts with a backtick), summary header
/// and summary row. Times are China time whatever the shop's zone is.
public struct WeChatPayBillParser {
    public static let billZone = TimeZone(identifier: "Asia/Shanghai")!
    private let times = TimeParser(zone: WeChatPayBillParser.billZone, pattern: nil)

    public init() {}

    public func parse(file: String) throws -> ParsedBill {
        try parse(ImportInput.read(file))
    }

    public func parse(_ input: ImportInput) throws -> ParsedBill {
        try input.requireUTF8()
        let reader = try CSVRecordReader(input: input)
        let bill = try parse(reader)
        try reader.checkError()
        return bill
    }

    public func parse(_ reader: CSVRecordReader) throws -> ParsedBill {
        guard let headerRecord = reader.nextNonBlank() else { throw ImportError.emptyFile(file: reader.file) }
        let header = headerRecord.fields.enumerated().map { i, f in
            (i == 0 ? OrderCSVMapping.withoutBOM(f) : f).trimmingCharacters(in: .whitespaces)
        }
        let kind: WeChatPayBillKind = header.contains(BillColumn.refundRequestedAt) ? .refund
            : header.contains(BillColumn.wechatRefundId) ? .all : .success
        let missing = BillColumn.required(for: kind).filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw ImportError.notABill(file: reader.file, line: headerRecord.line,
                                       reason: "header lacks \(missing.joined(separator: ", "))")
        }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var bill = ParsedBill(kind: kind)
        // Every row the bill can reconcile must fit the sums; a row that would overflow them is refused.
        var sums = BillTotals()
        while let record = reader.nextNonBlank() {
            if Self.plain(record.fields.first ?? "") == BillColumn.summaryMarker {
                bill.summary = try summary(after: record, in: reader)
                while let extra = reader.nextNonBlank() {
                    bill.rejections.append(Rejection(line: extra.line, reason: "line after the bill's summary", text: extra.text))
                }
                break
            }
            guard record.fields.count == header.count else {
                bill.rejections.append(Rejection(line: record.line, reason: "has \(record.fields.count) fields, the header has \(header.count)",
                                                 text: record.text))
                continue
            }
            switch detail(record, kind: kind, index: index) {
            case .success(let d):
                guard sums.add(d) else {
                    bill.rejections.append(Rejection(line: record.line, reason: "the bill's sums would overflow", text: record.text))
                    continue
                }
                bill.details.append(d)
            case .failure(let why): bill.rejections.append(Rejection(line: record.line, reason: why.reason, text: record.text))
            }
        }
        return bill
    }

    /// A field without the backtick bills put in front of every value, and without padding.
    static func plain(_ field: String) -> String {
        let scalars = field.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        if start < end, scalars[start] == "\u{FEFF}" { start = scalars.index(after: start) }
        if start < end, scalars[start] == "`" { start = scalars.index(after: start) }
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while start < end, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return field }
        return String(scalars[start..<end])
    }

    private func detail(_ record: CSVRecord, kind: WeChatPayBillKind, index: [String: Int]) -> Result<BillDetail, RowRejection> {
        func text(_ column: String) -> String? {
            guard let i = index[column] else { return nil }
            let v = Self.plain(record.fields[i])
            return v.isEmpty ? nil : v
        }
        /// Ids that bills fill with "0" when a payment row has no refund.
        func id(_ column: String) -> String? {
            guard let v = text(column), v != "0" else { return nil }
            return v
        }
        func money(_ column: String) throws(RowRejection) -> Money {
            guard let v = text(column) else { return .zero }
            guard let m = YuanText.money(v) else { throw RowRejection("\(column): '\(v)' is not an amount in yuan") }
            if let why = InputBounds.moneyProblem(m.fen) { throw RowRejection("\(column): '\(v)' \(why)") }
            return m
        }
        func time(_ column: String) throws(RowRejection) -> Int64? {
            guard let v = text(column) else { return nil }
            guard let t = times.parse(v) else { throw RowRejection("\(column): '\(v)' is not a time like 2026-11-25 14:05:09") }
            if let why = InputBounds.timeProblem(t) { throw RowRejection("\(column): '\(v)' \(why)") }
            return t
        }
        do throws(RowRejection) {
            guard let tradeTime = try time(BillColumn.tradeTime) else { throw RowRejection("\(BillColumn.tradeTime) is empty") }
            guard let outTradeNo = text(BillColumn.outTradeNo) else { throw RowRejection("\(BillColumn.outTradeNo) is empty") }
            guard let transactionId = text(BillColumn.transactionId) else { throw RowRejection("\(BillColumn.transactionId) is empty") }
            let stateText = text(BillColumn.tradeState) ?? ""
            guard let state = WeChatPayTradeState(rawValue: stateText) else {
                throw RowRejection("\(BillColumn.tradeState): unknown '\(stateText)' (SUCCESS, REFUND or REVOKED)")
            }
            if kind == .success && state == .refund { throw RowRejection("a refund row in a SUCCESS bill") }
            if kind == .refund && state != .refund { throw RowRejection("a \(state.rawValue) row in a REFUND bill") }
            if let currency = text(BillColumn.currency), currency != "CNY" {
                throw RowRejection("\(BillColumn.currency): '\(currency)' (only CNY is supported)")
            }
            let feeText = text(BillColumn.fee) ?? "0"
            guard let fee = BillFee(yuan: feeText) else { throw RowRejection("\(BillColumn.fee): '\(feeText)' is not an amount in yuan") }
            let detail = BillDetail(
                line: record.line, text: record.text, tradeTime: tradeTime, transactionId: transactionId,
                outTradeNo: outTradeNo, openid: text(BillColumn.openid), tradeType: text(BillColumn.tradeType),
                state: state, settlementAmount: try money(BillColumn.settlementAmount),
                couponAmount: try money(BillColumn.couponAmount), orderAmount: try money(BillColumn.orderAmount),
                refundRequestedAt: try time(BillColumn.refundRequestedAt),
                refundSucceededAt: try time(BillColumn.refundSucceededAt),
                wechatRefundId: id(BillColumn.wechatRefundId), refundNo: id(BillColumn.refundNo),
                refundAmount: try money(BillColumn.refundAmount),
                rechargeCouponRefund: try money(BillColumn.rechargeCouponRefund),
                refundStatus: text(BillColumn.refundStatus), requestedRefund: try money(BillColumn.requestedRefund),
                productName: text(BillColumn.productName), fee: fee)
            return .success(detail)
        } catch {
            return .failure(error)
        }
    }

    private func summary(after header: CSVRecord, in reader: CSVRecordReader) throws -> BillSummary {
        let names = header.fields.map(Self.plain)
        guard let values = reader.nextNonBlank() else {
            throw ImportError.notABill(file: reader.file, line: header.line, reason: "summary header without a summary row")
        }
        guard values.fields.count == names.count else {
            throw ImportError.notABill(file: reader.file, line: values.line,
                                       reason: "summary row has \(values.fields.count) fields, its header has \(names.count)")
        }
        var summary = BillSummary(line: values.line)
        for (name, raw) in zip(names, values.fields.map(Self.plain)) {
            func money() throws -> Money {
                guard let m = YuanText.money(raw) else {
                    throw ImportError.notABill(file: reader.file, line: values.line, reason: "\(name): '\(raw)' is not an amount")
                }
                return m
            }
            switch name {
            case "总交易单数":
                guard let n = Int(raw) else {
                    throw ImportError.notABill(file: reader.file, line: values.line, reason: "\(name): '\(raw)' is not a count")
                }
                summary.rows = n
            case "应结订单总金额": summary.settlement = try money()
            case "退款总金额": summary.refunds = try money()
            case "充值券退款总金额": summary.rechargeCouponRefunds = try money()
            case "订单总金额": summary.orders = try money()
            case "申请退款总金额": summary.requestedRefunds = try money()
            case "手续费总金额":
                guard let f = BillFee(yuan: raw) else {
                    throw ImportError.notABill(file: reader.file, line: values.line, reason: "\(name): '\(raw)' is not an amount")
                }
                summary.fees = f
            default: continue // a figure this version does not know is not checked
            }
        }
        return summary
    }
}
