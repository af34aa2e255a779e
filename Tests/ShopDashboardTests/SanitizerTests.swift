import ShopDemo
import Testing
@testable import ShopDashboard

@Suite struct SanitizerTests {
    /// Nothing that reaches the terminal may be a control character or reorder text.
    func isInert(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { v in
            let x = v.value
            return !(x < 0x20 || x == 0x7F || (0x80...0x9F).contains(x) || (0x202A...0x202E).contains(x)
                     || (0x2066...0x2069).contains(x) || (0x200B...0x200F).contains(x) || (0x2060...0x2064).contains(x)
                     || x == 0xFEFF)
        }
    }

    @Test func unsafeScalarsAreTheOnesCleanReplaces() {
        for v: UInt32 in [0x1B, 0x07, 0x0A, 0x7F, 0x9B, 0x202E, 0x2066, 0x200B, 0xFEFF, 0x2028] {
            #expect(Sanitizer.isUnsafe(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        for ch in "Az9 ¥订单小明🌸".unicodeScalars {
            #expect(!Sanitizer.isUnsafe(ch), "\(ch)")
        }
    }

    @Test func csiEscapeBecomesVisible() {
        let out = Sanitizer.clean("小明\u{1B}[2J\u{1B}[H")
        #expect(out == "小明␛[2J␛[H")
        #expect(isInert(out))
    }

    @Test func oscWithBellAndStringTerminator() {
        let bel = Sanitizer.clean("\u{1B}]0;pwned\u{07}name")
        #expect(bel == "␛]0;pwned␇name")
        let st = Sanitizer.clean("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\")
        #expect(st == "␛]8;;http://x␛\\link␛]8;;␛\\")
        #expect(isInert(bel) && isInert(st))
    }

    @Test func c1ControlsIncludingEightBitCSI() {
        let out = Sanitizer.clean("a\u{9B}31mb\u{85}c\u{9D}d")
        #expect(out == "a\u{FFFD}31mb⏎c\u{FFFD}d")
        #expect(isInert(out))
    }

    @Test func bidiOverridesAndIsolates() {
        let out = Sanitizer.clean("abc\u{202E}fed\u{202C} \u{2066}x\u{2069}")
        #expect(out == "abc\u{FFFD}fed\u{FFFD} \u{FFFD}x\u{FFFD}")
        #expect(isInert(out))
    }

    @Test func zeroWidthAndInvisibleFormatCharacters() {
        let out = Sanitizer.clean("a\u{200B}b\u{2060}c\u{FEFF}d\u{2063}e")
        #expect(out == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
    }

    @Test func emojiJoinerBetweenPicturesIsDroppedNotShown() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(Sanitizer.clean(family) == "👨👩👧")
        #expect(Sanitizer.clean("a\u{200D}b") == "a\u{FFFD}b")
    }

    @Test func tabNewlineDeleteAndOtherC0() {
        #expect(Sanitizer.clean("a\tb\nc\r\nd\re\u{7F}f\u{00}g") == "a b⏎c⏎d⏎e␡f␀g")
        #expect(Sanitizer.clean("a\tb\nc\u{7F}\u{1B}", glyphs: .ascii) == "a b|c??")
    }

    @Test func invalidUTF8BytesBecomePlaceholders() {
        let bytes: [UInt8] = [0x41, 0xFF, 0x42, 0xC3, 0x28, 0xE4, 0xB8, 0xAD, 0xED, 0xA0, 0x80, 0x43]
        let out = Sanitizer.clean(bytes: bytes)
        #expect(out.hasPrefix("A\u{FFFD}B\u{FFFD}(中"))
        #expect(out.hasSuffix("C"))
        #expect(!out.contains("\u{1B}"))
        let ascii = Sanitizer.clean(bytes: bytes, glyphs: .ascii)
        #expect(ascii.allSatisfy { $0.isASCII })
    }

    @Test func escapeHiddenInInvalidBytesStillCaught() {
        let out = Sanitizer.clean(bytes: [0xC0, 0x9B, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x9B])
        #expect(isInert(out))
        #expect(out.contains("␛[31m"))
    }

    @Test func asciiModeReturnsOnlyPrintableASCII() {
        let out = Sanitizer.clean("李雷 café e\u{301} 😀 \u{202E}x\u{1B}[1m", glyphs: .ascii)
        #expect(out == "?? caf? e ? ?x?[1m")
        #expect(out.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
    }

    @Test func megabyteInputIsCappedQuickly() {
        let huge = String(repeating: "订单\u{1B}", count: 350_000)  // ~3 MB of UTF-8
        let clock = ContinuousClock()
        var out = ""
        let elapsed = clock.measure { out = Sanitizer.clean(huge) }
        #expect(out.unicodeScalars.count == Sanitizer.maxScalars + 1)
        #expect(out.hasSuffix("…"))
        #expect(elapsed < .milliseconds(200))
        let bytes = [UInt8](repeating: 0x41, count: 1_048_576)
        #expect(Sanitizer.clean(bytes: bytes).unicodeScalars.count == Sanitizer.maxScalars + 1)
    }

