import ArgumentParser

struct CouponsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coupons", abstract: "Not available yet.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        throw ValidationError("'coupons' is not available in this build yet")
    }
}
