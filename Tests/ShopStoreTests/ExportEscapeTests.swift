import Foundation
import Testing
import ShopModel
@testable import ShopStore

/// CSV exports are opened in spreadsheets and shown with `cat`: no cell may drive the terminal
/// (OSC 52, ESC[2J, C1, bidi) or run as a formula unless the caller asks for raw cells.
@Suite struct ExportEscapeTests {
    static func hostileStore() throws -> SeededStore {
        let seeded = try SeededStore(seeded: false)
        _ = try seeded.store.apply([
            .order(OrderRecord(outTradeNo: "H1", transactionId: "-2+3", customer: "+1", nickname: "\u{1B}]52;c;aGk=\u{07}",
                               city: "\u{9B}31m", createdAt: Seed.now, status: .created, total: Money(fen: 1),
                               paid: Money(fen: 1), remark: "=HYPERLINK(\"http://x\",\"ok\")")),
            .order(OrderRecord(outTradeNo: "H2", customer: "@SUM(A1)", nickname: "abc\u{202E}fed\u{1B}[2J",
                               createdAt: Seed.now + 1, status: .created, total: Money(fen: 1), paid: Money(fen: 1),
                               remark: "\t=1+1")),
            .order(OrderRecord(outTradeNo: "H3", customer: "c", nickname: "Z" + String(repeating: "\u{0301}", count: 500),
                               createdAt: Seed.now + 2, status: .created, total: Money(fen: 1), paid: Money(fen: 1),
                               remark: "\r=1")),
        ])
        return seeded
    }

    /// Nothing a terminal acts on besides the line feeds between rows.
    static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x0A) || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
        }
    }

    @Test func csvEscapesControlsAndDisarmsFormulas() throws {
        let seeded = try Self.hostileStore()
        let (count, text) = try ExportTests.export(seeded, .orders)
        #expect(count == 3)
        #expect(Self.isInert(text))
        let rows = try ExportTests.csvRows(text)
        #expect(rows.count == 4)
        let h1 = rows[1], h2 = rows[2], h3 = rows[3]
        #expect(h1[1] == "'-2+3")
        #expect(h1[8] == "'+1")
        #expect(h1[9] == "\\u{1B}]52;c;aGk=\\u{7}")
        #expect(h1[11] == "\\u{9B}31m")
        #expect(h1[21] == "'=HYPERLINK(\"http://x\",\"ok\")")
        #expect(h2[8] == "'@SUM(A1)")
        #expect(h2[9] == "abc\\u{202E}fed\\u{1B}[2J")
        #expect(h2[21] == "'\\u{9}=1+1")
        #expect(h3[9] == "Z" + String(repeating: "\u{0301}", count: TextEscape.maxCombiningMarks))
        #expect(h3[21] == "'\\u{D}=1")
        // Money is the program's own: never prefixed.
        #expect(h1[13] == "0.01")
    }

    @Test func rawCellsKeepFormulasButStillEscapeControls() throws {
        let seeded = try Self.hostileStore()
        let (_, text) = try ExportTests.export(seeded, .orders, rawCells: true)
        #expect(Self.isInert(text))
        let rows = try ExportTests.csvRows(text)
        #expect(rows[1][1] == "-2+3")
        #expect(rows[1][21] == "=HYPERLINK(\"http://x\",\"ok\")")
        #expect(rows[2][8] == "@SUM(A1)")
        #expect(rows[2][21] == "\\u{9}=1+1")
        #expect(rows[1][9] == "\\u{1B}]52;c;aGk=\\u{7}")
    }

    @Test func jsonLinesEscapeEveryUnsafeCharacterAndKeepTheValue() throws {
        let seeded = try Self.hostileStore()
        let (_, text) = try ExportTests.export(seeded, .orders, format: .jsonl)
        #expect(Self.isInert(text))
        let objects = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects[0]["nickname"] as? String == "\u{1B}]52;c;aGk=\u{07}")
        #expect(objects[0]["remark"] as? String == "=HYPERLINK(\"http://x\",\"ok\")")
        #expect(objects[1]["nickname"] as? String == "abc\u{202E}fed\u{1B}[2J")
        #expect(text.contains(#""nickname":"\u001b]52;c;aGk=\u0007""#))
        #expect(text.contains(#""city":"\u009b31m""#))
    }

    @Test func jsonEscapesScalarsBeyondTheBMPAsSurrogatePairs() {
        #expect(JSONText.quoted("a\u{E0041}b") == #""a\udb40\udc41b""#)
        #expect(JSONText.quoted("a\u{200B}b") == #""a\u200bb""#)
    }
}
