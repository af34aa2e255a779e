import ShopModel

/// The sales chart in a box, current period over the previous one: the overview shows it small,
/// the sales pane large.
enum SalesChartPanel {
    static func draw(into g: inout Grid, _ rect: Rect, _ c: RenderContext, compact: Bool) {
        let metric = c.state.chartMetric
        let range = c.state.chartRange
        var title = metricTitle(metric, c) + " " + c.glyphs.separator.trimmingCharacters(in: .whitespaces) + " "
            + rangeTitle(range, c)
        guard let sales = c.state.data.sales else {
            let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs)
            g.line(c.t(.loading), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let (current, previous, _) = elapsed(sales, now: c.state.now)
        let total = current.reduce(Money.zero) { $0 + $1.gmv }
        let orders = current.reduce(0) { $0 + $1.orders }
        let before = previous.reduce(Money.zero) { $0 + $1.gmv }
        if !compact || rect.width >= 60 {
            // Against a period the store only partly covers, "+3,071%" would only say the store is new.
            let change = sales.previousIsCovered
                ? Format.change(total.fen, before.fen, language: c.language, glyphs: c.glyphs) : c.glyphs.dash
            title += "  " + c.money(total) + " " + change
            if !compact { title += "  " + c.t(.ordersCount, Format.count(orders)) }
        }
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs)
        guard inner.height >= 3, inner.width >= 10 else { return }
        let series = [
            ChartSeries(values: values(current, metric), role: .series1, label: currentLabel(range, c)),
            ChartSeries(values: values(previous, metric), role: .series2, label: previousLabel(range, c)),
        ]
        let labelCount = max(2, min(compact ? 4 : 7, inner.width / 12))
        let slots = max(current.count, previous.count)
        let ticks = xTicks(sales, slots: slots, count: labelCount, c)
        Chart.draw(into: &g, rect: inner, series: series, xLabels: ticks.map(\.label), xSlots: ticks.map(\.slot),
                   yFormat: { axisLabel($0, metric, c) }, theme: c.theme, glyphs: c.glyphs)
    }

    /// Both periods cut at `now`, so the chart compares like with like ("so far" against the
    /// same stretch before) and no future bucket reads as a collapse to zero.
    static func elapsed(_ sales: SalesSeries, now: Int64) -> ([SalesPoint], [SalesPoint], Int64) {
        let current = sales.points.filter { $0.start <= now && $0.start < sales.window.end }
        let n = max(1, current.count)
        let end = min(sales.window.end, now)
        return (current, Array(sales.previous.prefix(n)), max(end, sales.window.start + sales.granularity.seconds))
    }

    static func values(_ points: [SalesPoint], _ metric: SalesMetric) -> [Int64] {
        switch metric {
        case .gmv: points.map(\.gmv.fen)
        case .orders: points.map { Int64($0.orders) }
        case .aov: points.map(\.aov.fen)
        }
    }

    static func axisLabel(_ value: Int64, _ metric: SalesMetric, _ c: RenderContext) -> String {
        switch metric {
        case .orders: return Format.count(Int(value), language: c.language)
        case .gmv, .aov: return c.moneyAxis(value)
        }
    }

    /// Round steps for the time axis, in buckets of each granularity.
    static func steps(_ granularity: Granularity) -> [Int] {
        switch granularity {
        case .minute: [1, 5, 10, 15, 30, 60]
        case .hour: [1, 2, 3, 4, 6, 12, 24]
        case .day: [1, 2, 5, 7, 10, 15, 30]
        }
    }

    /// Labels under the buckets that start on a round time (every 3 hours: 00:00, 03:00, ...),
    /// the smallest round step that gives at most `count` of them.
    static func xTicks(_ sales: SalesSeries, slots: Int, count: Int, _ c: RenderContext) -> [(slot: Int, label: String)] {
        let g = sales.granularity.seconds
        func time(_ slot: Int) -> Int64 { sales.window.start + Int64(slot) * g }
        func label(_ slot: Int) -> String {
            switch sales.granularity {
            case .minute, .hour: c.clock(time(slot))
            case .day: String(c.calendar.dayLabel(time(slot)).dropFirst(5))
            }
        }
        guard slots >= 2 else { return [(0, label(0))] }
        func ticks(every step: Int) -> [Int] {
            (0..<slots).filter { slot in
                switch sales.granularity {
                case .day: return slot % step == 0
                case .minute, .hour:
                    // Counted from the shop's midnight, so ticks fall on round clock times.
                    let t = time(slot)
                    return ((t - c.calendar.startOfDay(t)) / g) % Int64(step) == 0
                }
            }
        }
        let steps = steps(sales.granularity)
        let chosen = steps.lazy.map { ticks(every: $0) }.first { !$0.isEmpty && $0.count <= count }
            ?? ticks(every: steps.last ?? 1)
        return (chosen.isEmpty ? [0] : chosen).map { ($0, label($0)) }
    }

    static func metricTitle(_ m: SalesMetric, _ c: RenderContext) -> String {
        switch m {
        case .gmv: c.t(.gmv)
        case .orders: c.t(.paidOrders)
        case .aov: c.t(.aov)
        }
    }

    static func rangeTitle(_ r: SalesRange, _ c: RenderContext) -> String {
        switch r {
        case .live60: c.t(.rangeLive60)
        case .today: c.t(.rangeToday)
        case .days7: c.t(.range7d)
        case .days30: c.t(.range30d)
        }
    }

    static func currentLabel(_ r: SalesRange, _ c: RenderContext) -> String {
        switch r {
        case .live60: c.t(.last60)
        case .today: c.t(.today)
        case .days7: c.t(.last7d)
        case .days30: c.t(.last30d)
        }
    }

    static func previousLabel(_ r: SalesRange, _ c: RenderContext) -> String {
        switch r {
        case .live60: c.t(.prevHour)
        case .today: c.t(.yesterday)
        case .days7: c.t(.prev7d)
        case .days30: c.t(.prev30d)
        }
    }
}
