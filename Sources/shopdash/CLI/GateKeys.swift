import Foundation

/// Example authorized_keys lines for `shopdash gate --print-authorized-keys`.
enum GateKeys {
    static func binaryPath() -> String {
        let argument = CommandLine.arguments.first ?? "shopdash"
        if argument.hasPrefix("/") { return argument }
        if argument.contains("/") { return FileManager.default.currentDirectoryPath + "/" + argument }
        return "/usr/local/bin/shopdash"
    }

    static func lines(binary: String, db: String?) -> [String] {
        let store = db.map { " --db \($0)" } ?? ""
        return [
            "# ~shop/.ssh/authorized_keys: one line per person; `restrict` turns off forwarding, `pty` allows the dashboard.",
            "command=\"\(binary) gate --role operator --name alice\(store)\",restrict,pty ssh-ed25519 AAAA...alice-key alice@laptop",
            "command=\"\(binary) gate --role support --name bob\(store)\",restrict,pty ssh-ed25519 AAAA...bob-key bob@desk",
            "command=\"\(binary) gate --role support --name nagios\(store)\",restrict ssh-ed25519 AAAA...monitor-key nagios@monitor",
            "# then: ssh -t shop@host (dashboard), ssh shop@host orders find 5678, ssh shop@host check",
        ]
    }
}
