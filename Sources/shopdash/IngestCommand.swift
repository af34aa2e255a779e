import ArgumentParser

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Not available yet.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        throw ValidationError("'ingest' is not available in this build yet")
    }
}
