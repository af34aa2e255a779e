import ShopModel

/// `shopdash import wechatpay-bill`: a trade bill's payments and refunds, then a reconciliation of
/// the bill's own summary against the rows that are now in the store.
public struct WeChatPayBillImport {
    public let bill: ParsedBill
    public let plan: ImportPlan
    /// For each unit of `plan`, the detail row it came from.
    private let details: [BillDetail]

    public init(file: String) throws {
        self.init(bill: try WeChatPayBillParser().parse(file: file))
    }

    public init(bill: ParsedBill) {
        self.bill = bill
        var units: [ImportUnit] = []
        var details: [BillDetail] = []
        var rejections = bill.rejections
        for d in bill.details {
            switch d.events() {
            case .success(let events):
                units.append(ImportUnit(sources: [SourceLine(line: d.line, text: d.text)], events: events))
                details.append(d)
            case .failure(let why):
                rejections.append(Rejection(line: d.line, reason: why.reason, text: d.text))
            }
        }
        self.details = details
        plan = ImportPlan(units: units, rejections: rejections.sorted { $0.line < $1.line })
    }

    /// Sums the rows the store took or already had, and sets them beside the bill's summary.
    /// Amounts are the bill's own; `reconcile(_:against:)` reads them back from the store instead.
    public func reconcile(_ outcome: ImportOutcome) -> BillReconciliation {
        var imported = BillTotals()
        for detail in importedDetails(outcome) { imported.add(detail) }
        return BillReconciliation(summary: bill.summary, imported: imported)
    }

    /// Like `reconcile(_:)`, but paid, order and refund amounts are what the store now holds for
    /// each imported row, so an order that was already there with other figures shows up as a
    /// difference instead of passing as a duplicate. Fees and coupon refunds are not stored and
    /// come from the bill.
    public func reconcile(_ outcome: ImportOutcome, against store: ShopStore) throws -> BillReconciliation {
        let rows = importedDetails(outcome)
        let orders = try store.storedOrderAmounts(rows.filter { $0.state != .refund }.map(\.outTradeNo))
        let refunds = try store.storedRefundAmounts(rows.compactMap(\.storedRefundNo))
        var imported = BillTotals()
        var differences: [String] = []
        func compare(_ d: BillDetail, _ subject: String, _ what: String, bill: Money, store: Money?) -> Money {
            guard let store else {
                differences.append("line \(d.line): \(subject) is not in the store")
                return .zero
            }
            if store != bill {
                differences.append("line \(d.line): \(subject) \(what): bill \(bill.yuanString), store \(store.yuanString)")
            }
            return store
        }
        for d in rows {
            var stored = d
            switch d.state {
            case .success, .revoked:
                let amounts = orders[d.outTradeNo]
                let order = "order \(d.outTradeNo)"
                stored.settlementAmount = compare(d, order, BillColumn.settlementAmount, bill: d.settlementAmount, store: amounts?.paid)
                if amounts != nil {
                    stored.orderAmount = compare(d, order, BillColumn.orderAmount, bill: d.orderAmount, store: amounts?.total)
                }
            case .refund:
                let amount = d.storedRefundNo.flatMap { refunds[$0] }
                stored.refundAmount = compare(d, "refund \(d.storedRefundNo ?? "?")", BillColumn.refundAmount,
                                              bill: d.refundAmount, store: amount)
            }
            imported.add(stored)
        }
        return BillReconciliation(summary: bill.summary, imported: imported, rowDifferences: differences)
    }

    private func importedDetails(_ outcome: ImportOutcome) -> [BillDetail] {
        zip(details, outcome.results).compactMap { detail, result in
            if case .rejected = result { return nil }
            return detail
        }
    }
}
