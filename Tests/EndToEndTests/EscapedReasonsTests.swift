import Foundation
import Testing

/// Reasons for rejected input quote the input. Quoted raw, a value could clear the screen, write
/// the clipboard (OSC 52), ring the bell, reorder the line or start a line of its own that looks
/// like another file's complaint; escaped, every line on stderr is one reason about one line.
@Suite struct EscapedReasonsTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-escape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Nothing a terminal would act on: no C0 control but the line ends, no DEL, C1 or bidi control.
    static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x0A) || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    @Test func ingestReasonsEscapeControlsOnStderrAndInTheRejectsFile() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = [
            #"{"type":"\u001b]52;c;aGk=\u0007"}"#,  // OSC 52: write the clipboard
            #"{"type":"\u001b[2J"}"#,  // clear the screen
            #"{"type":"ding\u0007"}"#,  // BEL
            #"{"type":"x\nin.jsonl:9: accepted"}"#,  // a forged FILE:LINE: line
            #"{"type":"abc\u202edcba"}"#,  // right-to-left override
            #"{"type":"\u009b31m\u007f"}"#,  // C1 CSI and DEL
        ]
        let input = try write(lines.joined(separator: "\n") + "\n", "in.jsonl")
        let out = try ShopdashBinary.run(["ingest", "--db", dir.appendingPathComponent("s.sqlite").path, input])
        #expect(out.status == 65)
        #expect(out.stderr == """
            \(input):1: unknown type "\\u{1B}]52;c;aGk=\\u{7}"
            \(input):2: unknown type "\\u{1B}[2J"
            \(input):3: unknown type "ding\\u{7}"
            \(input):4: unknown type "x\\u{A}in.jsonl:9: accepted"
            \(input):5: unknown type "abc\\u{202E}dcba"
            \(input):6: unknown type "\\u{9B}31m\\u{7F}"

            """)
        #expect(Self.isInert(out.stderr))
        // The rejects file: the reason escaped the same way, the original line byte for byte.
        let rejects = try String(contentsOfFile: input + ".rejects", encoding: .utf8)
        let records = rejects.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(records.count == lines.count)
        #expect(records.map { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) } == lines)
        #expect(records.allSatisfy { Self.isInert(String($0.split(separator: "\t")[1])) })
    }

    @Test func importReasonsEscapeControlsAndStayOneLineEach() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = "order_no,created,amount\n"
            + "N1,2026-11-25 10:00:00,\"\u{1B}]52;c;aGk=\u{07}\"\n"
            + "N2,2026-11-25 10:00:00,\"1\n\(dir.path)/x.csv:7: fine\"\n"
            + "N3,2026-11-25 10:00:00,\"\u{202E}21\"\n"
        let input = try write(csv, "orders.csv")
        let out = try ShopdashBinary.run(["import", "csv", input, "--db", dir.appendingPathComponent("s.sqlite").path,
                                          "--map", "out_trade_no=order_no,created_at=created,total=amount"])
        #expect(out.status == 65)
        #expect(out.stdout == "read 3, accepted 0, duplicates 0, rejected 3\n")
        #expect(Self.isInert(out.stderr))
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("\(input):") })
        #expect(out.stderr.contains("'\\u{1B}]52;c;aGk=\\u{7}'"))
        #expect(out.stderr.contains("'1\\u{A}\(dir.path)/x.csv:7: fine'"))
        #expect(out.stderr.contains("'\\u{202E}21'"))
    }

    @Test func aLineBreakInsideAQuotedFieldKeepsTheRejectOnOneLine() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = "order_no,created,amount\r\nN1,2026-11-25 10:00:00,\"1\r\n2\"\r\nN2,2026-11-25 10:00:00,\"3\r4\"\r\n"
        let input = try write(csv, "crlf.csv")
        let out = try ShopdashBinary.run(["import", "csv", input, "--db", dir.appendingPathComponent("s.sqlite").path,
                                          "--map", "out_trade_no=order_no,created_at=created,total=amount"])
        #expect(out.status == 65)
        let rejects = try String(contentsOfFile: input + ".rejects", encoding: .utf8)
        // Bytes, not Characters: "\r\n" is one Character and would hide from a Character search.
        #expect(!rejects.utf8.contains(0x0D))
        #expect(rejects.utf8.filter { $0 == 0x0A }.count == 2)
        let records = rejects.split(separator: "\n")
        #expect(records.map { $0.split(separator: "\t").first.map(String.init) } == ["2", "4"])
        #expect(records.first?.hasSuffix("N1,2026-11-25 10:00:00,\"1\\n2\"") == true)
    }
}
