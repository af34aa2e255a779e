import ShopModel

/// What a client sent through the SSH gate, taken apart and checked against the key's role.
enum GateRequest {
    /// The commands each role may start through the gate; the commands themselves still refuse
    /// what the role may not do inside them (a coupon change by support, a reveal).
    static let readCommands: Set<String> = ["dashboard", "snapshot", "stats", "check", "orders", "coupons", "export", "audit"]
    static let operatorCommands: Set<String> = readCommands.union(["ingest"])

    /// Options that name a store or a file: the gate fixes the store, and a file would be read or
    /// written with the shop account's rights.
    static let fileOptions: Set<String> = ["--db", "--config", "-o", "--output", "--rejects", "--stats-file"]

    /// The arguments to run, with the gate's --db; throws exit 77 for anything the role may not run.
    static func permitted(_ words: [String], role: Role, db: String?) throws -> [String] {
        var words = words
        if let first = words.first, first == "shopdash" || first.hasSuffix("/shopdash") { words.removeFirst() }
        let command = words.first ?? "dashboard"
        let isOption = command.hasPrefix("-")
        let name = isOption ? "dashboard" : command
        let allowed = role == .operator ? operatorCommands : readCommands
        guard allowed.contains(name) || ["--help", "-h", "help"].contains(command) else {
            throw refusal("the \(role.rawValue) key may not run '\(PlainText.clean(command))' (it may run: \(allowed.sorted().joined(separator: ", ")))")
        }
        for word in words {
            let option = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if fileOptions.contains(option) || (option.hasPrefix("-o") && option.count > 2 && !option.hasPrefix("--")) {
                throw refusal("\(option) is fixed by the gate")
            }
        }
        if name == "ingest" {
            let inputs = words.dropFirst().filter { !$0.hasPrefix("-") }
            guard inputs == ["-"] else { throw refusal("ingest through the gate reads standard input only: ingest - [--follow]") }
        }
        if let db { words += ["--db", db] }
        return words
    }

    /// Splits a command line as a POSIX shell would for plain words: blanks separate, single
    /// quotes keep everything, double quotes keep all but \" and \\, a backslash escapes one
    /// character. No variables, globs or command substitution: nothing is run by a shell.
    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped {
                current.append(c); escaped = false; inWord = true
            } else if quote == "'" {
                if c == "'" { quote = nil } else { current.append(c) }
            } else if quote == "\"" {
                if c == "\"" { quote = nil } else if c == "\\" { escaped = true } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c; inWord = true
            } else if c == "\\" {
                escaped = true
            } else if c == " " || c == "\t" || c == "\n" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else if ";|&<>`$(){}*?[]".contains(c) {
                throw refusal("'\(c)' has no meaning here: the gate runs one shopdash command, without a shell")
            } else {
                current.append(c); inWord = true
            }
        }
        guard quote == nil, !escaped else { throw refusal("unbalanced quotes in the command") }
        if inWord { words.append(current) }
        return words
    }

    static func refusal(_ why: String) -> CommandFailure {
        CommandFailure("refused by the gate: \(why)", code: ExitCodes.refused)
    }
}
