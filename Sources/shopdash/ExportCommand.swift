import ArgumentParser
import Foundation
import ShopModel
import ShopStore

extension ExportKind: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Stream orders, refunds, coupons, visits or retention as CSV or JSON Lines.",
        discussion: """
            Rows stream from the store in constant memory, whatever its size. Money comes twice: \
            as yuan with two decimals (paid_yuan "128.50") and as integer fen (paid_fen 12850). Times \
            are RFC 3339 in the shop's time zone. Phones are masked. CSV quoting is done by the CSV \
            library; the header names the columns (listed in docs/cli.md). In CSV, control, bidi and \
            invisible characters are written as visible escapes, and a text cell starting with = + - @, \
            a tab or a CR starts with ' so that a spreadsheet shows it instead of running it (--raw \
            leaves those as they are); JSON Lines keeps every value exact, escaped by JSON's rules. \
            With -o the file appears only when the export is complete.
            --from/--to take a day in the shop's time zone (YYYY-MM-DD; --to includes that day) or an \
            RFC 3339 time; they bound the order's creation, the refund's request, the visit's start, \
            the cohort's day, or overlap the coupon batch's window.

            Examples:
              shopdash export orders --db shop.sqlite --from 2026-11-01 --to 2026-11-30 \\
                -o november.csv
              shopdash export refunds --db shop.sqlite --format jsonl | jq .amount_fen
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "operator or support (both may export; phones stay masked).",
            completion: .list(Role.allCases.map(\.rawValue)), transform: AccessOptions.parseRole)
    var role: Role = .operator

    @Argument(help: "What to export: \(ExportKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: ExportKind

    @Option(name: .long, help: "From this day or time on.")
    var from: String?

    @Option(name: .long, help: "Up to the end of this day, or this time.")
    var to: String?

    @Option(name: .long, help: "csv or jsonl.")
    var format: ExportFormat = .csv

    @Flag(name: .long, help: "CSV: no ' before cells a spreadsheet would run as a formula (= + - @ tab CR).")
    var raw = false

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.", completion: .file())
    var output: String?

    func run() throws {
        try CommandFailure.reporting {
            let calendar = try store.calendar()
            let start = try from.map { try TimeArgument.parse($0, as: .start, calendar: calendar) }
            let end = try to.map { try TimeArgument.parse($0, as: .end, calendar: calendar) }
            let shop = try store.open(readOnly: true)
            let now = Int64(Date().timeIntervalSince1970)
            do {
                guard let output else {
                    try write(shop, from: start, to: end, now: now, into: ExportSink(fileDescriptor: STDOUT_FILENO))
                    return
                }
                // A device or a FIFO (/dev/full, /dev/stdout, a pipe to a reader) cannot be replaced
                // by a rename, and must not be: it is written in place.
                if Self.isSpecial(output) {
                    try write(shop, from: start, to: end, now: now, into: ExportSink(path: output))
                    return
                }
                // Written beside the target and renamed at the end: a failed export leaves no half file.
                let partial = output + ".partial"
                let sink = try ExportSink(path: partial)
                do {
                    let rows = try write(shop, from: start, to: end, now: now, into: sink)
                    guard rename(partial, output) == 0 else {
                        throw ExportError.cannotWrite(output, String(cString: strerror(errno)))
                    }
                    Console.err("exported \(rows) \(kind.rawValue) rows to \(output)")
                } catch {
                    try? sink.finish()
                    unlink(partial)
                    throw error
                }
            } catch let error as ExportError {
                throw CommandFailure(error.description, code: ExitCodes.ioError)
            }
        }
    }

    /// Exports into `sink` and finishes it. A failed write (a full disk, a closed pipe) may first
    /// surface as the CSV library's own error; it is reported as the write failure it is.
    @discardableResult
    private func write(_ shop: ShopStore, from start: Int64?, to end: Int64?, now: Int64, into sink: ExportSink) throws -> Int {
        do {
            let rows = try shop.export(kind, from: start, to: end, now: now, format: format, rawCells: raw, into: sink)
            try sink.finish()
            return rows
        } catch where sink.failed {
            try sink.finish()
            throw error
        }
    }

    private static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT != S_IFREG
    }
}
