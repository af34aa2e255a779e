import Foundation

/// A program in a real terminal: a tmux pane on a private socket, driven through CliProcess.
/// The pane stays after the program exits, so its last screen and exit status can be read.
final class CliPane {
    let socket: String
    private let tmux: String
    private let config: String
    private var stopped = false

    init(width: Int, height: Int, command: [String]) throws {
        guard let tmux = ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else { throw CliRunnerError("tmux is not installed: these tests need it (apt-get install tmux)") }
        self.tmux = tmux
        socket = "shopdash-cli-\(getpid())-\(UUID().uuidString.prefix(8))"
        config = NSTemporaryDirectory() + socket + ".conf"
        try "set -g status off\nset -g escape-time 0\nset -g remain-on-exit on\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        try run(["-f", config, "new-session", "-d", "-s", "m", "-x", String(width), "-y", String(height)] + command)
    }

    deinit { stop() }

    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? run(["kill-server"], check: false)
        try? FileManager.default.removeItem(atPath: config)
    }

    @discardableResult
    private func run(_ args: [String], check: Bool = true) throws -> String {
        let out = try CliProcess.run([tmux, "-L", socket] + args, environment: ProcessInfo.processInfo.environment)
        if check && out.status != 0 {
            throw CliRunnerError("tmux \(args.joined(separator: " ")) exited \(out.status): \(String(decoding: out.stderr, as: UTF8.self))")
        }
        return String(decoding: out.stdout, as: UTF8.self)
    }

    /// Keys as tmux names them: "Enter", "Escape", "Tab", "q", "C-c".
    func send(_ keys: String...) throws { try run(["send-keys", "-t", "m"] + keys) }

    /// Literal text.
    func type(_ text: String) throws { try run(["send-keys", "-t", "m", "-l", text]) }

    func capture() throws -> String { try run(["capture-pane", "-p", "-t", "m"]) }

    /// nil while the program runs, else its exit status.
    func exitStatus() throws -> Int32? {
        let parts = try run(["display-message", "-p", "-t", "m", "#{pane_dead} #{pane_dead_status}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.first == "1" else { return nil }
        return parts.count > 1 ? Int32(parts[1]) ?? -1 : -1
    }

    /// Polls the screen until `condition` holds; fails with the last screen when time runs out.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) {
            if Date() >= deadline {
                throw CliRunnerError("timed out after \(Int(timeout)) s waiting for \(what); last screen:\n\(screen)")
            }
            if let status = try exitStatus() {
                screen = try capture()
                if condition(screen) { break }
                throw CliRunnerError("the program exited (\(status)) before \(what); last screen:\n\(screen)")
            }
            usleep(50_000)
            screen = try capture()
        }
        return screen
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> String {
        try waitFor("'\(text)' on screen", timeout: timeout) { $0.contains(text) }
    }

    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = try exitStatus() { return status }
            usleep(50_000)
        }
        throw CliRunnerError("the program did not exit within \(Int(timeout)) s; last screen:\n\(try capture())")
    }
}
