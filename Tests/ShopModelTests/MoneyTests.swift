import Testing
@testable import ShopModel

@Suite struct MoneyTests {
    @Test func parsesYuanExactly() {
        #expect(Money(yuan: "128.50")?.fen == 12_850)
        #expect(Money(yuan: "0.1")?.fen == 10)
        #expect(Money(yuan: "0.2")?.fen == 20)
        #expect((Money(yuan: "0.1")! + Money(yuan: "0.2")!) == Money(yuan: "0.3"))
        #expect(Money(yuan: "-3.2")?.fen == -320)
        #expect(Money(yuan: "¥1,234.56")?.fen == 123_456)
        #expect(Money(yuan: "`99.99")?.fen == 9_999)
        #expect(Money(yuan: ".5")?.fen == 50)
        #expect(Money(yuan: "7")?.fen == 700)
    }

    @Test func rejectsWhatIsNotMoney() {
        for bad in ["", "abc", "1.234", "1.2.3", "1e3", "--1", "12a", "99999999999999999999"] {
            #expect(Money(yuan: bad) == nil, "\(bad)")
        }
    }

    @Test func formats() {
        #expect(Money(fen: 123_456).display == "¥1,234.56")
        #expect(Money(fen: 5).display == "¥0.05")
        #expect(Money(fen: -1_000_000_00).display == "-¥1,000,000.00")
        #expect(Money(fen: 12_850).yuanString == "128.50")
        #expect(Money(fen: -7).yuanString == "-0.07")
    }

    @Test func dividesWithRounding() {
        #expect(Money(fen: 10).divided(by: 3) == Money(fen: 3))
        #expect(Money(fen: 11).divided(by: 2) == Money(fen: 6))
        #expect(Money(fen: 10).divided(by: 0) == nil)
    }
}
