import ArgumentParser

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Not available yet.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        throw ValidationError("'dashboard' is not available in this build yet")
    }
}
