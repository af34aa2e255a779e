import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Not available yet.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        throw ValidationError("'export' is not available in this build yet")
    }
}
