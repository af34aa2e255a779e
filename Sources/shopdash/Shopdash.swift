import ArgumentParser

@main
struct Shopdash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shopdash",
        abstract: "A terminal dashboard for WeChat mini-program shops.",
        discussion: """
            Run without a command to open the dashboard on the store.
            Example: shopdash --db shop.sqlite
            """,
        subcommands: [
            DashboardCommand.self, DemoCommand.self, IngestCommand.self, ImportCommand.self,
            StatsCommand.self, CheckCommand.self, OrdersCommand.self, SnapshotCommand.self,
            CouponsCommand.self, ExportCommand.self, AuditCommand.self, GateCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
