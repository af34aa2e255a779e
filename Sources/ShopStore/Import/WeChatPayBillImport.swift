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
            switch d.event() {
            case .success(let event):
                units.append(ImportUnit(sources: [SourceLine(line: d.line, text: d.text)], event: event))
                details.append(d)
            case .failure(let why):
                rejections.append(Rejection(line: d.line, reason: why.reason, text: d.text))
            }
        }
        self.details = details
        plan = ImportPlan(units: units, rejections: rejections.sorted { $0.line < $1.line })
    }

    /// Sums the rows the store took or already had, and sets them beside the bill's summary.
    public func reconcile(_ outcome: ImportOutcome) -> BillReconciliation {
        var imported = BillTotals()
        for (detail, result) in zip(details, outcome.results) {
            if case .rejected = result { continue }
            imported.add(detail)
        }
        return BillReconciliation(summary: bill.summary, imported: imported)
    }

    /// The sums of every detail row the bill has, whether or not it could be imported.
    public var detailTotals: BillTotals {
        var totals = BillTotals()
        for d in bill.details { totals.add(d) }
        return totals
    }
}
