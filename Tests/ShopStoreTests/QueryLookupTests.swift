import Testing
import ShopModel
@testable import ShopStore

/// Order lookup and order detail, incl. masking and the audited reveal.
@Suite struct QueryLookupTests {
    /// Takes the seeded store itself (not its ShopStore) so that its directory outlives every query.
    func found(_ seeded: SeededStore, _ q: String, from: Int64? = nil, to: Int64? = nil, status: OrderStatus? = nil,
               limit: Int = 20) throws -> [String] {
        try seeded.store.findOrders(q, from: from, to: to, status: status, limit: limit).orders.map(\.outTradeNo)
    }

    @Test func exactIdsFindOneOrder() throws {
        let s = try SeededStore()
        #expect(try found(s, "O3") == ["O3"])
        #expect(try found(s, " \(Seed.o2Transaction) ") == ["O2"])
        #expect(try found(s, "O999").isEmpty)
    }

    @Test func phoneTailAndFullNumber() throws {
        let seeded = try SeededStore()
        // Tom's three orders and 钱七's, newest first.
        #expect(try found(seeded, "1234") == ["O8F", "O2", "Y1", "W1"])
        #expect(try found(seeded, "13812345678") == ["O4", "O1", "Y3", "W2"])
        let o2 = try #require(seeded.store.findOrders("1234", limit: 5).orders.first { $0.outTradeNo == "O2" })
        #expect(o2.phone == "139****1234")
        #expect(o2.transactionId == Seed.o2Transaction && o2.amount == Money(fen: 25_600) && o2.status == .shipped)
    }

    @Test func nicknameAndProductSubstrings() throws {
        let s = try SeededStore()
        #expect(try found(s, "小明") == ["O4", "O1", "Y3", "W2"])
        #expect(try found(s, "明") == ["O4", "O1", "Y3", "W2"])
        #expect(try found(s, "耳机") == ["O2", "Y1"])
        #expect(try found(s, "数据线") == ["O6", "O5", "O7U", "Y4"])
        // ASCII ignores case; Chinese must match exactly.
        #expect(try found(s, "tom") == ["O8F", "O2", "Y1"])
        #expect(try found(s, "pRo") == ["O2", "Y1"])
        #expect(try found(s, "小 明").isEmpty)
        // LIKE wildcards typed by the user are plain characters.
        #expect(try found(s, "%").isEmpty)
        #expect(try found(s, "_").isEmpty)
    }

    @Test func filtersAndLimits() throws {
        let s = try SeededStore()
        #expect(try found(s, "小明", status: .refunded) == ["O4", "W2"])
        #expect(try found(s, "小明", from: Seed.at(25, 0)) == ["O4", "O1"])
        #expect(try found(s, "小明", from: Seed.at(24, 0), to: Seed.at(25, 0)) == ["Y3"])
        #expect(try found(s, "小明", limit: 1) == ["O4"])
        #expect(try found(s, "", limit: 3) == ["O8F", "O6", "O5"])
        #expect(try found(s, "O3", status: .refunded).isEmpty)
    }

    @Test func detailIsMaskedAndComplete() throws {
        let seeded = try SeededStore()
        let d = try #require(try seeded.store.orderDetail("O3", now: Seed.now))
        #expect(!d.revealed)
        #expect(d.order.phone == "137****5678")
        #expect(d.order.address == "上海市浦东新****")
        #expect(d.order.items == [Seed.item("s3", "保温杯", 1, 12_000)])
        #expect(d.order.paid == Money(fen: 10_000) && d.order.discount == Money(fen: 2_000) && d.order.liveSession == "L1")
        #expect(d.statusTrail == [StatusChange(status: .created, at: Seed.at(25, 13, 10)),
                                  StatusChange(status: .paid, at: Seed.at(25, 13, 10, 20))])
        #expect(d.redemption?.batchId == "B1" && d.redemption?.discount == Money(fen: 2_000))
        #expect(d.couponName == "满100减20")
        #expect(d.refunds.isEmpty && d.shipments.isEmpty && d.audit.isEmpty)

        let byTransaction = try #require(try seeded.store.orderDetail(Seed.o2Transaction, now: Seed.now))
        #expect(byTransaction.order.outTradeNo == "O2")
        #expect(byTransaction.shipments.map(\.status) == [.picked, .inTransit])
        #expect(byTransaction.shipments[1].detail == "杭州转运中心")
        #expect(byTransaction.statusTrail.map(\.status) == [.created, .paid, .shipped])
        #expect(byTransaction.refunds.map(\.refundNo) == ["R3"])

        let refunded = try #require(try seeded.store.orderDetail("O4", now: Seed.now))
        #expect(refunded.refunds.map(\.amount) == [Money(fen: 5_000)])
        #expect(refunded.order.status == .refunded)
        #expect(try seeded.store.orderDetail("nope", now: Seed.now) == nil)
    }

    @Test func operatorRevealIsAuditedSupportIsRefused() throws {
        let seeded = try SeededStore()
        #expect(throws: StoreError.self) { try seeded.store.orderDetail("O3", reveal: Seed.supportActor, now: Seed.now) }
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 0)

        let d = try #require(try seeded.store.orderDetail("O3", reveal: Seed.operatorActor, now: Seed.now))
        #expect(d.revealed)
        #expect(d.order.phone == "13700005678")
        #expect(d.order.address == Seed.address)
        #expect(d.audit.count == 1)
        let row = try #require(d.audit.first)
        #expect(row.action == "order.reveal" && row.target == "order:O3" && row.at == Seed.now)
        #expect(row.user == "lihua" && row.sshClient == "10.0.0.8" && row.role == .operator)
        // Later read-outs, masked again, still show who looked.
        let again = try #require(try seeded.store.orderDetail("O3", now: Seed.now))
        #expect(!again.revealed && again.order.phone == "137****5678" && again.audit == [row])
        #expect(try seeded.store.orderDetail("nope", reveal: Seed.operatorActor, now: Seed.now) == nil)
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 1)

        let readOnly = try seeded.reopen(readOnly: true)
        #expect(throws: StoreError.self) { try readOnly.orderDetail("O3", reveal: Seed.operatorActor, now: Seed.now) }
        #expect(try readOnly.orderDetail("O3", now: Seed.now)?.order.phone == "137****5678")
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 1)
    }
}

@Suite struct QueryLookupFallbackTests {
    /// Four digits that end no phone number are still looked for in names.
    @Test func fourDigitsWithoutPhoneFallBackToNames() throws {
        let seeded = try SeededStore()
        _ = try seeded.store.apply([.order(OrderRecord(
            outTradeNo: "N2024", customer: "c9", nickname: "小王2024", phone: "13811112222", createdAt: Seed.at(25, 8),
            paidAt: Seed.at(25, 8), status: .paid, total: Money(fen: 100), paid: Money(fen: 100),
            items: [Seed.item("s1", "小米手环8", 1, 100)]))])
        #expect(try seeded.store.findOrders("2024", limit: 10).orders.map(\.outTradeNo) == ["N2024"])
        // 小李 (O6) has a phone ending in 2222 too.
        #expect(try seeded.store.findOrders("2222", limit: 10).orders.map(\.outTradeNo) == ["O6", "N2024"])
    }
}
