import Foundation
import Testing
@testable import ShopDashboard

/// Seeded damage to the shipped theme files: every case loads as a theme or is refused with a
/// ThemeError naming a line of the file (or none) and a reason, never a trap or another error.
/// `SHOPDASH_FUZZ_CASES=N` sets the number of cases, `SHOPDASH_FUZZ_REPLAY=SEED` replays one.
@Suite struct ThemeFuzzTests {
    /// SplitMix64, as in the store's fuzz suite: a printed seed replays a case exactly.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int.random(in: 0..<n, using: &self) }
    }

    static let extremes: [[UInt8]] = [
        "\"#zzzzzz\"", "\"color256\"", "\"color-1\"", "\"color99999999999999999999\"", "9223372036854775807",
        "-9223372036854775808", "1e308", "nan", "inf", "[]", "{}", "{ fg = 1 }", "[\"bold\", 7]", "\"\"", "true",
        "\"\\u0000\"", "\"\u{1B}[2J\"", "\"\(String(repeating: "长", count: 20_000))\"",
        String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000),
        "{ fg = { fg = { fg = \"red\" } } }", "1979-05-27T07:32:00Z",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00], [0x0D]]

    static func mutate(_ input: [UInt8], using rng: inout Random) -> [UInt8] {
        var lines = input.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        for _ in 0...rng.below(4) {
            guard !lines.isEmpty else { break }
            let i = rng.below(lines.count)
            switch rng.below(6) {
            case 0: if !lines[i].isEmpty { lines[i][rng.below(lines[i].count)] ^= UInt8(1 << rng.below(8)) }
            case 1: lines[i] = Array(lines[i].prefix(rng.below(lines[i].count + 1)))
            case 2: lines.insert(lines[i], at: rng.below(lines.count + 1))
            case 3: lines.removeSubrange(i...)
            default:
                // The value after `=`, swapped for an extreme one.
                if let eq = lines[i].firstIndex(of: 0x3D) {
                    lines[i] = Array(lines[i][...eq]) + [0x20] + Self.extremes[rng.below(Self.extremes.count)]
                }
            }
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    /// Found by the fuzzer: a lone `[` made the TOML parser's assertion fail.
    @Test func aHeaderWithoutANameIsRefusedWithItsLine() {
        #expect(throws: ThemeError(file: "t.toml", line: 3, reason: "a table header needs a name, as in [colors]")) {
            try Theme.parse("name = \"x\"\n\n[\ntext = \"red\"\n", file: "t.toml")
        }
        #expect(TOMLHeaderCheck.badHeaderLine(in: "a = [\n  [1, 2],\n]\n[ colors ]\nb = \"[\"\n[[x]]\n") == nil)
        #expect(TOMLHeaderCheck.badHeaderLine(in: "s = \"\"\"\n[\n\"\"\"\n[[ #\n") == 4)
    }

    @Test func damagedThemesLoadOrAreRefusedWithALine() throws {
        let env = ProcessInfo.processInfo.environment
        let cases = env["SHOPDASH_FUZZ_CASES"].flatMap { Int($0) } ?? 1_500
        let seeds: [UInt64] = env["SHOPDASH_FUZZ_REPLAY"].flatMap { UInt64($0) }.map { [$0] }
            ?? (0..<max(1, cases)).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 ^ 0x7E3E }
        let originals = try Theme.available(searchDirs: [shippedThemes]).map {
            Array(try Data(contentsOf: URL(fileURLWithPath: "\(shippedThemes)/\($0).toml")))
        }
        #expect(originals.count >= 4)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-theme-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var loaded = 0, refused = 0
        for seed in seeds {
            var rng = Random(state: seed)
            let bytes = Self.mutate(originals[rng.below(originals.count)], using: &rng)
            let path = dir.appendingPathComponent("case.toml").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            do {
                _ = try Theme.load(file: path)
                loaded += 1
            } catch let error as ThemeError {
                refused += 1
                #expect(!error.reason.isEmpty && error.file == path, "SHOPDASH_FUZZ_REPLAY=\(seed)")
                if let line = error.line {
                    #expect((1...max(1, lines)).contains(line), "line \(line) of \(lines); SHOPDASH_FUZZ_REPLAY=\(seed)")
                }
            } catch {
                Issue.record("not a ThemeError: \(error); SHOPDASH_FUZZ_REPLAY=\(seed)")
            }
        }
        print("fuzz themes: \(seeds.count) cases, \(loaded) loaded, \(refused) refused")
        if seeds.count > 100 { #expect(loaded > 0 && refused > 0) }
    }
}
