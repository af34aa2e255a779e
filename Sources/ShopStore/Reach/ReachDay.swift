import ShopModel

/// One shop day's bounds, as first-seen rows and their hour bits count it.
struct ReachDay: Hashable, Sendable {
    let number: Int64
    let start: Int64
    let next: Int64

    init(number: Int64, calendar: ShopCalendar) {
        self.number = number
        start = RollupRecipe.startOfDayNumber(number, calendar)
        next = calendar.startOfDay(start, addingDays: 1)
    }

    /// The day's hours, 23 to 25 of them.
    var hourCount: Int { Int((next - start + 3_599) / 3_600) }

    /// The index of the day's hour that holds `t`, kept inside the 63 bits a mask can hold.
    func hour(of t: Int64) -> Int {
        let t = ShopCalendar.clamped(t)
        return Int(min(max((t - start) / 3_600, 0), 62))
    }

    func hourStart(_ index: Int) -> Int64 { start + Int64(index) * 3_600 }

    /// The hour indexes whose bits are set in `mask`.
    static func hours(in mask: Int64) -> [Int] {
        (0..<63).filter { mask & (Int64(1) << $0) != 0 }
    }
}
