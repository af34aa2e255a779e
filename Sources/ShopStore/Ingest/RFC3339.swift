import ShopModel
/// RFC 3339 timestamps of events ("2026-11-25T10:00:00+08:00", "2026-11-25 02:00:00.5Z") as Unix
/// seconds, read by `WrittenTime`. Fractions of a second are dropped. A time without a zone offset
/// is refused rather than guessed.
enum RFC3339 {
    enum Failure: Error, Equatable {
        case malformed
        case noOffset
        case outOfRange
    }

    static func parse(_ text: String) throws(Failure) -> Int64 {
        // Trailing spaces are tolerated, nothing else.
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        guard let time = WrittenTime.read(text[..<end]), time.hasSeconds, !time.slashDate else { throw .malformed }
        guard let offset = time.offset else { throw .noOffset }
        guard time.isValid else { throw .outOfRange }
        return time.wallSeconds - Int64(offset)
    }
}
