import Foundation

/// Finds the first byte that breaks UTF-8. Imports run it on their input (ImportInput.requireUTF8)
/// before touching the store, so a GBK file is refused as a whole, not half-imported.
public enum UTF8FileCheck {
    public struct InvalidByte: Equatable, Sendable {
        public var line: Int
        public var offset: Int
        public var byte: UInt8
    }

    public static func firstInvalidByte(in data: Data) -> InvalidByte? {
        var scanner = Scanner()
        if let bad = data.withUnsafeBytes({ scanner.feed($0) }) { return bad }
        return scanner.finish()
    }

    /// The UTF-8 state machine of RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
    struct Scanner {
        private var line = 1
        private var offset = 0
        private var pending = 0
        private var lower: UInt8 = 0x80
        private var upper: UInt8 = 0xBF
        private var start: InvalidByte?

        mutating func feed(_ bytes: UnsafeRawBufferPointer) -> InvalidByte? {
            for b in bytes {
                defer { offset += 1 }
                if pending == 0 {
                    if b < 0x80 {
                        if b == 0x0A { line += 1 }
                        continue
                    }
                    start = InvalidByte(line: line, offset: offset, byte: b)
                    lower = 0x80; upper = 0xBF
                    switch b {
                    case 0xC2...0xDF: pending = 1
                    case 0xE0: pending = 2; lower = 0xA0
                    case 0xED: pending = 2; upper = 0x9F
                    case 0xE1...0xEF: pending = 2
                    case 0xF0: pending = 3; lower = 0x90
                    case 0xF4: pending = 3; upper = 0x8F
                    case 0xF1...0xF3: pending = 3
                    default: return start
                    }
                } else {
                    guard b >= lower && b <= upper else { return start }
                    lower = 0x80; upper = 0xBF
                    pending -= 1
                }
            }
            return nil
        }

        /// A sequence cut short by the end of the file is invalid too.
        func finish() -> InvalidByte? { pending == 0 ? nil : start }
    }
}
