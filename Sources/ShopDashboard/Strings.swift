import Foundation
import ShopModel

public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// The language a locale string asks for (LANG / LC_ALL / LC_MESSAGES style, "zh_CN.UTF-8").
    public static func from(locale: String?) -> Language {
        guard let locale, locale.lowercased().hasPrefix("zh") else { return .en }
        return .zh
    }
}

/// The labels of one language.
public struct Strings: Sendable {
    public let language: Language

    public init(_ lang: Language) { language = lang }

    public subscript(_ key: L10nKey) -> String {
        switch language {
        case .en: StringsEN.label(key)
        case .zh: StringsZH.label(key)
        }
    }

    /// The label with `{0}`, `{1}` ... replaced by the arguments in order.
    public func format(_ key: L10nKey, _ args: String...) -> String { Template.fill(self[key], args) }
    public func format(_ key: L10nKey, _ args: [String]) -> String { Template.fill(self[key], args) }

    // MARK: - Domain values

    public func pane(_ index: Int, short: Bool = false) -> String {
        let long: [L10nKey] = [.paneOverview, .paneSales, .paneFeed, .paneOrders, .paneCoupons, .paneVisits, .paneLogistics]
        let brief: [L10nKey] = [.paneOverviewShort, .paneSalesShort, .paneFeedShort, .paneOrdersShort,
                                .paneCouponsShort, .paneVisitsShort, .paneLogisticsShort]
        let keys = short ? brief : long
        return keys.indices.contains(index) ? self[keys[index]] : ""
    }

    public func channel(_ c: Channel, short: Bool = false) -> String {
        if short { return channelShort(c) }
        return switch c {
        case .liveStream: self[.channelLiveStream]
        case .officialAccount: self[.channelOfficialAccount]
        case .groupAd: self[.channelGroupAd]
        case .share: self[.channelShare]
        case .search: self[.channelSearch]
        case .ads: self[.channelAds]
        case .other: self[.channelOther]
        }
    }

    /// Channel names for narrow table columns.
    private func channelShort(_ c: Channel) -> String {
        switch c {
        case .liveStream: self[.channelShortLiveStream]
        case .officialAccount: self[.channelShortOfficialAccount]
        case .groupAd: self[.channelShortGroupAd]
        case .share: self[.channelShortShare]
        case .search: self[.channelShortSearch]
        case .ads: self[.channelShortAds]
        case .other: self[.channelShortOther]
        }
    }

    public func orderStatus(_ s: OrderStatus) -> String {
        switch s {
        case .created: self[.statusCreated]
        case .paid: self[.statusPaid]
        case .shipped: self[.statusShipped]
        case .delivered: self[.statusDelivered]
        case .refunding: self[.statusRefunding]
        case .refunded: self[.statusRefunded]
        case .closed: self[.statusClosed]
        }
    }

    public func couponStatus(_ s: CouponStatus) -> String {
        switch s {
        case .running: self[.couponRunning]
        case .paused: self[.couponPaused]
        case .stopped: self[.couponStopped]
        case .expired: self[.couponExpired]
        }
    }

    public func couponKind(_ k: CouponKind) -> String {
        switch k {
        case .fixed: self[.kindFixed]
        case .percent: self[.kindPercent]
        case .threshold: self[.kindThreshold]
        }
    }

    /// The word the coupon form takes for a kind.
    public func formKind(_ k: CouponKind) -> String {
        switch k {
        case .fixed: self[.formKindFixed]
        case .percent: self[.formKindPercent]
        case .threshold: self[.formKindThreshold]
        }
    }

    public func shipmentStatus(_ s: ShipmentStatus) -> String {
        switch s {
        case .created: self[.shipCreated]
        case .picked: self[.shipPicked]
        case .inTransit: self[.shipInTransit]
        case .outForDelivery: self[.shipOutForDelivery]
        case .delivered: self[.shipDelivered]
        case .exception: self[.shipException]
        case .returned: self[.shipReturned]
        }
    }

    public func refundStatus(_ s: RefundStatus) -> String {
        switch s {
        case .requested: self[.refundRequested]
        case .processing: self[.refundProcessing]
        case .succeeded: self[.refundSucceeded]
        case .rejected: self[.refundRejected]
        case .closed: self[.refundClosed]
        }
    }

    public func role(_ r: Role) -> String {
        switch r {
        case .operator: self[.roleOperator]
        case .support: self[.roleSupport]
        }
    }
}

extension Strings {
    /// A pane's name as the tab bar and help show it.
    func paneTitle(_ pane: PaneID, short: Bool = true) -> String { self.pane(pane.rawValue - 1, short: short) }

    func range(_ range: SalesRange) -> String {
        switch range {
        case .live60: self[.rangeLive60]
        case .today: self[.rangeToday]
        case .days7: self[.range7d]
        case .days30: self[.range30d]
        }
    }
}
