import ArgumentParser
import ShopStore

/// Exit codes of every command except `check` (which follows the monitoring plugin convention:
/// 0 OK, 1 WARN, 2 CRIT, 3 UNKNOWN). The numbers follow sysexits.h where one fits.
enum ExitCodes {
    /// Nothing matched: no such order, coupon batch or rows.
    static let notFound: Int32 = 1
    /// A change was asked for on a non-terminal without --yes, or declined at the prompt.
    static let notConfirmed: Int32 = 2
    /// Bad arguments (ArgumentParser's own validation exits with 64 too).
    static let usage: Int32 = 64
    /// A change that the data does not allow: resuming a stopped batch, a quota below what was issued.
    static let invalid: Int32 = 65
    /// A coupon change that the batch's system refused or that could not be delivered for good.
    static let remoteFailed: Int32 = 69
    /// The store is missing, is not a shopdash store, or is damaged.
    static let noStore: Int32 = 66
    /// Writing the output failed.
    static let ioError: Int32 = 74
    /// A coupon change still waiting for its system when --timeout ran out; a later sender run retries it.
    static let stillPending: Int32 = 75
    /// The role may not do this (support asking to change or reveal), or the store is read-only.
    static let refused: Int32 = 77
}

/// A failure the command has explained: the message goes to stderr, the code to the shell.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32) { self.message = message; self.code = code }

    var description: String { message }

    /// Reports and exits; used at the top of every command's run().
    static func exit(_ failure: CommandFailure) -> ExitCode {
        Console.err("shopdash: " + failure.message)
        return ExitCode(failure.code)
    }
}

extension CommandFailure {
    /// The store's errors, each with the exit code a script can act on.
    init(_ error: StoreError) {
        switch error {
        case .missing, .cannotOpen, .notAStore, .newerSchema, .needsMigration, .damaged:
            self.init(error.description, code: ExitCodes.noStore)
        case .readOnly, .notWritable, .refused:
            self.init(error.description, code: ExitCodes.refused)
        case .notFound:
            self.init(error.description, code: ExitCodes.notFound)
        case .invalid:
            self.init(error.description, code: ExitCodes.invalid)
        }
    }

    /// Runs a command's body; explained failures print "shopdash: reason" on stderr and exit with
    /// their code instead of ArgumentParser's generic message.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            throw exit(failure)
        } catch let error as StoreError {
            throw exit(CommandFailure(error))
        }
    }
}
