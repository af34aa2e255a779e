import Foundation
import ShopModel
import Testing

@Suite struct WrittenTimeTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test func everyShapeShopdashReads() {
        let t: Int64 = 1_764_036_000  // 2025-11-25 10:00 in Shanghai
        #expect(WrittenTime.read("2025-11-25 10:00")?.instant(in: shanghai) == t)
        #expect(WrittenTime.read("2025/11/25 10:00:00")?.instant(in: shanghai) == t)
        #expect(WrittenTime.read("2025-11-25T02:00:00Z")?.instant(in: shanghai) == t)
        #expect(WrittenTime.read("2025-11-25t03:00:00.75+01:00")?.instant(in: shanghai) == t)
        #expect(WrittenTime.read("2025-11-25")?.instant(in: shanghai) == t - 36_000)
        #expect(WrittenTime.read("2025-11-25")?.hasClock == false)
    }

    @Test func shapesItRefusesAndRangesItChecks() {
        for bad in ["", "2025-11-25 10", "2025-11-25 10:00:", "2025-11/25", "2025-11-25T10:00:00+0800", "25-11-2025",
                    "2025-11-25 10:00 ", "2025-11-25T10:00:00.Z"] {
            #expect(WrittenTime.read(bad) == nil, "\(bad)")
        }
        for impossible in ["2025-02-29", "2025-11-25 24:00", "2025-11-25 10:60", "2025-11-25T10:00:00+24:00",
                           "2025-11-25 10:00:60"] {
            #expect(WrittenTime.read(impossible)?.isValid == false, "\(impossible)")
            #expect(WrittenTime.read(impossible)?.instant(in: shanghai) == nil, "\(impossible)")
        }
        // A leap second only where an offset pins it.
        #expect(WrittenTime.read("2016-12-31T23:59:60Z")?.isValid == true)
    }
}
