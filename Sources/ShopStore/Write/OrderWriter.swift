import GRDB
import ShopModel

extension EventWriter {
    /// A new order; an order number already in the store is a duplicate whatever its values,
    /// because later changes to an order arrive as `order_status` events.
    func applyOrder(_ o: OrderRecord) throws -> ApplyResult {
        let paidAt: Int64?
        if o.status.wasPaid {
            // A paid order without a payment time was paid when it was placed, as far as we know.
            paidAt = o.paidAt ?? o.createdAt
        } else {
            if o.paidAt != nil {
                return .rejected("order \(o.outTradeNo) has paid_at but status \(o.status.rawValue)")
            }
            paidAt = nil
        }
        let statusAt = max(o.createdAt, paidAt ?? o.createdAt)
        // Looked up first rather than left to ON CONFLICT: a conflicting insert still uses up an
        // AUTOINCREMENT number, and seq must not depend on how often a line was replayed.
        guard try !orderExists(o.outTradeNo) else { return .duplicate }
        try run("""
            INSERT INTO orders (out_trade_no, transaction_id, customer, nickname, phone, phone_tail, city, address,
              created_at, paid_at, status, status_at, total_fen, discount_fen, paid_fen, channel, live_session,
              coupon, items_summary, remark, feed_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              coalesce((SELECT max(feed_seq) FROM orders), 0) + 1)
            """, [o.outTradeNo, o.transactionId, o.customer, o.nickname, o.phone, OrderText.phoneTail(o.phone),
                  o.city, o.address, o.createdAt, paidAt, o.status.rawValue, statusAt, o.total.fen,
                  o.discount.fen, o.paid.fen, o.channel.rawValue, o.liveSession, o.coupon,
                  OrderText.itemsSummary(o.items), o.remark])
        rollups.count(.orders)
        seen.orders.insert(o.outTradeNo)
        try OrderSearchIndex.add(seq: db.lastInsertedRowID, nickname: o.nickname, itemNames: o.items.map(\.name),
                                 phone: o.phone, db)

        for (line, item) in o.items.enumerated() {
            try run("""
                INSERT INTO order_items (out_trade_no, line, sku, name, qty, unit_fen) VALUES (?, ?, ?, ?, ?, ?)
                """, [o.outTradeNo, line + 1, item.sku, item.name, item.qty, item.unit.fen])
        }
        // The trail starts with what the order itself tells: placed, paid, and where it is now.
        try addStatusEvent(o.outTradeNo, .created, o.createdAt)
        if let paidAt {
            try addStatusEvent(o.outTradeNo, .paid, paidAt)
            addSales(at: paidAt, channel: o.channel.rawValue, orders: 1, gmv: o.paid.fen)
            addLiveSale(session: o.liveSession, at: paidAt, orders: 1, gmv: o.paid.fen)
        }
        if o.status != .created && o.status != .paid {
            try addStatusEvent(o.outTradeNo, o.status, statusAt)
        }
        if let customer = o.customer {
            try countCustomerOrder(customer, o)
            try reach(.orderer, customer, at: o.createdAt)
            if let paidAt { try reach(.buyer, customer, at: paidAt) }
        }
        return .accepted
    }

    /// Customers keep the contact details of their latest order (by order time) and a count.
    private func countCustomerOrder(_ id: String, _ o: OrderRecord) throws {
        let orders = try row("""
            INSERT INTO customers (id, nickname, phone, city, first_order_at, last_order_at, orders)
            VALUES (?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT (id) DO UPDATE SET
              nickname = CASE WHEN excluded.last_order_at >= last_order_at
                THEN coalesce(excluded.nickname, nickname) ELSE coalesce(nickname, excluded.nickname) END,
              phone = CASE WHEN excluded.last_order_at >= last_order_at
                THEN coalesce(excluded.phone, phone) ELSE coalesce(phone, excluded.phone) END,
              city = CASE WHEN excluded.last_order_at >= last_order_at
                THEN coalesce(excluded.city, city) ELSE coalesce(city, excluded.city) END,
              first_order_at = min(first_order_at, excluded.first_order_at),
              last_order_at = max(last_order_at, excluded.last_order_at),
              orders = orders + 1
            RETURNING orders
            """, [id, o.nickname, o.phone, o.city, o.createdAt, o.createdAt])
        // The count only grows from 1, so 1 means this order made the customer.
        if let orders, (orders[0] as Int64) == 1 { rollups.count(.customers) }
    }

    @discardableResult
    func addStatusEvent(_ outTradeNo: String, _ status: OrderStatus, _ at: Int64) throws -> Bool {
        try run("""
            INSERT INTO order_status_events (out_trade_no, status, at) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [outTradeNo, status.rawValue, at])
    }

    /// A later status of an order. The order's current status only moves forward in time, so
    /// events that arrive out of order still leave the latest one in place. The order counts as
    /// paid from the earliest `paid` event (or, lacking one, the first status that implies payment).
    func applyOrderStatus(_ s: OrderStatusChange) throws -> ApplyResult {
        guard let order = try row("""
            SELECT status, status_at, paid_at, channel, paid_fen, live_session, customer FROM orders WHERE out_trade_no = ?
            """, [s.outTradeNo]) else { return Self.unknownOrder(s.outTradeNo) }
        guard try addStatusEvent(s.outTradeNo, s.status, s.at) else { return .duplicate }

        let status: String = order["status"]
        let statusAt: Int64 = order["status_at"]
        let oldPaidAt: Int64? = order["paid_at"]
        let channel: String = order["channel"]
        let paidFen: Int64 = order["paid_fen"]

        var paidAt = oldPaidAt
        if s.status.wasPaid {
            if let old = oldPaidAt {
                if s.status == .paid && s.at < old { paidAt = s.at }
            } else {
                paidAt = s.at
            }
        }
        if paidAt != oldPaidAt, let paidAt {
            if let old = oldPaidAt { addSales(at: old, channel: channel, orders: -1, gmv: -paidFen) }
            addSales(at: paidAt, channel: channel, orders: 1, gmv: paidFen)
            let session: String? = order["live_session"]
            if let old = oldPaidAt { addLiveSale(session: session, at: old, orders: -1, gmv: -paidFen) }
            addLiveSale(session: session, at: paidAt, orders: 1, gmv: paidFen)
        }
        let moves = s.at >= statusAt
        // The feed hears of a change it would show, and only of that: a status the order already
        // has, or one older than its current one, changes nothing on screen unless it moves the
        // payment time.
        let showsChange = (moves && s.status.rawValue != status) || paidAt != oldPaidAt
        try run("""
            UPDATE orders SET
              status = CASE WHEN ? THEN ? ELSE status END,
              status_at = CASE WHEN ? THEN ? ELSE status_at END,
              paid_at = ?,
              transaction_id = coalesce(transaction_id, ?),
              feed_seq = CASE WHEN ? THEN coalesce((SELECT max(feed_seq) FROM orders), 0) + 1 ELSE feed_seq END
            WHERE out_trade_no = ?
            """, [moves, s.status.rawValue, moves, s.at, paidAt, s.transactionId, showsChange, s.outTradeNo])
        // An order's customer never changes once written, but its payment time may move earlier.
        let customer: String? = order["customer"]
        if paidAt != oldPaidAt, let paidAt, let customer {
            if let old = oldPaidAt { try rebuildBuyer(customer, day: calendar.dayNumber(old)) }
            try reach(.buyer, customer, at: paidAt)
        }
        return .accepted
    }
}
