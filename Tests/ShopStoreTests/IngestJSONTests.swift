import Testing
@testable import ShopStore

@Suite struct IngestJSONTests {
    func parse(_ bytes: [UInt8]) throws(JSONLineParser.Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { p in Result { () throws(JSONLineParser.Failure) in try JSONLineParser.parse(p) } }.get()
    }
    func parse(_ text: String) throws(JSONLineParser.Failure) -> JSONValue { try parse(Array(text.utf8)) }

    @Test func valuesOfEveryKind() throws {
        #expect(try parse(#" {"a": [1, -2, 0, 12.0, 1e3, -0.5, true, false, null, "x"], "b": {}} "#) == .object([
            "a": .array([.integer(1), .integer(-2), .integer(0), .number("12.0"), .number("1e3"), .number("-0.5"),
                         .bool(true), .bool(false), .null, .string("x")]),
            "b": .object([:]),
        ]))
        #expect(try parse("9223372036854775807") == .integer(Int64.max))
        #expect(try parse("-9223372036854775808") == .integer(Int64.min))
        #expect(try parse("9223372036854775808") == .number("9223372036854775808"))
        #expect(try parse(#"{"k":1,"k":2}"#) == .object(["k": .integer(2)]))
    }

    @Test func stringsWithEscapesAndChinese() throws {
        #expect(try parse(#""小米手环8 \"Pro\"\\\/\n\t\u00e9\u4e2d\ud83d\ude00""#) == .string("小米手环8 \"Pro\"\\/\n\té中😀"))
        #expect(try parse(#""""#) == .string(""))
    }

    @Test(arguments: [
        "", "{", "}", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, "01", "-", "1.", ".5", "1e", "+1", "tru", "nul",
        #""\x""#, #""\u12""#, #""\ud800""#, #""\ud800\u0041""#, #""\udc00""#, "\"a\u{01}b\"", #"{"a":1} x"#, "[1] [2]",
    ])
    func invalid(_ text: String) {
        #expect(throws: JSONLineParser.Failure.invalid) { try parse(text) }
    }

    @Test func notUTF8() {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE4, 0xB8]] {
            #expect(throws: JSONLineParser.Failure.notUTF8) { try parse(bytes) }
        }
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        #expect(throws: JSONLineParser.Failure.tooDeep) { try parse(String(repeating: "[", count: 100_000)) }
    }

    @Test func decoderNamesTheProblem() {
        let decoder = EventDecoder()
        func reason(_ bytes: [UInt8]) -> String? {
            do { _ = try decoder.decode(bytes); return nil } catch { return error.reason }
        }
        #expect(reason(Array(#"{"type":"visit","id":"v","visitor":"\#u{FFFD}","started_at":1764036001}"#.utf8)) == nil)
        #expect(reason([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]) == "not UTF-8 text")
        #expect(reason(Array(#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":1e4}"#.utf8))
                == "bad money 1e4 in total_fen (fen must be an integer)")
    }
}
