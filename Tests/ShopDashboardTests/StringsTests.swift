import Testing
import ShopModel
@testable import ShopDashboard

@Suite struct StringsTests {
    @Test func everyKeyHasALabelInEveryLanguage() {
        for lang in Language.allCases {
            let s = Strings(lang)
            for key in L10nKey.allCases {
                #expect(!s[key].isEmpty, "\(lang) \(key)")
                #expect(s[key] == s[key].trimmingCharacters(in: .whitespaces), "\(lang) \(key)")
            }
        }
    }

    @Test func placeholdersMatchAcrossLanguages() {
        let en = Strings(.en), zh = Strings(.zh)
        func holders(_ s: String) -> Set<String> {
            Set((0..<6).map { "{\($0)}" }.filter { s.contains($0) })
        }
        for key in L10nKey.allCases {
            #expect(holders(en[key]) == holders(zh[key]), "\(key)")
        }
    }

    @Test func chineseLabelsAreChinese() {
        // Only names that stay in Latin letters in Chinese back offices may be equal.
        let same: Set<L10nKey> = [.appName, .sku, .gpm, .colGPM, .dayN]
        let en = Strings(.en), zh = Strings(.zh)
        for key in L10nKey.allCases where !same.contains(key) {
            #expect(en[key] != zh[key], "\(key) is not translated")
        }
    }

    @Test func termsShopOperatorsUse() {
        let zh = Strings(.zh)
        #expect(zh[.gmv] == "成交额")
        #expect(zh[.aov] == "笔单价")
        #expect(zh[.perBuyer] == "客单价")
        #expect(zh[.conversion] == "转化率")
        #expect(zh[.refundRate] == "退款率")
        #expect(zh[.uv] == "访客数")
        #expect(zh[.pv] == "浏览量")
        #expect((0..<7).map { zh.pane($0) } == ["总览", "销售", "实时订单", "订单", "优惠券", "访问与留存", "物流售后"])
        #expect((0..<7).map { Strings(.en).pane($0) } ==
                ["Overview", "Sales", "Live feed", "Orders", "Coupons", "Visits & retention", "Logistics & after-sales"])
        #expect(zh.pane(7) == "")
    }

    @Test func formatFillsPlaceholdersInOrder() {
        #expect(Strings(.en).format(.tooSmall, "80", "24", "40", "10") == "terminal too small (need 80x24, have 40x10)")
        #expect(Strings(.zh).format(.refundBurstAlert, "5", "3") == "3 分钟内 5 笔退款")
        #expect(Strings(.en).format(.hintMetric, "m") == "m metric")
    }

    @Test func shortPaneNamesFitTheTabBarAt80Columns() {
        for lang in Language.allCases {
            let s = Strings(lang)
            // " n Name " per tab: all seven fit on one line of an 80-column terminal.
            let total = (0..<7).reduce(0) { $0 + TextWidth.columns(s.pane($1, short: true)) + 4 }
            #expect(total <= 80, "\(lang): \(total)")
            let long = (0..<7).reduce(0) { $0 + TextWidth.columns(s.pane($1)) + 4 }
            #expect(long > total)
        }
    }

    @Test func domainValuesHaveLabels() {
        let zh = Strings(.zh)
        #expect(Channel.allCases.map { zh.channel($0) }.allSatisfy { !$0.isEmpty })
        #expect(zh.orderStatus(.refunding) == "退款中")
        #expect(zh.couponStatus(.paused) == "已暂停")
        #expect(zh.couponKind(.threshold) == "满减")
        #expect(zh.role(.support) == "客服")
        #expect(Strings(.en).shipmentStatus(.inTransit) == "in transit")
        #expect(Strings(.en).refundStatus(.succeeded) == "refunded")
    }

    @Test func languageFromLocale() {
        #expect(Language.from(locale: "zh_CN.UTF-8") == .zh)
        #expect(Language.from(locale: "zh_TW") == .zh)
        #expect(Language.from(locale: "en_US.UTF-8") == .en)
        #expect(Language.from(locale: "C") == .en)
        #expect(Language.from(locale: nil) == .en)
    }
}

@Suite struct PluralTests {
    @Test func oneIsSingularInEnglishAndChineseHasNoPlural() {
        #expect(Strings(.en).format(.alertsBadge, "1") == "! 1 alert")
        #expect(Strings(.en).format(.alertsBadge, "2") == "! 2 alerts")
        #expect(Strings(.en).format(.resultsFor, "1", "4382") == "1 result for \"4382\"")
        #expect(Strings(.en).format(.resultsFor, "1,072", "4382") == "1,072 results for \"4382\"")
        #expect(Strings(.en).format(.resultsCount, "1") == "1 result")
        #expect(!Strings(.zh).format(.alertsBadge, "1").contains("s"))
        #expect(Strings(.en).format(.effectQuota, "Batch CB1", "1") == "Batch CB1 may issue 1 coupon in all.")
        #expect(Strings(.en).format(.effectQuota, "Batch CB1", "1,000") == "Batch CB1 may issue 1,000 coupons in all.")
        #expect(Strings(.en).format(.resultsOfFor, "1", "1", "x") == "1 of 1 result for \"x\"")
        #expect(Strings(.en).format(.ordersCount, "1") == "1 order")
    }

    @Test func everyTemplateFillsEveryPlaceholder() {
        let args = (0..<8).map { "#\($0)" }
        for key in L10nKey.allCases {
            for lang in Language.allCases {
                #expect(!Strings(lang).format(key, args).contains("{"), "\(key) \(lang)")
            }
        }
    }
}
