import ArgumentParser

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Not available yet.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        throw ValidationError("'demo' is not available in this build yet")
    }
}
