import ShopModel

/// Labels the panes need beyond the kit's `L10nKey`: key hints, help lines, status messages.
enum AppText: String, CaseIterable, Sendable {
    case acknowledge, alertBigOrder, alertRefundBurst, alertsBadge, alertsTitle, alertsTitleUnseen, back
    case cmdFind, cmdRange, cmdNeedsArgument, cmdBadRange, cmdUnknown, cohort, commands, couponKeysHint, couponsGlance
    case cardVsYesterday, cardVsLastWeek
    case endTime, errBatchId, errMinBelowValue, errRange, everywhere, filterHint, help
    case helpCohort, helpConfirm, helpCouponEnd, helpCouponNew, helpCouponPause, helpCouponQuota, helpCouponResume
    case helpCouponStop, helpEnterEsc, helpFeedFilter, helpFilter, helpMetric, helpOpenOrder, helpOverview, helpPaging
    case helpPalette, helpPanes, helpPause, helpRange, helpReveal, helpSearch, helpSession
    case move, newBatch, noCoupons, noMatches, noOrdersYet, noOverdue, noRefunds, noSessions, notShipped, open
    case ordersCount, ordersUnit, overdueCount, panes, pause, peakAt, pickAnOrder, prev30d, prev7d, prevHour, quit
    case rateShort, readOnlyNote, refresh, refundsToday, resultsFor, resultsOfFor, resume, reveal, scroll, searchHowTo, searching
    case stop, switchList, visitsToday
    case colPeak, colGPM, colVia, colUsed, colOff, colLeft, keyWordMetric, keyWordRange, keyWordSession, keyWordFilter, keyWordQuota, keyWordSearch, last60, last7d, last30d, visitsPerUV, stayPerUV, couponROI
    case cohortOffset
    case applying, cancelled, cannotInStatus, orderNotFound, revealing
    case suspend
    case privateBadge, helpPrivate
}

enum AppStrings {
    static func text(_ key: AppText, _ lang: Language, _ args: [String]) -> String {
        Template.fill(lang == .zh ? zh(key) : en(key), args)
    }

    static func paneTitle(_ pane: PaneID, _ lang: Language, short: Bool = true) -> String {
        Strings(lang).pane(pane.rawValue - 1, short: short)
    }

    static func rangeTitle(_ range: SalesRange, _ lang: Language) -> String {
        let s = Strings(lang)
        switch range {
        case .live60: return s[.rangeLive60]
        case .today: return s[.rangeToday]
        case .days7: return s[.range7d]
        case .days30: return s[.range30d]
        }
    }

    /// Channel names for narrow table columns.
    static func channelShort(_ c: Channel, _ lang: Language) -> String {
        switch (c, lang) {
        case (.liveStream, .en): "Live"
        case (.officialAccount, .en): "OA"
        case (.groupAd, .en): "Group"
        case (.share, .en): "Share"
        case (.search, .en): "Search"
        case (.ads, .en): "Ads"
        case (.other, .en): "Other"
        case (.liveStream, .zh): "直播"
        case (.officialAccount, .zh): "公众号"
        case (.groupAd, .zh): "社群"
        case (.share, .zh): "分享"
        case (.search, .zh): "搜索"
        case (.ads, .zh): "广告"
        case (.other, .zh): "其他"
        }
    }

