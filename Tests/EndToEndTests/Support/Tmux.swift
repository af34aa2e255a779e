import Foundation

/// Why an end-to-end step could not go on; the message says what was expected and what was seen.
struct EndToEndFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a command to completion and returns its standard output (standard error is kept for
/// failure messages).
@discardableResult
func runTool(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
             allowFailure: Bool = false) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let stdout = String(decoding: outData, as: UTF8.self)
    if process.terminationStatus != 0 && !allowFailure {
        throw EndToEndFailure("\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                              + String(decoding: errData, as: UTF8.self) + stdout)
    }
    return stdout
}

/// Finds a program on PATH (or the usual system folders).
func findTool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let dirs = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"]
    return dirs.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Puts a value in single quotes for sh.
func shellQuoted(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// One program running in a real terminal: a detached tmux session on a private socket, so a
/// test never touches anyone else's tmux server. The pane stays after the program exits, so its
/// last screen and exit status can still be read.
final class TmuxSession {
    let tmux: String
    let socket: String
    private let configFile: String
    private var stopped = false

    /// Starts `command` (already shell-quoted words joined by spaces) in a `width` x `height` pane.
    init(width: Int, height: Int, command: String) throws {
        guard let tmux = findTool("tmux") else {
            throw EndToEndFailure("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
        }
        self.tmux = tmux
        socket = "shopdash-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        configFile = NSTemporaryDirectory() + socket + ".conf"
        // No status line (the pane gets every row), Esc passed on at once, the pane kept when the
        // program exits so its last words can be read.
        let config = """
            set -g status off
            set -g escape-time 0
            set -g remain-on-exit on
            set -g history-limit 100
            """
        try config.write(toFile: configFile, atomically: true, encoding: .utf8)
        try runTool(tmux, ["-L", socket, "-f", configFile, "new-session", "-d", "-s", "m",
                           "-x", String(width), "-y", String(height), command])
    }

    deinit { stop() }

    /// Ends the tmux server of this session (and the program in it).
    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? runTool(tmux, ["-L", socket, "kill-server"], allowFailure: true)
        try? FileManager.default.removeItem(atPath: configFile)
    }

    /// Named keys as tmux spells them: "Escape", "Enter", "Tab", "BTab", "C-c", "PageDown", "3".
    func send(_ keys: String...) throws {
        try runTool(tmux, ["-L", socket, "send-keys", "-t", "m"] + keys)
    }

    /// Text typed as it is, character by character.
    func type(_ text: String) throws {
        try runTool(tmux, ["-L", socket, "send-keys", "-t", "m", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try runTool(tmux, ["-L", socket, "resize-window", "-t", "m", "-x", String(width), "-y", String(height)])
    }

    /// The screen as text; `escapes` keeps colours and attributes as SGR sequences.
    func capture(escapes: Bool = false) throws -> String {
        try runTool(tmux, ["-L", socket, "capture-pane", "-p", "-t", "m"] + (escapes ? ["-e"] : []))
    }

    /// nil while the program runs, else its exit status.
    func exitStatus() throws -> Int32? {
        let out = try runTool(tmux, ["-L", socket, "display-message", "-p", "-t", "m", "#{pane_dead} #{pane_dead_status}"])
        let parts = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.first == "1" else { return nil }
        return parts.count > 1 ? Int32(parts[1]) ?? -1 : -1
    }

    /// Polls the screen until `condition` holds, and returns that screen. Fails with the last
    /// screen seen when the deadline passes.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            if Date() >= deadline { break }
            if let status = try exitStatus() {
                screen = try capture()
                if condition(screen) { return screen }
                throw EndToEndFailure("the program exited (status \(status)) before \(what); last screen:\n\(screen)")
            }
            // Polling interval: long enough not to load the machine, short enough to be quick.
            usleep(50_000)
        }
        throw EndToEndFailure("timed out after \(timeout) s waiting for \(what); last screen:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 15) throws -> String {
        try waitFor("'\(text)' on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the program to exit and returns its status.
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = try exitStatus() { return status }
            usleep(50_000)
        }
        throw EndToEndFailure("the program did not exit within \(timeout) s; last screen:\n\(try capture())")
    }
}
