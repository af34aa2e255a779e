import Foundation

/// A dashboard running in tmux on its own copy of the seeded store.
final class DashboardPane {
    let tmux: TmuxSession
    let dir: String
    let db: String

    init(width: Int = 120, height: Int = 40, arguments: [String] = [], lang: String = "C.UTF-8",
         term: String = "xterm-256color", recordTo log: String? = nil, configText: String? = nil) throws {
        (dir, db) = try DashboardFixture.freshStore()
        if let configText {
            try FileManager.default.createDirectory(atPath: dir + "/config/shopdash", withIntermediateDirectories: true)
            try configText.write(toFile: dir + "/config/shopdash/config.toml", atomically: true, encoding: .utf8)
        }
        var command = try DashboardFixture.command(dir: dir, db: db, arguments: arguments, lang: lang, term: term)
        if let log {
            guard let script = findTool("script") else {
                throw EndToEndFailure("`script` (util-linux) is not installed: it records what reaches the terminal")
            }
            // -e: the recording ends with the program's own exit status.
            command = [script, "-q", "-e", "-f", "-c", shellQuoted(command), shellQuoted(log)].joined(separator: " ")
        }
        tmux = try TmuxSession(width: width, height: height, command: command)
    }

    deinit {
        tmux.stop()
        DashboardFixture.remove(dir)
    }

    /// Waits for the first frame with figures in it.
    @discardableResult
    func waitForOverview() throws -> String { try tmux.waitFor(text: "Paid orders") }

    /// tmux's own view of whether the program holds the alternate screen.
    func alternateScreenOn() throws -> Bool {
        try runTool(tmux.tmux, ["-L", tmux.socket, "display-message", "-p", "-t", "m", "#{alternate_on}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The dashboard's pid: the child of the pane's shell (which stays to record the exit status).
    func programPid() throws -> Int32 {
        let out = try runTool(tmux.tmux, ["-L", tmux.socket, "display-message", "-p", "-t", "m", "#{pane_pid}"])
        guard let shell = Int32(out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw EndToEndFailure("tmux gave no pane pid: \(out)")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // Fields after "(comm)": state, then the parent pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == shell { return pid }
        }
        throw EndToEndFailure("no program found under the pane's shell (pid \(shell))")
    }
}
