import Foundation
import ShopModel
@testable import ShopStore

/// The files in Fixtures/: CSV exports and WeChat Pay bills written for these tests.
enum Fixture {
    static func path(_ name: String) -> String {
        guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("test resources are missing the Fixtures folder")
        }
        return dir.appendingPathComponent(name).path
    }
}

/// A scratch directory for input files a test writes itself.
final class ScratchDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    func write(_ name: String, _ data: Data) throws -> String {
        let path = url.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Shanghai wall-clock time of any day, for expectations.
func shanghai(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int = 0) -> Int64 {
    ShopCalendar.shanghai.time(year: y, month: mo, day: d, hour: h, minute: mi, second: s)!
}

extension ImportPlan {
    var orders: [OrderRecord] {
        units.flatMap(\.events).compactMap { if case .order(let o) = $0 { o } else { nil } }
    }
    var refunds: [RefundRecord] {
        units.flatMap(\.events).compactMap { if case .refund(let r) = $0 { r } else { nil } }
    }
}
