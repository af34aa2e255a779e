import Testing
import ShopModel
@testable import ShopDashboard

@Suite struct FormatTests {
    @Test func counts() {
        #expect(Format.count(0) == "0")
        #expect(Format.count(999) == "999")
        #expect(Format.count(1_000) == "1,000")
        #expect(Format.count(12_345) == "12,345")
        #expect(Format.count(-1_234_567) == "-1,234,567")
    }

    @Test func compactCountsByLanguage() {
        #expect(Format.count(9_999, language: .zh) == "9,999")
        #expect(Format.count(12_345, language: .zh) == "1.23万")
        #expect(Format.count(10_000, language: .zh) == "1万")
        #expect(Format.count(123_456, language: .zh) == "12.3万")
        #expect(Format.count(99_999_999, language: .zh) == "9,999万")
        #expect(Format.count(340_000_000, language: .zh) == "3.4亿")
        #expect(Format.count(12_345, language: .en) == "12,345")
        #expect(Format.count(999_999, language: .en) == "999,999")
        #expect(Format.count(1_234_567, language: .en) == "1.23M")
        #expect(Format.count(9_999_999, language: .en) == "9.99M")
        #expect(Format.count(4_500_000_000, language: .en) == "4.5B")
        #expect(Format.count(-12_345, language: .zh) == "-1.23万")
    }

    @Test func percents() {
        #expect(Format.percent(0.123) == "12.3%")
        #expect(Format.percent(0.12345) == "12.3%")
        #expect(Format.percent(0) == "0.0%")
        #expect(Format.percent(1) == "100.0%")
        #expect(Format.percent(12.345) == "1,235%")
        #expect(Format.percent(-0.05) == "-5.0%")
        #expect(Format.percent(nil) == "-")
        #expect(Format.percent(.nan) == "-")
        #expect(Format.percent(nil, glyphs: .unicode) == "–")
    }

    @Test func changes() {
        #expect(Format.change(112, 100) == "+12.0%")
        #expect(Format.change(96, 100) == "-4.0%")
        #expect(Format.change(100, 100) == "0.0%")
        #expect(Format.change(5, 0) == "new")
        #expect(Format.change(0, 0) == "-")
        #expect(Format.change(0, 250) == "-100.0%")
        #expect(Format.change(2_000, 10) == "+19,900%")
        #expect(Format.change(1, 3) == "-66.7%")
        #expect(Format.change(5, 0, language: .zh, glyphs: .unicode) == "新")
        #expect(Format.change(0, 0, language: .zh, glyphs: .unicode) == "–")
    }

    @Test func durations() {
        #expect(Format.duration(0) == "0s")
        #expect(Format.duration(45) == "45s")
        #expect(Format.duration(185) == "3m05s")
        #expect(Format.duration(3_599) == "59m59s")
        #expect(Format.duration(3_720) == "1h02m")
        #expect(Format.duration(86_399) == "23h59m")
        #expect(Format.duration(183_600) == "2d03h")
        #expect(Format.duration(-5) == "0s")
    }
}

@Suite struct CompactMoneyTests {
    @Test func exactBelowTenThousandYuan() {
        #expect(Format.compactMoney(Money(fen: 999_999), language: .en) == "¥9,999.99")
        #expect(Format.compactMoney(Money(fen: 5), language: .zh) == "¥0.05")
        #expect(Format.compactMoney(Money(fen: -120_050), language: .zh, currency: "Y") == "-Y1,200.50")
    }

    @Test func thousandsAndMillionsInEnglish() {
        #expect(Format.compactMoney(Money(fen: 3_953_210), language: .en) == "¥39.5k")
        #expect(Format.compactMoney(Money(fen: 1_000_000), language: .en) == "¥10k")
        #expect(Format.compactMoney(Money(fen: 99_999_999), language: .en) == "¥999k")
        #expect(Format.compactMoney(Money(fen: 123_456_789), language: .en) == "¥1.23M")
        #expect(Format.compactMoney(Money(fen: 450_000_000_000), language: .en) == "¥4.5B")
        #expect(Format.compactMoney(Money(fen: -3_953_210), language: .en, currency: "Y") == "-Y39.5k")
    }

    @Test func wanAndYiInChinese() {
        #expect(Format.compactMoney(Money(fen: 3_953_210), language: .zh) == "¥3.95万")
        #expect(Format.compactMoney(Money(fen: 28_104_460), language: .zh) == "¥28.1万")
        #expect(Format.compactMoney(Money(fen: 9_999_999_999), language: .zh) == "¥9,999万")
        #expect(Format.compactMoney(Money(fen: 123_456_789_000), language: .zh) == "¥12.3亿")
    }

    /// Truncated: an amount just short of a round figure never reads as that figure.
    @Test func neverRoundsUp() {
        #expect(Format.compactMoney(Money(fen: 99_999_900), language: .en) == "¥999k")
        #expect(Format.compactMoney(Money(fen: 1_999_999), language: .zh) == "¥1.99万")
    }

    @Test func extremesDoNotTrap() {
        #expect(Format.compactMoney(Money(fen: Int64.max), language: .en).hasSuffix("B"))
        #expect(Format.compactMoney(Money(fen: Int64.min), language: .zh).hasPrefix("-¥"))
    }

    @Test func wholeChanges() {
        #expect(Format.change(3_606, 1_000, language: .en, glyphs: .unicode, whole: true) == "+261%")
        #expect(Format.change(96, 100, language: .en, glyphs: .unicode, whole: true) == "-4%")
        #expect(Format.change(1_000, 1_000, language: .en, glyphs: .unicode, whole: true) == "0%")
    }
}
