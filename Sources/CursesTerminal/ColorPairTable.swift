/// Colour pairs allocated on first use. ncurses draws colours only through numbered pairs
/// (foreground, background); pair 0 is the terminal's own default colours.
public struct ColorPairTable {
    public struct Colors: Hashable, Sendable {
        public var fg: Int32
        public var bg: Int32
        public init(fg: Int32, bg: Int32) { self.fg = fg; self.bg = bg }
    }

    /// Pairs 1...capacity may be allocated.
    public let capacity: Int
    private var assigned: [Colors: Int32] = [:]
    private let initPair: (Int32, Colors) -> Bool

    /// `initPair` defines a pair in the terminal and says whether it could.
    public init(capacity: Int, initPair: @escaping (Int32, Colors) -> Bool) {
        self.capacity = max(0, capacity)
        self.initPair = initPair
    }

    public var count: Int { assigned.count }

    /// The pair number for these colours; 0 (default colours) when both are the default (-1) or
    /// when the terminal has no pairs left, so text stays readable rather than miscoloured.
    public mutating func pair(for colors: Colors) -> Int32 {
        if colors.fg < 0 && colors.bg < 0 { return 0 }
        if let known = assigned[colors] { return known }
        guard assigned.count < capacity else { return 0 }
        let number = Int32(assigned.count + 1)
        guard initPair(number, colors) else { return 0 }
        assigned[colors] = number
        return number
    }
}
