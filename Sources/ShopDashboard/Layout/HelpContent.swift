import ShopModel

/// The `?` overlay: this pane's keys first, then the keys that work everywhere.
enum HelpContent {
    static func lines(_ c: RenderContext) -> [(String, String)] {
        var lines: [(String, String)] = [("", "— " + AppStrings.paneTitle(c.state.pane, c.language) + " —")]
        lines += paneKeys(c)
        lines += [("", ""), ("", "— " + c.t(.everywhere) + " —")]
        lines += [
            ("1-7 Tab S-Tab", c.t(.helpPanes)),
            ("↑↓ j k", c.t(.move)),
            ("PgUp PgDn g G", c.t(.helpPaging)),
            ("/", c.t(.helpFilter)),
            (":", c.t(.helpPalette)),
            ("Enter Esc", c.t(.helpEnterEsc)),
            ("r", c.t(.refresh)),
            ("a", c.t(.acknowledge)),
            ("?", c.t(.help)),
            ("q Ctrl-C", c.t(.quit)),
            ("Ctrl-Z", c.t(.suspend)),
        ]
        if !c.glyphs.isUnicode {
            lines = lines.map { ($0.0.replacingOccurrences(of: "↑↓", with: "Up Dn").replacingOccurrences(of: "← →", with: "Left Right"), $0.1.replacingOccurrences(of: "—", with: "-")) }
        }
        return lines
    }

    private static func paneKeys(_ c: RenderContext) -> [(String, String)] {
        switch c.state.pane {
        case .overview:
            return [("", c.t(.helpOverview)), ("j k Enter", c.t(.helpOpenOrder))]
        case .sales:
            return [("m M", c.t(.helpMetric)), ("[ ] t", c.t(.helpRange)), ("j k", c.t(.helpSession))]
        case .feed:
            return [("space", c.t(.helpPause)), ("Enter", c.t(.helpOpenOrder)), ("/", c.t(.helpFeedFilter))]
        case .orders:
            var keys = [("/ s", c.t(.helpSearch)), ("Enter", c.t(.helpOpenOrder)), ("Esc", c.t(.back))]
            if c.canChange { keys.append(("v", c.t(.helpReveal))) }
            return keys
        case .coupons:
            guard c.canChange else { return [("j k", c.t(.move)), ("", c.t(.readOnlyNote))] }
            return [("p", c.t(.helpCouponPause)), ("u", c.t(.helpCouponResume)), ("x", c.t(.helpCouponStop)),
                    ("c", c.t(.helpCouponQuota)), ("e", c.t(.helpCouponEnd)), ("n", c.t(.helpCouponNew)),
                    ("", c.t(.helpConfirm))]
        case .visits:
            return [("j k", c.t(.helpCohort))]
        case .logistics:
            return [("h l ← →", c.t(.switchList)), ("Enter", c.t(.helpOpenOrder))]
        }
    }
}
