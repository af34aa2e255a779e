/// The bill's own summary next to what was imported, figure by figure.
public struct BillReconciliation: Sendable, Equatable {
    public struct Figure: Sendable, Equatable {
        /// The summary's name for it, e.g. 应结订单总金额.
        public var name: String
        /// What it means, for people who do not read the bill's Chinese headers.
        public var meaning: String
        /// nil when the bill's summary does not state it (SUCCESS bills have no refund figures).
        public var bill: String?
        public var imported: String
        public var agrees: Bool { bill == nil || bill == imported }
    }

    public var figures: [Figure]
    /// Set when the bill has no summary at all.
    public var missingSummary: Bool
    /// Rows whose amounts differ from what the store holds for the same order or refund (an order
    /// that was already in the store with other figures, say).
    public var rowDifferences: [String] = []

    public var agrees: Bool { !missingSummary && figures.allSatisfy(\.agrees) && rowDifferences.isEmpty }

    /// Every figure that disagrees, as "name: bill X, imported Y".
    public var differences: [String] {
        var out = missingSummary ? ["the bill has no summary lines (总交易单数...); it may be cut short"] : []
        for f in figures where !f.agrees {
            out.append("\(f.name) (\(f.meaning)): bill \(f.bill ?? "-"), imported \(f.imported)")
        }
        return out + rowDifferences
    }

    public init(summary: BillSummary?, imported: BillTotals, rowDifferences: [String] = []) {
        missingSummary = summary == nil
        self.rowDifferences = rowDifferences
        let s = summary
        figures = [
            Figure(name: "总交易单数", meaning: "rows", bill: s?.rows.map { String($0) }, imported: String(imported.rows)),
            Figure(name: "应结订单总金额", meaning: "paid", bill: s?.settlement?.yuanString, imported: imported.settlement.yuanString),
            Figure(name: "退款总金额", meaning: "refunded", bill: s?.refunds?.yuanString, imported: imported.refunds.yuanString),
            Figure(name: "充值券退款总金额", meaning: "coupon refunds", bill: s?.rechargeCouponRefunds?.yuanString,
                   imported: imported.rechargeCouponRefunds.yuanString),
            Figure(name: "手续费总金额", meaning: "fees", bill: s?.fees?.description, imported: imported.fees.description),
            Figure(name: "订单总金额", meaning: "order totals", bill: s?.orders?.yuanString, imported: imported.orders.yuanString),
            Figure(name: "申请退款总金额", meaning: "refunds requested", bill: s?.requestedRefunds?.yuanString,
                   imported: imported.requestedRefunds.yuanString),
        ].filter { summary == nil || $0.bill != nil }
    }

    /// A small table: figure, bill, imported, and a mark where they differ.
    public var table: String {
        let rows = figures.map { f in ["\(f.name) \(f.meaning)", f.bill ?? "-", f.imported, f.agrees ? "" : "<- differs"] }
        let header = ["figure", "bill", "imported", ""]
        let all = [header] + rows
        // Chinese characters take two columns in a terminal: pad by display width, not by count.
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }
        let widths = (0..<3).map { c in all.map { width($0[c]) }.max() ?? 0 }
        return all.map { row in
            let first = row[0] + String(repeating: " ", count: widths[0] - width(row[0]))
            let bill = String(repeating: " ", count: widths[1] - width(row[1])) + row[1]
            let imported = String(repeating: " ", count: widths[2] - width(row[2])) + row[2]
            var line = "  \(first)  \(bill)  \(imported)  \(row[3])"
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
