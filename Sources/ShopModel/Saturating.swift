extension Int64 {
    /// `self + other`, pinned at Int64's ends instead of trapping. For totals read back from a
    /// store that may hold values from before `InputBounds`; new input cannot come near the ends.
    public func addingSaturated(_ other: Int64) -> Int64 {
        let (s, overflow) = addingReportingOverflow(other)
        return overflow ? (other < 0 ? .min : .max) : s
    }

    public func subtractingSaturated(_ other: Int64) -> Int64 {
        let (s, overflow) = subtractingReportingOverflow(other)
        return overflow ? (other < 0 ? .max : .min) : s
    }
}
