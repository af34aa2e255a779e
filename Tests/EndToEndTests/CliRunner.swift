import Foundation

/// What one run of the shopdash binary did.
struct CliResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }

    /// The parsed JSON object printed on stdout.
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
            throw CliRunnerError("stdout is not a JSON object: \(stdout)")
        }
        return object
    }
}

struct CliRunnerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs the built shopdash binary as a script would: no terminal, stdin from a pipe.
enum CliRunner {
    /// $SHOPDASH_BIN, else the binary built beside this test bundle.
    static func binary() throws -> String {
        if let env = ProcessInfo.processInfo.environment["SHOPDASH_BIN"], !env.isEmpty { return env }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("shopdash").path
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [beside, root.appendingPathComponent(".build/debug/shopdash").path]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw CliRunnerError("the shopdash binary was not found beside the tests (\(beside)); run `swift build` first or set SHOPDASH_BIN")
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> CliResult {
        let output = try CliProcess.run([try binary()] + arguments, environment: self.environment(environment),
                                        stdin: Data(stdin.utf8))
        return CliResult(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
                         stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// The test runner's environment without anything that would change what a command does:
    /// no SSH session, no config file of whoever runs the tests, a UTF-8 locale, no terminal
    /// colours that would pick the theme.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["COLORFGBG"] = nil
        env["SSH_CLIENT"] = nil
        env["SSH_CONNECTION"] = nil
        env["XDG_CONFIG_HOME"] = "/nonexistent-shopdash-test-config"
        env["LANG"] = "C.UTF-8"
        for (k, v) in extra { env[k] = v }
        return env
    }
}

/// A store in a temporary directory filled through `shopdash ingest` from JSON Lines.
final class CliStore {
    let dir: URL
    var path: String { dir.appendingPathComponent("shop.sqlite").path }

    init(events: String) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let input = dir.appendingPathComponent("events.jsonl").path
        try events.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CliRunner.run(["ingest", input, "--db", path])
        guard result.status == 0 else { throw CliRunnerError("ingest failed (\(result.status)): \(result.stderr)\(result.stdout)") }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// Runs shopdash with --db pointing here.
    @discardableResult
    func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> CliResult {
        try CliRunner.run(arguments + ["--db", path], stdin: stdin, environment: environment)
    }
}