    private static func en(_ key: AppText) -> String {
        switch key {
        case .colPeak: "Peak"
        case .colGPM: "GPM"
        case .colVia: "Via"
        case .colUsed: "Used"
        case .colOff: "Off"
        case .colLeft: "Left"
        case .keyWordMetric: "metric"
        case .keyWordRange: "range"
        case .keyWordSession: "session"
        case .keyWordFilter: "filter"
        case .keyWordQuota: "quota"
        case .keyWordSearch: "search"
        case .last60: "Last 60 min"
        case .last7d: "Last 7 days"
        case .last30d: "Last 30 days"
        case .visitsPerUV: "Visits/UV"
        case .stayPerUV: "Stay/UV"
        case .couponROI: "Every ¥1 of discount brought ¥{0} of sales"
        case .cohortOffset: "D{0}"
        case .acknowledge: "acknowledge alerts"
        case .suspend: "suspend to the shell (fg comes back)"
        case .privateBadge: "PRIVATE"
        case .helpPrivate: "privacy: hide money and names"
        case .alertBigOrder: "Big order {0} · {1} · {2}"
        case .alertRefundBurst: "{0} refund{0:s} within {1} min"
        case .alertsBadge: "! {0} alert{0:s}"
        case .alertsTitle: "Alerts"
        case .alertsTitleUnseen: "Alerts · {0} new (a)"
        case .back: "back"
        case .cmdFind: "find an order: no, phone tail, nickname…"
        case .cmdRange: "sales range"
        case .cmdNeedsArgument: "{0}: what for?"
        case .cmdBadRange: "unknown range \"{0}\": live60, today, 7d or 30d"
        case .cmdUnknown: "unknown command \"{0}\""
        case .cohort: "cohort"
        case .commands: "commands"
        case .couponKeysHint: "p pause · u resume · x stop · c quota · e end time · n new batch"
        case .couponsGlance: "Coupons · {0} of {1} running"
        case .cardVsYesterday: "d "
        case .cardVsLastWeek: "w "
        case .endTime: "end"
        case .errBatchId: "letters, digits, - and _ only"
        case .errMinBelowValue: "must be above the value"
        case .errRange: "between {0} and {1}"
        case .everywhere: "Everywhere"
        case .filterHint: "Enter keep · Esc clear"
        case .help: "help"
        case .helpCohort: "move through cohorts (newest first)"
        case .helpConfirm: "every change asks y/n first and is audited"
        case .helpCouponEnd: "change the end time"
        case .helpCouponNew: "create a batch"
        case .helpCouponPause: "pause the batch"
        case .helpCouponQuota: "change the quota"
        case .helpCouponResume: "resume a paused batch"
        case .helpCouponStop: "stop for good"
        case .helpEnterEsc: "open / go back, close"
        case .helpFeedFilter: "filter by order no, nickname, item, coupon"
        case .helpFilter: "filter this pane's lists"
        case .helpMetric: "GMV / orders / AOV"
        case .helpOpenOrder: "open the order"
        case .helpOverview: "today so far; d = vs same time yesterday, w = last week"
        case .helpPaging: "page, first, last"
        case .helpPalette: "commands: pane, find, range, theme, lang"
        case .helpPanes: "switch pane"
        case .helpPause: "pause / resume autoscroll"
        case .helpRange: "live 60 min / today / 7 days / 30 days"
        case .helpReveal: "reveal phone & address (audited)"
        case .helpSearch: "search box"
        case .helpSession: "choose a live session"
        case .move: "move"
        case .newBatch: "new"
        case .noCoupons: "No coupon batches"
        case .noMatches: "Nothing matches the filter"
        case .noOrdersYet: "No orders yet today"
        case .noOverdue: "Nothing overdue"
        case .noRefunds: "No refunds"
        case .noSessions: "No live sessions"
        case .notShipped: "not shipped yet"
        case .open: "open"
        case .ordersCount: "{0} order{0:s}"
        case .ordersUnit: ""
        case .overdueCount: "overdue {0} (paid >{1}h)"
        case .panes: "panes"
        case .pause: "pause"
        case .peakAt: "peak {0} {1}"
        case .pickAnOrder: "Choose an order"
        case .prev30d: "previous 30 days"
        case .prev7d: "previous 7 days"
        case .prevHour: "hour before"
        case .quit: "quit"
        case .rateShort: "Rate"
        case .readOnlyNote: "read-only: support can look, not change"
        case .refresh: "refresh"
        case .refundsToday: "refunds {0} · {1} ({2})"
        case .resultsFor: "{0} result{0:s} for \"{1}\""
        case .resultsOfFor: "{0} of {1} results for \"{2}\""
        case .resume: "resume"
        case .reveal: "reveal"
        case .scroll: "scroll"
        case .searchHowTo: "Type an order no, transaction id, phone tail, nickname or product, then Enter"
        case .searching: "searching…"
        case .stop: "stop"
        case .switchList: "overdue / refunds"
        case .visitsToday: "Visits today"
        case .applying: "applying…"
        case .cancelled: "cancelled"
        case .cannotInStatus: "not possible while {0}"
        case .orderNotFound: "order not found"
        case .revealing: "revealing phone and address (audited)…"
        }
    }

