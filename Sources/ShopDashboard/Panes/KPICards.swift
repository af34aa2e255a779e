import ShopModel

/// One headline number with its comparisons, as the overview cards show it.
struct KPICard {
    var title: String
    var value: String
    /// The value in fewer columns, for a card too narrow for `value`.
    var short: String?
    var now: Int64
    var yesterday: Int64
    var lastWeek: Int64
    /// Rising is bad (refund rate).
    var lowerIsBetter = false
    var spark: [Int64]

    static func cards(_ c: RenderContext) -> [KPICard] {
        guard let k = c.state.data.kpis else {
            return [c.t(.gmv), c.t(.paidOrders), c.t(.buyers), aovTitle(c), c.t(.conversion), c.t(.refundRate), c.t(.uv), c.t(.pv)].map {
                KPICard(title: $0, value: c.t(.loading), now: 0, yesterday: 0, lastWeek: 0, spark: [])
            }
        }
        let cur = k.current, yd = k.yesterday, wk = k.lastWeek
        // Rates compare in basis points so the change is relative, like the other cards.
        // Clamped: a rate from an old store's huge amounts must not trap the conversion.
        func bp(_ r: Double?) -> Int64 { Int64(min(max(((r ?? 0) * 10_000).rounded(), -1e15), 1e15)) }
        let hourlyAOV = zip(k.hourlyGMV, k.hourlyOrders).map { $1 == 0 ? 0 : $0.fen / Int64($1) }
        let hourlyConversion = zip(k.hourlyBuyers, k.hourlyUV).map { $1 == 0 ? 0 : Int64($0) * 10_000 / Int64($1) }
        let hourlyRefundRate = zip(k.hourlyRefundAmount, k.hourlyGMV).map { refunds, gmv in
            bp(gmv.fen == 0 ? nil : Double(refunds.fen) / Double(gmv.fen))
        }
        return [
            KPICard(title: c.t(.gmv), value: c.money(cur.gmv), short: c.moneyShort(cur.gmv), now: cur.gmv.fen, yesterday: yd.gmv.fen,
                    lastWeek: wk.gmv.fen, spark: k.hourlyGMV.map(\.fen)),
            KPICard(title: c.t(.paidOrders), value: Format.count(cur.paidOrders),
                    short: Format.count(cur.paidOrders, language: c.language), now: Int64(cur.paidOrders),
                    yesterday: Int64(yd.paidOrders), lastWeek: Int64(wk.paidOrders), spark: k.hourlyOrders.map(Int64.init)),
            KPICard(title: c.t(.buyers), value: Format.count(cur.buyers),
                    short: Format.count(cur.buyers, language: c.language), now: Int64(cur.buyers),
                    yesterday: Int64(yd.buyers), lastWeek: Int64(wk.buyers), spark: k.hourlyBuyers.map(Int64.init)),
            KPICard(title: aovTitle(c), value: c.money(cur.aov) + " / " + c.money(cur.perBuyer),
                    short: c.moneyShort(cur.aov) + "/" + c.moneyShort(cur.perBuyer), now: cur.aov.fen,
                    yesterday: yd.aov.fen, lastWeek: wk.aov.fen, spark: hourlyAOV),
            KPICard(title: c.t(.conversion), value: Format.percent(cur.conversion), now: bp(cur.conversion),
                    yesterday: bp(yd.conversion), lastWeek: bp(wk.conversion), spark: hourlyConversion),
            KPICard(title: c.t(.refundRate), value: Format.percent(cur.refundRate), now: bp(cur.refundRate),
                    yesterday: bp(yd.refundRate), lastWeek: bp(wk.refundRate), lowerIsBetter: true, spark: hourlyRefundRate),
            KPICard(title: c.t(.uv), value: Format.count(cur.uv), short: Format.count(cur.uv, language: c.language), now: Int64(cur.uv), yesterday: Int64(yd.uv),
                    lastWeek: Int64(wk.uv), spark: k.hourlyUV.map(Int64.init)),
            KPICard(title: c.t(.pv), value: Format.count(cur.pv), short: Format.count(cur.pv, language: c.language), now: Int64(cur.pv), yesterday: Int64(yd.pv),
                    lastWeek: Int64(wk.pv), spark: k.hourlyPV.map(Int64.init)),
        ]
    }

    /// AOV per order and 客单价 per buyer share one card.
    static func aovTitle(_ c: RenderContext) -> String { c.t(.aov) + "/" + c.t(.perBuyer) }

    /// Only the hours so far: a sparkline of tomorrow's empty hours would read as a collapse.
    static func hoursSoFar(_ values: [Int64], _ c: RenderContext) -> [Int64] {
        let start = c.calendar.startOfDay(c.state.now)
        let hours = Int((c.state.now - start) / 3_600) + 1
        return Array(values.prefix(hours))
    }

    func draw(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs)
        guard inner.width > 0, inner.height > 0 else { return }
        let series = KPICard.hoursSoFar(spark, c)
        let hasData = c.state.data.kpis != nil
        // Row 1: the value (short when the exact one does not fit), with a small sparkline beside
        // it when there is no row of its own.
        let shown = TextWidth.columns(value) > inner.width ? short ?? value : value
        let sparkRow = inner.height >= 3
        var sparkWidth = 0
        if !sparkRow && !series.isEmpty {
            sparkWidth = min(8, inner.width - TextWidth.columns(shown) - 1)
            if sparkWidth < 3 { sparkWidth = 0 }
        }
        let valueText = c.fit(shown, inner.width - (sparkWidth > 0 ? sparkWidth + 1 : 0))
        g.put(valueText, x: inner.x, y: inner.y, style: hasData ? c.style(.title) : c.style(.muted))
        if sparkWidth > 0 {
            g.put(Sparkline.render(series, width: sparkWidth, glyphs: c.glyphs), x: inner.maxX - sparkWidth, y: inner.y,
                  style: c.style(.series1))
        }
        guard inner.height >= 2, hasData else { return }
        // Row 2: against the same time yesterday and last week. A change is shown whole or not at
        // all: without its decimal when that makes it fit, and last week's gives way to yesterday's.
        var x = inner.x
        // Chinese runs the one-character label into the figure; English keeps a space after its letter.
        let gap = c.language == .zh ? "" : " "
        for (label, before) in [(c.t(.cardVsYesterday) + gap, yesterday), (c.t(.cardVsLastWeek) + gap, lastWeek)] {
            let delta = CardDelta(now: now, before: before, label: label, higherIsBetter: !lowerIsBetter,
                                  language: c.language, glyphs: c.glyphs)
            let room = inner.maxX - x - TextWidth.columns(label)
            let whole = Format.change(now, before, language: c.language, glyphs: c.glyphs, whole: true)
            guard let text = [delta.text, whole].first(where: { TextWidth.columns($0) <= room }) else { break }
            x = g.put(label, x: x, y: inner.y + 1, style: c.style(.muted), maxX: inner.maxX)
            x = g.put(text + " ", x: x, y: inner.y + 1, style: c.style(delta.role), maxX: inner.maxX)
        }
        if sparkRow && !series.isEmpty {
            g.put(Sparkline.render(series, width: inner.width, glyphs: c.glyphs), x: inner.x, y: inner.y + 2,
                  style: c.style(.series1))
        }
    }
}
