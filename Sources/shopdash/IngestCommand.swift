import ArgumentParser
import Dispatch
import CursesTerminal
import Foundation
import ShopModel
import ShopStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Load JSON Lines events (orders, refunds, visits, coupons...) into the store.",
        discussion: """
            One event per line; the types and fields are described in docs/events.md. Ingesting the \
            same input again changes nothing, so an interrupted run is completed by running it again. \
            Rejected lines go to stderr as FILE:LINE: REASON and to the rejects file as \
            LINE<TAB>REASON<TAB>original line. Ends with one line: read N, accepted A, duplicates D, \
            rejected R. Exit status 0 when nothing was rejected, 65 when something was (the good lines \
            are committed all the same).

            Examples:
              shopdash ingest events.jsonl
              tail -F app.log | shopdash ingest - --follow --rejects bad.tsv
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var integrity: IntegrityOptions

    @Argument(help: "A JSON Lines file, or - for standard input.")
    var input: String

    @Flag(help: "Keep reading as the input grows (a file also across rotation, or a pipe) until SIGINT or SIGTERM; commits at least once a second.")
    var follow = false

    @Option(help: "Where rejected lines go (default: INPUT.rejects; stdin.rejects in the current directory when reading standard input).")
    var rejects: String?

    @Option(help: "Events per transaction.")
    var batchSize = 20_000

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
    }

    func run() throws {
        let fromStdin = input == "-"
        let label = fromStdin ? "stdin" : input
        let rejectsPath = rejects ?? (fromStdin ? "stdin.rejects" : input + ".rejects")
        // Checked before the store opens, so that a mistyped name does not create an empty store.
        var isDirectory: ObjCBool = false
        if !fromStdin && FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) && isDirectory.boolValue {
            Console.err("shopdash: \(input): cannot read: is a directory")
            throw ExitCode(66) // EX_NOINPUT
        }
        if !fromStdin && !FileManager.default.isReadableFile(atPath: input) {
            Console.err("shopdash: \(input): cannot read: no such file, or not readable")
            throw ExitCode(66) // EX_NOINPUT
        }
        let shop: ShopStore
        do { shop = try integrity.open(store) } catch let error as StoreError {
            throw CommandFailure.exit(CommandFailure(error))
        }
        if let asked = try? store.calendar(), store.tz != nil, asked.timeZone.identifier != shop.calendar.timeZone.identifier {
            FileHandle.standardError.write(Data("""
                note: this store counts days in \(shop.calendar.timeZone.identifier), the zone it was created with; \
                --tz \(asked.timeZone.identifier) does not change that

                """.utf8))
        }
        let rejectsFile = try RejectsFile(path: rejectsPath)
        // A signal lets the loop commit what it has and print its summary instead of dying mid-batch.
        let stop = StopRequest(watching: [SIGINT, SIGTERM])
        // A coupon_batch line can stop or rename a batch: audited as this user, from this input.
        // A config that does not load must not stop a feed that never needed it: the row then
        // says support, which never overstates who it was.
        let person = ActorIdentity.current(role: (try? store.settings())?.roleDecision.role ?? .support)
        let auditedAs = Actor(user: person.user, sshClient: "ingest:\(input)", role: person.role)
        let ingestor = Ingestor(store: shop, options: .init(batchSize: batchSize, follow: follow, auditedAs: auditedAs))
        // A long-running follow also delivers the coupon outbox, so changes need no dashboard open.
        var courier: BackgroundCourier?
        if follow {
            let (found, problems) = try store.settings().courier(for: shop)
            problems.forEach { Console.err("shopdash: \($0)") }
            courier = BackgroundCourier(found) { Console.err("shopdash: coupon outbox: \($0)") }
        }
        defer { courier?.stop() }
        var committed = IngestReport()
        let report: IngestReport
        do {
            report = try ingestor.run(
                fromStdin ? .standardInput : .file(input),
                onReject: { rejected in
                    try rejectsFile.write(line: rejected.line, reason: rejected.reason, original: rejected.original)
                    Console.err("\(label):\(rejected.line): \(rejected.reason)")
                },
                onCommit: { committed = $0 },
                shouldStop: { stop.isRequested })
        } catch {
            // What was committed stays: the summary says how far it got, so that a re-run after
            // the cause is fixed is known to finish the rest.
            print(committed.summary)
            if let error = error as? StoreError { throw CommandFailure.exit(CommandFailure(error)) }
            if case IngestError.cannotRead = error { throw CommandFailure.exit(CommandFailure("\(error)", code: 66)) }
            throw CommandFailure.exit(CommandFailure("\(error)", code: ExitCodes.ioError))
        }
        print(report.summary)
        // Without --follow a signal means the input was not read to its end: say so in the status.
        if !follow, let sig = stop.signal { throw ExitCode(128 + sig) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