    private static func zh(_ key: AppText) -> String {
        switch key {
        case .colPeak: "峰值"
        case .colGPM: "GPM"
        case .colVia: "渠道"
        case .colUsed: "已用"
        case .colOff: "优惠"
        case .colLeft: "剩余"
        case .keyWordMetric: "指标"
        case .keyWordRange: "区间"
        case .keyWordSession: "场次"
        case .keyWordFilter: "筛选"
        case .keyWordQuota: "上限"
        case .keyWordSearch: "搜索"
        case .last60: "近60分钟"
        case .last7d: "近7天"
        case .last30d: "近30天"
        case .visitsPerUV: "人均访问"
        case .stayPerUV: "人均停留"
        case .couponROI: "每 1 元优惠带来 {0} 元成交"
        case .cohortOffset: "{0}天"
        case .acknowledge: "确认告警"
        case .suspend: "挂起回到终端（fg 返回）"
        case .privateBadge: "隐私模式"
        case .helpPrivate: "隐私模式：隐藏金额与个人信息"
        case .alertBigOrder: "大额订单 {0} · {1} · {2}"
        case .alertRefundBurst: "{1} 分钟内 {0} 笔退款"
        case .alertsBadge: "! {0} 条告警"
        case .alertsTitle: "告警"
        case .alertsTitleUnseen: "告警 · {0} 条新 (a)"
        case .back: "返回"
        case .cmdFind: "查订单：单号、手机尾号、昵称…"
        case .cmdRange: "销售区间"
        case .cmdNeedsArgument: "{0}：缺少参数"
        case .cmdBadRange: "未知区间“{0}”：live60、today、7d 或 30d"
        case .cmdUnknown: "未知命令“{0}”"
        case .cohort: "同期群"
        case .commands: "命令"
        case .couponKeysHint: "p 暂停 · u 恢复 · x 停止 · c 改上限 · e 改结束时间 · n 新建"
        case .couponsGlance: "优惠券 · {1} 批中 {0} 批进行中"
        case .cardVsYesterday: "昨"
        case .cardVsLastWeek: "周"
        case .endTime: "结束时间"
        case .errBatchId: "只能用字母、数字、- 和 _"
        case .errMinBelowValue: "须高于优惠金额"
        case .errRange: "须在 {0} 到 {1} 之间"
        case .everywhere: "全局"
        case .filterHint: "Enter 保留 · Esc 清除"
        case .help: "帮助"
        case .helpCohort: "浏览同期群（新的在上）"
        case .helpConfirm: "每次修改都先确认 y/n，并记入审计"
        case .helpCouponEnd: "修改结束时间"
        case .helpCouponNew: "新建批次"
        case .helpCouponPause: "暂停批次"
        case .helpCouponQuota: "修改发放上限"
        case .helpCouponResume: "恢复已暂停的批次"
        case .helpCouponStop: "永久停止"
        case .helpEnterEsc: "打开 / 返回、关闭"
        case .helpFeedFilter: "按单号、昵称、商品、优惠券筛选"
        case .helpFilter: "筛选本页列表"
        case .helpMetric: "成交额 / 订单数 / 笔单价"
        case .helpOpenOrder: "打开订单"
        case .helpOverview: "今日截至现在；昨 = 较昨日同时段，周 = 较上周同日"
        case .helpPaging: "翻页、首条、末条"
        case .helpPalette: "命令：切换页面、查订单、区间、主题、语言"
        case .helpPanes: "切换页面"
        case .helpPause: "暂停 / 恢复自动滚动"
        case .helpRange: "实时60分钟 / 今日 / 7天 / 30天"
        case .helpReveal: "显示完整手机号和地址（记入审计）"
        case .helpSearch: "搜索框"
        case .helpSession: "选择直播场次"
        case .move: "移动"
        case .newBatch: "新建"
        case .noCoupons: "暂无优惠券批次"
        case .noMatches: "没有符合筛选的记录"
        case .noOrdersYet: "今日暂无订单"
        case .noOverdue: "没有超时未发货"
        case .noRefunds: "暂无退款"
        case .noSessions: "暂无直播场次"
        case .notShipped: "尚未发货"
        case .open: "打开"
        case .ordersCount: "{0} 单"
        case .ordersUnit: "单"
        case .overdueCount: "超时 {0}（支付超{1}小时）"
        case .panes: "页面"
        case .pause: "暂停"
        case .peakAt: "峰值 {0} {1}"
        case .pickAnOrder: "请选择订单"
        case .prev30d: "前30天"
        case .prev7d: "前7天"
        case .prevHour: "前一小时"
        case .quit: "退出"
        case .rateShort: "核销率"
        case .readOnlyNote: "只读：客服可查看，不能修改"
        case .refresh: "刷新"
        case .refundsToday: "退款 {0} 笔 · {1}（{2}）"
        case .resultsFor: "“{1}”共 {0} 条结果"
        case .resultsOfFor: "“{2}”共 {1} 条结果，显示 {0} 条"
        case .resume: "恢复"
        case .reveal: "显示"
        case .scroll: "滚动"
        case .searchHowTo: "输入订单号、交易单号、手机尾号、昵称或商品，按 Enter"
        case .searching: "搜索中…"
        case .stop: "停止"
        case .switchList: "超时 / 退款"
        case .visitsToday: "今日访问"
        case .applying: "正在提交…"
        case .cancelled: "已取消"
        case .cannotInStatus: "当前状态（{0}）不能这样操作"
        case .orderNotFound: "未找到订单"
        case .revealing: "正在显示手机号和地址（记入审计）…"
        }
    }
}
