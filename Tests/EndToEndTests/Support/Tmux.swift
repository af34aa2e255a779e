import Foundation

/// Why an end-to-end step could not go on; the message says what was expected and what was seen.
struct EndToEndFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a command to completion and returns its standard output, failing on a non-zero exit.
@discardableResult
func runTool(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
             allowFailure: Bool = false) throws -> String {
    let result = try runToolCapturing(executable, arguments, environment: environment)
    if result.status != 0 && !allowFailure {
        throw EndToEndFailure("\(executable) \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)\(result.stdout)")
    }
    return result.stdout
}

/// Runs a command to completion with posix_spawn and waitpid. Foundation's Process is not used:
/// on Linux it notices a child's exit through a socket the child inherits, and `tmux new-session`
/// hands that socket on to the tmux server, so the wait would never end. Output goes to
/// temporary files and every other descriptor is closed in the child, so no long-lived
/// grandchild keeps anything of the test's open.
func runToolCapturing(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, stdout: String, stderr: String) {
    let base = NSTemporaryDirectory() + "shopdash-tool-\(UUID().uuidString)"
    let outPath = base + ".out", errPath = base + ".err"
    defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    // The child starts with default signal handling and nothing blocked, whatever this test
    // thread has: a tmux server that inherited a blocked SIGCHLD never learns how its pane ended.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var allSignals = sigset_t(), noSignals = sigset_t()
    sigfillset(&allSignals)
    sigemptyset(&noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
        throw EndToEndFailure("cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS, spelled out: the C macros do not reach Swift.
    let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (exitCode, stdout, stderr)
}

/// This process's open descriptors, from /proc (the list includes the one used to read it, which
/// is closed again by then; closing it in the child is harmless).
private func openDescriptors() -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
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
    /// Where the pane's shell writes the program's exit status. tmux's own #{pane_dead_status}
    /// is not used: under a loaded test run it sometimes never arrives.
    private let statusFile: String
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
        statusFile = NSTemporaryDirectory() + socket + ".status"
        let wrapped = "\(command); s=$?; echo $s > \(shellQuoted(statusFile)).tmp; mv \(shellQuoted(statusFile)).tmp \(shellQuoted(statusFile))"
        try runTool(tmux, ["-L", socket, "-f", configFile, "new-session", "-d", "-s", "m",
                           "-x", String(width), "-y", String(height), "sh -c " + shellQuoted(wrapped)])
    }

    deinit { stop() }

    /// Ends the tmux server of this session (and the program in it).
    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? runTool(tmux, ["-L", socket, "kill-server"], allowFailure: true)
        try? FileManager.default.removeItem(atPath: configFile)
        try? FileManager.default.removeItem(atPath: statusFile)
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

    /// The screen and the lines that scrolled off it, as plain text.
    func captureWithHistory() throws -> String {
        try runTool(tmux, ["-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "m"])
    }

    /// nil while the program runs, else its exit status (128 + the signal when a signal ended it).
    func exitStatus() throws -> Int32? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
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
