import ShopModel

/// Which columns the order search results show in a given width. Time, order number, amount and
/// status always fit whole (an amount cut to `¥5…` answers nothing); the masked phone (which
/// confirms a search by its tail), the nickname and the items join in that order while there is room.
struct ResultColumns {
    static let created = 11
    static let nickname = 10
    /// Below this a nickname is not worth a column.
    static let shortNickname = 6
    static let phone = 11
    /// Items are worth showing only with room for a product name.
    static let items = 12

    let orderNo: Int
    let amount: Int
    let status: Int
    let showsNickname: Bool
    let showsPhone: Bool
    let showsItems: Bool

    init(_ results: [OrderSummary], width: Int, visibleRows: Int, _ c: RenderContext) {
        // A list longer than the box brings a scrollbar in the last column.
        let room = width - (results.count > visibleRows ? 1 : 0)
        amount = results.reduce(TextWidth.columns(c.t(.amount))) { max($0, TextWidth.columns(c.money($1.amount))) }
        status = results.reduce(TextWidth.columns(c.t(.status))) { max($0, TextWidth.columns(c.status($1.status))) }
        let essential = Self.created + 12 + amount + status + 3
        orderNo = room - essential >= 10 + Self.nickname + Self.phone + Self.items + 4 ? 22 : 12
        var used = essential + orderNo - 12
        showsPhone = used + Self.phone + 1 <= room
        if showsPhone { used += Self.phone + 1 }
        showsNickname = used + Self.shortNickname + 1 <= room
        if showsNickname { used += Self.nickname + 1 }
        showsItems = used + Self.items + 1 <= room
    }

    func columns(_ c: RenderContext) -> [TableColumn] {
        var columns = [TableColumn(title: c.t(.createdAt), width: Self.created),
                       TableColumn(title: c.t(.orderNo), width: orderNo)]
        // Without items the nickname takes what is left: a name cut short is the next thing missed.
        if showsNickname { columns.append(TableColumn(title: c.t(.nickname), width: showsItems ? Self.nickname : 0, grows: true)) }
        if showsPhone { columns.append(TableColumn(title: c.t(.phone), width: Self.phone)) }
        if showsItems { columns.append(TableColumn(title: c.t(.items), width: 0)) }
        return columns + [TableColumn(title: c.t(.amount), width: amount, align: .right),
                          TableColumn(title: c.t(.status), width: status)]
    }

    func row(_ r: OrderSummary, _ c: RenderContext) -> [String] {
        var row = [c.stamp(r.createdAt), orderNo >= 22 ? r.outTradeNo : FeedPane.tail(r.outTradeNo, orderNo, c)]
        if showsNickname { row.append(c.nickname(r.nickname)) }
        if showsPhone { row.append(r.phone == nil ? "" : c.phone(r.phone)) }
        if showsItems { row.append(r.itemsSummary) }
        return row + [c.money(r.amount), c.status(r.status)]
    }
}
