import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import orders from a CSV export or a WeChat Pay trade bill.",
        subcommands: [ImportCSVCommand.self, ImportWeChatPayBillCommand.self]
    )
}

/// Rejects file, stderr messages and the summary line: the same as `shopdash ingest`.
struct ImportRejectsOptions: ParsableArguments {
    @Option(name: .long, help: "Where rejected lines go (default: INPUT.rejects).")
    var rejects: String?

    /// Opened before the import runs, which empties the rejects of an earlier run over the same input.
    func open(input: String) throws -> RejectsFile {
        try RejectsFile(path: rejects ?? input + ".rejects")
    }

    func report(_ outcome: ImportOutcome, input: String, to file: RejectsFile) throws {
        for r in outcome.rejections {
            try file.write(r)
            // Reasons quote the input: escaped, a value cannot forge another FILE:LINE: line.
            Console.err("\(input):\(r.line): \(r.reason)")
        }
        print(outcome.report.summary)
    }
}

func runImport(_ body: () throws -> Int32) throws {
    let code: Int32
    do {
        code = try body()
    } catch let error as ImportError {
        Console.err("shopdash import: \(error)")
        throw ExitCode(exitCode(for: error))
    } catch let error as ValidationError {
        throw error
    } catch let error as IngestError {
        Console.err("shopdash import: \(error)")
        throw ExitCode(73) // EX_CANTCREAT: the rejects file
    } catch let error as StoreError {
        // Missing, foreign, damaged or read-only: the same codes as every other command.
        let failure = CommandFailure(error)
        Console.err("shopdash import: \(failure.message)")
        throw ExitCode(failure.code)
    } catch {
        // The store could not be opened or written: not the input's fault, and not exit 1, which
        // a bill import uses for "does not reconcile".
        Console.err("shopdash import: \(error)")
        throw ExitCode(74) // EX_IOERR
    }
    if code != 0 { throw ExitCode(code) }
}

/// sysexits.h codes, so that scripts can tell a wrong command line from a wrong file.
func exitCode(for error: ImportError) -> Int32 {
    switch error {
    case .badMapping, .badOption, .missingColumns: 64 // EX_USAGE
    case .notUTF8, .unreadable, .emptyFile, .notABill: 66 // EX_NOINPUT
    }
}

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import orders from any CSV export, mapping its columns to order fields.",
        discussion: """
            Rows that share an out_trade_no are one order with one item per row. See docs/import.md.

            Exit status: 0 every row imported; 65 some rows rejected (the others are committed); \
            64 a wrong option or --map naming a column the file lacks; 66 unreadable or non-UTF-8 file \
            (nothing imported).

            Example: shopdash import csv orders.csv --map out_trade_no=订单号,created_at=下单时间,total=订单金额
            """
    )

    @Option(name: .long, help: "The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).")
    var db: String?

    // Not the shop's zone, which a store keeps once created: importing a file written in another
    // zone must not move the shop's days.
    @Option(name: .long, help: "Time zone of the file's times that carry no offset (default: the store's zone, Asia/Shanghai unless it was created with another). Does not change the store's zone.")
    var tz: String?

    @OptionGroup var rejectsOptions: ImportRejectsOptions
    @OptionGroup var integrity: IntegrityOptions

    @Argument(help: "The CSV file (UTF-8, with a header line).")
    var file: String

    @Option(name: .long, help: "field=Column pairs, comma separated; repeatable. Fields: \(OrderField.allCases.map(\.rawValue).joined(separator: ", ")).")
    var map: [String] = []

    @Option(name: .customLong("amount-unit"), help: "yuan (\"128.50\") or fen (\"12850\").")
    var amountUnit: String = "yuan"

    @Option(name: .customLong("time-format"), help: "Date pattern of the time columns, e.g. \"dd/MM/yyyy HH:mm\" (default: yyyy-MM-dd HH:mm:ss, RFC 3339 or Unix seconds). Read in --tz.")
    var timeFormat: String?

    func run() throws {
        try runImport {
            guard let unit = AmountUnit(rawValue: amountUnit) else {
                throw ImportError.badOption("--amount-unit: '\(amountUnit)' is not yuan or fen")
            }
            let mapping = try OrderCSVMapping(map)
            let fileZone = try tz.map { name in
                guard let zone = TimeZone(identifier: name) else {
                    throw ImportError.badOption("--tz: unknown time zone '\(name)' (try Asia/Shanghai)")
                }
                return zone
            }
            // Read and checked before the store opens, so that a wrong file creates no empty store.
            let input = try ImportInput.read(file)
            try input.requireUTF8()
            let shop = try integrity.open(StoreOptions.parse(db.map { ["--db", $0] } ?? []))
            let zone = fileZone ?? shop.calendar.timeZone
            let importer = OrderCSVImport(mapping: mapping, amountUnit: unit,
                                          times: TimeParser(zone: zone, pattern: timeFormat))
            let plan = try importer.plan(input)
            let rejects = try rejectsOptions.open(input: file)
            let outcome = try ImportRunner.run(plan, apply: shop.apply)
            try rejectsOptions.report(outcome, input: file, to: rejects)
            return outcome.report.exitCode
        }
    }
}

struct ImportWeChatPayBillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wechatpay-bill",
        abstract: "Import a WeChat Pay trade bill (交易账单: ALL, SUCCESS or REFUND) and reconcile it.",
        discussion: """
            Payments become paid orders, refunds become refunds. Afterwards the bill's own summary is \
            printed next to what was imported. See docs/import.md.

            Exit status: 0 imported and reconciled; 65 some rows rejected; 1 nothing rejected but the \
            bill's summary disagrees with what was imported; 66 not UTF-8 or not a trade bill (nothing imported).

            Example: shopdash import wechatpay-bill 2026-11-24-ALL.csv
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rejectsOptions: ImportRejectsOptions
    @OptionGroup var integrity: IntegrityOptions

    @Argument(help: "The bill as downloaded (UTF-8 CSV).")
    var file: String

    func run() throws {
        try runImport {
            let bill = try WeChatPayBillImport(file: file)
            let shop = try integrity.open(store)
            let rejects = try rejectsOptions.open(input: file)
            let outcome = try ImportRunner.run(bill.plan, apply: shop.apply)
            try rejectsOptions.report(outcome, input: file, to: rejects)
            let reconciliation = try bill.reconcile(outcome, against: shop)
            print("\(bill.bill.kind.rawValue) bill, reconciliation:")
            print(reconciliation.table)
            if reconciliation.agrees {
                print("reconciled: the bill's summary matches what was imported")
                return outcome.report.exitCode
            }
            for difference in reconciliation.differences {
                Console.err("\(file): reconciliation: \(difference)")
            }
            return outcome.report.rejected > 0 ? outcome.report.exitCode : 1
        }
    }
}
