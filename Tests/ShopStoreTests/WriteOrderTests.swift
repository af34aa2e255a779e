import Foundation
import Testing
import ShopModel
@testable import ShopStore

@Suite struct WriteOrderTests {
    @Test func newOrderIsStoredWithItemsCustomerAndRollup() throws {
        let t = try TempStore()
        #expect(try t.apply(order("A1")) == [.accepted])
        #expect(try t.string("SELECT phone_tail FROM orders") == "5678")
        #expect(try t.string("SELECT items_summary FROM orders") == "小米手环8 ×2")
        #expect(try t.int("SELECT count(*) FROM order_items WHERE out_trade_no = 'A1'") == 1)
        #expect(try t.int("SELECT orders FROM customers WHERE id = 'c1'") == 1)
        let minute = EventWriter.minute(of: T.at(25, 10))
        #expect(try t.rows("SELECT minute, channel, paid_orders, gmv_fen FROM rollup_minute")
                == [[minute.databaseValue, "live_stream".databaseValue, 1.databaseValue, 12_800.databaseValue]])
        #expect(try t.rows("SELECT status FROM order_status_events ORDER BY at")
                == [["created".databaseValue], ["paid".databaseValue]])
    }

    @Test func sameOrderTwiceIsDuplicateAndChangesNothing() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1"))
        let before = try t.rows("SELECT * FROM rollup_minute") + t.rows("SELECT * FROM customers")
        #expect(try t.apply(order("A1"), order("A1", paid: 1)) == [.duplicate, .duplicate])
        #expect(try t.rows("SELECT * FROM rollup_minute") + t.rows("SELECT * FROM customers") == before)
        #expect(try t.int("SELECT count(*) FROM orders") == 1)
    }

    @Test func unpaidOrderWithPaymentTimeIsRejected() throws {
        let t = try TempStore()
        let bad = ShopEvent.order(OrderRecord(outTradeNo: "X", createdAt: 1_764_036_001, paidAt: 1_764_036_002, status: .closed,
                                              total: Money(fen: 1), paid: Money(fen: 1)))
        #expect(try t.apply(bad) == [.rejected("order X has paid_at but status closed")])
    }

    @Test func statusChangeMakesOrderPaidOnceAndKeepsLatestStatus() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1", paidAt: nil, createdAt: T.at(25, 9)))
        #expect(try t.int("SELECT count(*) FROM rollup_minute") == 0)
        let paid = ShopEvent.orderStatus(OrderStatusChange(outTradeNo: "A1", status: .paid, at: T.at(25, 9, 5),
                                                           transactionId: "4200"))
        let shipped = ShopEvent.orderStatus(OrderStatusChange(outTradeNo: "A1", status: .shipped, at: T.at(25, 12)))
        #expect(try t.apply(shipped, paid, paid) == [.accepted, .accepted, .duplicate])
        #expect(try t.string("SELECT status FROM orders") == "shipped")
        #expect(try t.int("SELECT paid_at FROM orders") == T.at(25, 9, 5))
        #expect(try t.string("SELECT transaction_id FROM orders") == "4200")
        #expect(try t.rows("SELECT minute, paid_orders FROM rollup_minute WHERE paid_orders != 0")
                == [[EventWriter.minute(of: T.at(25, 9, 5)).databaseValue, 1.databaseValue]])
        #expect(try t.int("SELECT sum(gmv_fen) FROM rollup_minute") == 12_800)
    }

    @Test func statusOfUnknownOrderIsRejected() throws {
        let t = try TempStore()
        let e = ShopEvent.orderStatus(OrderStatusChange(outTradeNo: "NOPE", status: .paid, at: 1_764_036_005))
        #expect(try t.apply(e) == [.rejected("unknown order NOPE")])
    }

    @Test func itemsSummaryCountsPieces() {
        let items = [OrderItem(sku: "a", name: "小米手环8", qty: 2, unit: .zero),
                     OrderItem(sku: "b", name: "充电器", qty: 1, unit: .zero)]
        #expect(OrderText.itemsSummary(items) == "小米手环8 ×2 等3件")
        #expect(OrderText.itemsSummary([]) == "")
        #expect(OrderText.phoneTail("+86 138-1234-5678") == "5678")
        #expect(OrderText.phoneTail("12") == nil)
    }
}
