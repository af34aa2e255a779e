import Foundation
import Testing

/// Inputs and outputs that are not plain files: a FIFO, a `<(...)` pipe, a directory, a full
/// device, a NUL escaped inside a JSON string. Each must end with a clear message and the exit
/// status docs/cli.md gives, never a hang or a Foundation error code.
@Suite struct CliInputEdgeTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-edges-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    static let csv = "order_no,created,amount\nE1,2026-11-25 10:00:00,12.80\nE2,2026-11-25 11:00:00,3.50\n"
    static let map = ["--map", "out_trade_no=order_no,created_at=created,total=amount"]
    static let order = #"{"type":"order","out_trade_no":"NO1","created_at":1764036000,"total_fen":12800}"#

    /// Waits at most `seconds` for `running` to end; a hang is a failure, not a stuck test run.
    func finish(_ running: ShopdashBinary.Running, within seconds: Double) -> ShopdashBinary.Output? {
        let deadline = Date().addingTimeInterval(seconds)
        while running.isRunning && Date() < deadline { usleep(20_000) }
        if running.isRunning {
            running.signal(SIGKILL)
            _ = running.wait()
            return nil
        }
        return running.wait()
    }

    @Test func importCSVReadsAFIFOOnce() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = path("orders.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let running = try ShopdashBinary.start(["import", "csv", fifo, "--db", path("s.sqlite"),
                                                "--rejects", path("r.tsv")] + Self.map)
        // Opening for writing waits for the reader; the import has it open by then.
        let fd = open(fifo, O_WRONLY)
        #expect(fd >= 0)
        _ = Self.csv.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        let out = try #require(finish(running, within: 30), "import csv hung on a FIFO")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "read 2, accepted 2, duplicates 0, rejected 0\n")
    }

    @Test func importCSVReadsAProcessSubstitution() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.csv.utf8).write(to: dir.appendingPathComponent("orders.csv"))
        let binary = try ShopdashBinary.url().path
        let script = #""$0" import csv <(cat "$1") --db "$2" --rejects "$3" --map "$4""#
        let out = try CliProcess.run(["/bin/bash", "-c", script, binary, path("orders.csv"), path("s.sqlite"),
                                      path("r.tsv"), Self.map[1]], environment: CliRunner.environment())
        #expect(out.status == 0, "\(String(decoding: out.stderr, as: UTF8.self))")
        #expect(String(decoding: out.stdout, as: UTF8.self) == "read 2, accepted 2, duplicates 0, rejected 0\n")
    }

    @Test func aDirectoryAsInputIsNamedAndExits66() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = path("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let runs = [["ingest", folder, "--db", path("s.sqlite")],
                    ["import", "csv", folder, "--db", path("s.sqlite"), "--rejects", path("r.tsv")] + Self.map,
                    ["import", "wechatpay-bill", folder, "--db", path("s.sqlite"), "--rejects", path("r.tsv")]]
        for args in runs {
            let out = try ShopdashBinary.run(args)
            #expect(out.status == 66, "\(args[0]) \(args[1]): \(out.stderr)")
            #expect(out.stderr.contains("\(folder): cannot read: is a directory"), "\(out.stderr)")
            #expect(!out.stderr.contains("NSCocoaErrorDomain"))
        }
        #expect(!FileManager.default.fileExists(atPath: path("s.sqlite")))
    }

    @Test func exportToAFullDeviceExits74() throws {
        let store = try CliStore(events: CliFixture.events)
        for format in ["csv", "jsonl"] {
            let out = try store.run(["export", "orders", "--format", format, "-o", "/dev/full"])
            #expect(out.status == 74, "\(format): \(out.stderr)")
            #expect(out.stderr.contains("No space left on device"), "\(out.stderr)")
        }
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "the device was replaced")
        #expect(!FileManager.default.fileExists(atPath: "/dev/full.partial"))
    }

    @Test func ingestPrintsItsSummaryWhenARejectCannotBeWritten() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = path("in.jsonl")
        try Data((Self.order + "\nnot json\n").utf8).write(to: URL(fileURLWithPath: input))
        let out = try ShopdashBinary.run(["ingest", input, "--db", path("s.sqlite"), "--rejects", "/dev/full"])
        #expect(out.status == 74, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("read "), "no summary line: \(out.stdout)")
        #expect(out.stderr.contains("No space left on device"), "\(out.stderr)")
    }

    @Test func aNULInsideAJSONStringIsRejectedWithItsField() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = path("in.jsonl")
        let withNUL = #"{"type":"order","out_trade_no":"NO1\u0000x","created_at":1764036000,"total_fen":100}"#
        try Data((Self.order + "\n" + withNUL + "\n").utf8).write(to: URL(fileURLWithPath: input))
        let out = try ShopdashBinary.run(["ingest", input, "--db", path("s.sqlite")])
        #expect(out.status == 65)
        #expect(out.stdout == "read 2, accepted 1, duplicates 0, rejected 1\n")
        #expect(out.stderr == "\(input):2: out_trade_no contains a NUL character (\\u0000)\n")
    }
}
