import ShopModel
/// Parses RFC 3339 timestamps ("2026-11-25T10:00:00+08:00", "2026-11-25 02:00:00.5Z") to Unix
/// seconds by hand: exact, fast, and free of formatter state. Fractions of a second are dropped.
/// A time without a zone offset is refused rather than guessed.
enum RFC3339 {
    enum Failure: Error, Equatable {
        case malformed
        case noOffset
        case outOfRange
    }

    static func parse(_ text: String) throws(Failure) -> Int64 {
        var utf8 = Array(text.utf8)
        // Trailing whitespace is tolerated, nothing else.
        while let last = utf8.last, last == 0x20 { utf8.removeLast() }
        var i = 0
        func digits(_ n: Int) throws(Failure) -> Int {
            guard i + n <= utf8.count else { throw .malformed }
            var v = 0
            for _ in 0..<n {
                let c = utf8[i]
                guard c >= 0x30 && c <= 0x39 else { throw .malformed }
                v = v * 10 + Int(c - 0x30)
                i += 1
            }
            return v
        }
        func expect(_ options: [UInt8]) throws(Failure) {
            guard i < utf8.count, options.contains(utf8[i]) else { throw .malformed }
            i += 1
        }
        let year = try digits(4); try expect([0x2D])
        let month = try digits(2); try expect([0x2D])
        let day = try digits(2); try expect([0x54, 0x74, 0x20]) // T, t or space
        let hour = try digits(2); try expect([0x3A])
        let minute = try digits(2); try expect([0x3A])
        let second = try digits(2)
        if i < utf8.count && utf8[i] == 0x2E { // fraction
            i += 1
            let start = i
            while i < utf8.count, utf8[i] >= 0x30 && utf8[i] <= 0x39 { i += 1 }
            guard i > start else { throw .malformed }
        }
        guard i < utf8.count else { throw .noOffset }
        var offset = 0
        switch utf8[i] {
        case 0x5A, 0x7A: i += 1 // Z, z
        case 0x2B, 0x2D:
            let sign = utf8[i] == 0x2D ? -1 : 1
            i += 1
            let oh = try digits(2); try expect([0x3A])
            let om = try digits(2)
            guard oh <= 23 && om <= 59 else { throw .outOfRange }
            offset = sign * (oh * 3_600 + om * 60)
        default: throw .malformed
        }
        guard i == utf8.count else { throw .malformed }
        guard CivilDate.isValid(year: year, month: month, day: day),
              hour <= 23, minute <= 59, second <= 60 else { throw .outOfRange }
        let days = CivilDate.days(year: year, month: month, day: day)
        return days * 86_400 + Int64(hour * 3_600 + minute * 60 + second) - Int64(offset)
    }
}