    @Test func endlessCombiningMarksAreCapped() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 100_000)
        let out = Sanitizer.clean(zalgo)
        #expect(out.unicodeScalars.count <= Sanitizer.maxScalars + 1)
    }

    @Test func fitCutsByDisplayWidth() {
        #expect(Sanitizer.fit("张三丰的店铺", columns: 7) == "张三丰…")
        #expect(Sanitizer.fit("张三丰的店铺", columns: 8) == "张三丰…")
        #expect(Sanitizer.fit("张三丰的店铺", columns: 12) == "张三丰的店铺")
        #expect(Sanitizer.fit("abcdef", columns: 4, glyphs: .ascii) == "abc~")
        #expect(Sanitizer.fit("abc", columns: 0) == "")
        #expect(Sanitizer.fit("abc", columns: 1) == "…")
        #expect(TextWidth.columns(Sanitizer.fit("a张三丰的店铺", columns: 6)) <= 6)
    }

    @Test func fitSanitizesToo() {
        #expect(Sanitizer.fit("\u{1B}[2Jhello", columns: 20) == "␛[2Jhello")
    }

    @Test func padAlignsByDisplayWidth() {
        #expect(Sanitizer.pad("中文", columns: 6) == "中文  ")
        #expect(Sanitizer.pad("12", columns: 5, align: .right) == "   12")
    }
}

@Suite struct SanitizerASCIILookalikeTests {
    @Test func pricesAndPunctuationKeepTheirMeaningInASCII() {
        #expect(Sanitizer.clean("¥128.00 · “好” ，（满减）…", glyphs: .ascii) == "Y128.00 - \"?\" ,(??)...")
    }
}

@Suite struct SanitizerEmojiTests {
    @Test func emojiSequencesBecomePlainTwoColumnPictures() {
        #expect(Sanitizer.clean("👍🏽") == "👍")
        #expect(Sanitizer.clean("❤️") == "❤")
        #expect(Sanitizer.clean("❤️‍🔥") == "❤🔥")
        #expect(Sanitizer.clean("🇨🇳店") == "CN店")
        #expect(Sanitizer.clean("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}!") == "🏴!")
        // Every grapheme of the result has the width of its one scalar, as ncurses counts it.
        for s in ["👨‍👩‍👧 family", "👍🏿", "🇯🇵", "1️⃣"] {
            let clean = Sanitizer.clean(s)
            #expect(TextWidth.columns(clean) == clean.unicodeScalars.reduce(0) { $0 + max(0, TextWidth.columns(Character($1))) }, "\(s)")
        }
    }

    @Test func invisibleTextShowsOnePlaceholderPerRun() {
        let smuggled = "hi" + String("secret".unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xE0000)!) })
        #expect(Sanitizer.clean(smuggled) == "hi\u{FFFD}")
    }

    @Test func blankLookingNicknamesAreShown() {
        #expect(Sanitizer.clean("\u{3164}\u{3164}") == "\u{FFFD}\u{FFFD}")
        #expect(Sanitizer.clean("a\u{034F}b\u{180E}c") == "a\u{FFFD}b\u{FFFD}c")
    }
}

@Suite struct SanitizerFuzzTests {
    /// Bytes biased towards the dangerous ranges: C0, ESC sequences, C1 in UTF-8, bidi, tags.
    func randomBytes(_ rng: inout SplitMix64) -> [UInt8] {
        let pieces: [[UInt8]] = [[0x1B, 0x5B], [0x1B, 0x5D], [0x07], [0x9B], [0xC2, 0x9B], [0xE2, 0x80, 0xAE],
                                 [0xE2, 0x81, 0xA6], [0xE2, 0x80, 0x8B], [0xEF, 0xBB, 0xBF], [0xF3, 0xA0, 0x80, 0x81],
                                 [0xE4, 0xB8, 0xAD], [0xF0, 0x9F, 0x98, 0x80], [0x0A], [0x0D], [0x09], [0x7F], [0xFF], [0xC0]]
        var out: [UInt8] = []
        for _ in 0..<Int.random(in: 0..<40, using: &rng) {
            if Bool.random(using: &rng) {
                out += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            } else {
                out.append(UInt8.random(in: 0...255, using: &rng))
            }
        }
        return out
    }

    @Test func nothingDangerousSurvivesAndCleaningIsIdempotent() {
        var rng = SplitMix64(seed: 20_261_125)
        for _ in 0..<1_000 {
            let bytes = randomBytes(&rng)
            let unicode = Sanitizer.clean(bytes: bytes)
            for v in unicode.unicodeScalars.map(\.value) {
                #expect(v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v))
                #expect(!(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
                #expect(!(0x200B...0x200F).contains(v) && v != 0xFEFF && !(0xE0000...0xE007F).contains(v))
            }
            #expect(Sanitizer.clean(unicode) == unicode)
            let ascii = Sanitizer.clean(bytes: bytes, glyphs: .ascii)
            #expect(ascii.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
            #expect(Sanitizer.clean(ascii, glyphs: .ascii) == ascii)
            let fitted = Sanitizer.fit(unicode, columns: 7)
            #expect(TextWidth.columns(fitted) <= 7)
        }
    }
}
