import Foundation
import Testing
@testable import ShopStore

@Suite struct ImportUTF8FileTests {
    @Test func acceptsChineseTextAndBOM() {
        #expect(UTF8FileCheck.firstInvalidByte(in: Data("\u{FEFF}订单号,金额\n茶叶,1.00\n😀\n".utf8)) == nil)
    }

    @Test func findsTheFirstGBKByteAndItsLine() throws {
        // "交易" in GBK is BD BB D2 D7: BD is not followed by a continuation byte.
        var data = Data("header,line\nok,ok\n".utf8)
        data.append(contentsOf: [0xBD, 0xBB, 0xD2, 0xD7])
        let bad = try #require(UTF8FileCheck.firstInvalidByte(in: data))
        #expect(bad == UTF8FileCheck.InvalidByte(line: 3, offset: 18, byte: 0xBD))
    }

    @Test func rejectsOverlongSurrogateAndTruncatedSequences() {
        #expect(UTF8FileCheck.firstInvalidByte(in: Data([0x41, 0xC0, 0xAF]))?.byte == 0xC0)      // overlong "/"
        #expect(UTF8FileCheck.firstInvalidByte(in: Data([0xED, 0xA0, 0x80]))?.offset == 0)        // surrogate
        #expect(UTF8FileCheck.firstInvalidByte(in: Data([0x41, 0x0A, 0xE4, 0xB8]))?.line == 2)    // cut short
        #expect(UTF8FileCheck.firstInvalidByte(in: Data([0xF4, 0x90, 0x80, 0x80]))?.byte == 0xF4) // > U+10FFFF
    }

    @Test func gbkBillIsRefusedNamingFileAndLine() throws {
        let file = Fixture.path("wechatpay-success-gbk.csv")
        #expect(throws: ImportError.self) { try ImportInput.read(file).requireUTF8() }
        do {
            try ImportInput.read(file).requireUTF8()
        } catch let error as ImportError {
            guard case let .notUTF8(name, line, _, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(name == file)
            #expect(line == 1) // the Chinese header is the first thing GBK breaks
            #expect(error.description.contains("not UTF-8"))
            #expect(error.description.contains("GBK"))
        }
    }

    @Test func scanningInChunksAgreesWithScanningAtOnce() throws {
        // A three-byte character across a 64 KiB boundary of a file read whole must not look broken.
        let scratch = try ScratchDir()
        var text = String(repeating: "a", count: (1 << 16) - 1) + "茶\n"
        text += "x"
        let path = try scratch.write("big.csv", text)
        #expect(try UTF8FileCheck.firstInvalidByte(in: ImportInput.read(path).data) == nil)
        var broken = Data(text.utf8)
        broken.append(0xFF)
        let brokenPath = try scratch.write("broken.csv", broken)
        #expect(try UTF8FileCheck.firstInvalidByte(in: ImportInput.read(brokenPath).data) == UTF8FileCheck.InvalidByte(line: 2, offset: broken.count - 1, byte: 0xFF))
    }
}
