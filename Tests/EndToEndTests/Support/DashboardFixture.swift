import Foundation

/// The shopdash binary built beside the tests, and seeded demo stores for it to open.
enum DashboardFixture {
    /// Order and coupon the tests look for, ingested on top of the demo history. The nickname
    /// carries an OSC title change, a cursor-position query, a screen clear and a C1 CSI: none
    /// of them may reach the terminal.
    static let orderNo = "E2E0001"
    static let phone = "13900007391"
    static let phoneTail = "7391"
    static let hostileNickname = "\u{1B}]0;pwned\u{07}坏\u{1B}[6n人\u{1B}[2J\u{9B}31m"
    static let couponId = "E2E-CB-1"
    static let couponName = "E2E测试券"

    static var binary: String {
        get throws {
            let env = ProcessInfo.processInfo.environment
            if let explicit = env["SHOPDASH_BIN"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
            var candidates: [String] = []
            // The test runner lives in the same build folder as the executable.
            let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            var dir = runner.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("shopdash").path)
                dir = dir.deletingLastPathComponent()
            }
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(root.appendingPathComponent(".build/debug/shopdash").path)
            if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
            throw EndToEndFailure("the shopdash binary was not found (looked in \(candidates.joined(separator: ", "))); run `swift build` first")
        }
    }

    /// Built once per test run: three demo days (seed 7) plus the test order and coupon.
    private static let base: Result<String, any Error> = Result { try buildBase() }

    private static func buildBase() throws -> String {
        let dir = NSTemporaryDirectory() + "shopdash-e2e-base-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/shop.sqlite"
        let bin = try binary
        try runTool(bin, ["demo", "--headless", "--seed", "7", "--days", "3", "--duration", "0", "--db", db])
        let now = Int64(Date().timeIntervalSince1970)
        let order: [String: Any] = [
            "type": "order", "out_trade_no": orderNo, "customer": "e2e-customer", "nickname": hostileNickname,
            "phone": phone, "city": "上海", "paid_at": now - 5, "channel": "share",
            "items": [["sku": "E2E-SKU", "name": "测试商品", "qty": 1, "unit_fen": 12_345]],
        ]
        let coupon: [String: Any] = [
            "type": "coupon_batch", "batch_id": couponId, "name": couponName, "kind": "fixed", "value_fen": 500,
            "quota": 100, "starts_at": now - 3_600, "ends_at": now + 30 * 86_400,
        ]
        var jsonl = ""
        for event in [order, coupon] {
            let data = try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys])
            jsonl += String(decoding: data, as: UTF8.self) + "\n"
        }
        let input = dir + "/e2e.jsonl"
        try jsonl.write(toFile: input, atomically: true, encoding: .utf8)
        try runTool(bin, ["ingest", "--db", db, input])
        return db
    }

    /// A private copy of the seeded store, so tests that change it never meet.
    static func freshStore() throws -> (dir: String, db: String) {
        let source = try base.get()
        let dir = NSTemporaryDirectory() + "shopdash-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/shop.sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: db + suffix)
        }
        // The config folder is the test's own, so no user config.toml changes what is seen.
        try FileManager.default.createDirectory(atPath: dir + "/config", withIntermediateDirectories: true)
        return (dir, db)
    }

    /// The shell command that starts the dashboard in a pane, with a controlled environment.
    static func command(dir: String, db: String, arguments: [String] = [], lang: String = "C.UTF-8",
                        term: String = "xterm-256color", extraEnvironment: [String: String] = [:]) throws -> String {
        var env = ["LANG": lang, "LC_ALL": lang, "TERM": term, "XDG_CONFIG_HOME": dir + "/config", "HOME": dir]
        env.merge(extraEnvironment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { shellQuoted("\($0.key)=\($0.value)") }
        return (["env", "-u", "NO_COLOR", "-u", "COLORTERM"] + assignments + [shellQuoted(try binary), "--db", shellQuoted(db)]
                + arguments.map(shellQuoted)).joined(separator: " ")
    }

    /// The audit rows of the store as text: through `shopdash audit` when this build has it, else
    /// through the sqlite3 tool. Fails clearly when neither can be used.
    static func auditLog(db: String) throws -> String {
        if let out = try? runTool(try binary, ["audit", "--db", db]) { return out }
        guard let sqlite = findTool("sqlite3") else {
            throw EndToEndFailure("cannot read the audit log: this build has no `shopdash audit` and sqlite3 is not installed")
        }
        return try runTool(sqlite, [db, "SELECT at, os_user, ssh_client, role, action, target, before, after FROM audit_log ORDER BY id"])
    }

    static func remove(_ dir: String) {
        try? FileManager.default.removeItem(atPath: dir)
    }
}
