import ShopModel

/// The input lines behind one event: what a result or a rejection is reported against.
public struct SourceLine: Sendable, Equatable {
    public var line: Int
    public var text: String
    public init(line: Int, text: String) { self.line = line; self.text = text }
}

/// Rows that share an out_trade_no are one order with one item per row (exports list one row per
/// item and repeat, or leave blank, the order's own columns). The first value of an order column
/// wins; a later row with a different value is rejected rather than guessed about, and a row that
/// repeats an earlier one word for word adds nothing (it counts as a duplicate).
struct OrderCSVAssembler {
    private struct Group {
        var first: OrderCSVRow
        var rows: [SourceLine]
        var items: [OrderCSVRow.Item]
    }

    /// Times in messages are shown as the file's zone reads them, not as Unix seconds.
    let calendar: ShopCalendar
    private var groups: [Group] = []
    private var indexByOrder: [String: Int] = [:]
    private(set) var rejections: [Rejection] = []
    private(set) var repeatedRows = 0

    init(calendar: ShopCalendar) { self.calendar = calendar }

    mutating func reject(line: Int, text: String, reason: String) {
        rejections.append(Rejection(line: line, reason: reason, text: text))
    }

    mutating func add(_ row: OrderCSVRow) {
        guard let index = indexByOrder[row.outTradeNo] else {
            indexByOrder[row.outTradeNo] = groups.count
            groups.append(Group(first: row, rows: [SourceLine(line: row.line, text: row.text)],
                                items: row.item.map { [$0] } ?? []))
            return
        }
        // Orders have a handful of rows: a linear search costs less memory than a set per order.
        if groups[index].rows.contains(where: { $0.text == row.text }) {
            repeatedRows += 1
            return
        }
        if let conflict = Self.conflict(row, with: groups[index].first, calendar: calendar) {
            reject(line: row.line, text: row.text,
                   reason: "out_trade_no \(row.outTradeNo) (first row: line \(groups[index].first.line)): \(conflict)")
            return
        }
        groups[index].first.fillBlanks(from: row)
        groups[index].rows.append(SourceLine(line: row.line, text: row.text))
        if let item = row.item { groups[index].items.append(item) }
    }

    /// Every order with the rows it came from; orders that cannot be built reject all their rows.
    mutating func finish() -> [(rows: [SourceLine], order: OrderRecord)] {
        var orders: [(rows: [SourceLine], order: OrderRecord)] = []
        for group in groups {
            switch Self.order(from: group.first, items: group.items) {
            case .success(let order): orders.append((group.rows, order))
            case .failure(let why):
                for row in group.rows { reject(line: row.line, text: row.text, reason: why.reason) }
            }
        }
        return orders
    }

    static func order(from row: OrderCSVRow, items: [OrderCSVRow.Item]) -> Result<OrderRecord, RowRejection> {
        guard let createdAt = row.createdAt ?? row.paidAt else {
            return .failure(RowRejection("needs created_at or paid_at"))
        }
        let discount = row.discount ?? .zero
        guard let total = row.total ?? row.paid.map({ $0 + discount }) else {
            return .failure(RowRejection("needs total or paid"))
        }
        guard discount <= total else {
            return .failure(RowRejection("discount \(discount.yuanString) is more than total \(total.yuanString)"))
        }
        let paid = row.paid ?? total - discount
        let status = row.status ?? (row.paidAt != nil ? .paid : .created)
        // A paid status without paid_at is left to the store, which then takes created_at as the
        // payment time, exactly as for JSONL orders.
        if let paidAt = row.paidAt, paidAt < createdAt {
            return .failure(RowRejection("paid_at is before created_at"))
        }
        let orderItems = items.map { item -> OrderItem in
            OrderItem(sku: item.sku, name: item.name, qty: item.qty,
                      unit: item.unit ?? (items.count == 1 ? exactUnit(total, qty: item.qty) : .zero))
        }
        return .success(OrderRecord(
            outTradeNo: row.outTradeNo, transactionId: row.transactionId, customer: row.customer,
            nickname: row.nickname, phone: row.phone, city: row.city, createdAt: createdAt,
            paidAt: row.paidAt, status: status, total: total, discount: discount, paid: paid,
            channel: row.channel ?? .other, coupon: row.coupon, items: orderItems, remark: row.remark))
    }

    /// A one-item order's unit price when the file gives none: total / qty if that is whole fen,
    /// else zero, which the store reads as "not known" rather than a price made up by rounding.
    static func exactUnit(_ total: Money, qty: Int) -> Money {
        total.fen % Int64(qty) == 0 ? Money(fen: total.fen / Int64(qty)) : .zero
    }

    /// The first order column on which `row` says something else than `first`.
    static func conflict(_ row: OrderCSVRow, with first: OrderCSVRow, calendar: ShopCalendar) -> String? {
        func differs<T: Equatable>(_ name: String, _ a: T?, _ b: T?, _ show: (T) -> String) -> String? {
            guard let a, let b, a != b else { return nil }
            return "\(name) '\(show(a))' differs from '\(show(b))'"
        }
        let text: (String) -> String = { $0 }
        let money: (Money) -> String = { $0.yuanString }
        let time: (Int64) -> String = { "\(calendar.dayLabel($0)) \(calendar.timeLabel($0, seconds: true))" }
        let checks: [() -> String?] = [
            { differs("transaction_id", row.transactionId, first.transactionId, text) },
            { differs("customer", row.customer, first.customer, text) },
            { differs("nickname", row.nickname, first.nickname, text) },
            { differs("phone", row.phone, first.phone, text) },
            { differs("city", row.city, first.city, text) },
            { differs("created_at", row.createdAt, first.createdAt, time) },
            { differs("paid_at", row.paidAt, first.paidAt, time) },
            { differs("status", row.status, first.status) { $0.rawValue } },
            { differs("channel", row.channel, first.channel) { $0.rawValue } },
            { differs("coupon", row.coupon, first.coupon, text) },
            { differs("total", row.total, first.total, money) },
            { differs("discount", row.discount, first.discount, money) },
            { differs("paid", row.paid, first.paid, money) },
            { differs("remark", row.remark, first.remark, text) },
        ]
        for check in checks { if let found = check() { return found } }
        return nil
    }
}

extension OrderCSVRow {
    /// Takes the order columns this row has and the first row left blank.
    mutating func fillBlanks(from other: OrderCSVRow) {
        transactionId = transactionId ?? other.transactionId
        customer = customer ?? other.customer
        nickname = nickname ?? other.nickname
        phone = phone ?? other.phone
        city = city ?? other.city
        createdAt = createdAt ?? other.createdAt
        paidAt = paidAt ?? other.paidAt
        status = status ?? other.status
        channel = channel ?? other.channel
        coupon = coupon ?? other.coupon
        total = total ?? other.total
        discount = discount ?? other.discount
        paid = paid ?? other.paid
        remark = remark ?? other.remark
    }
}
