import Foundation

/// Child processes started with posix_spawn and reaped with waitpid on their own pid.
/// Foundation's Process can miss the exit of a child that ends at once (seen here as a test hung
/// in waitUntilExit beside a zombie `tmux` client), so these tests do not rely on it.
enum CliProcess {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Runs `argv` to completion with `stdin` as its input, collecting both outputs.
    static func run(_ argv: [String], environment: [String: String], stdin: Data = Data()) throws -> Output {
        // Pipes are made and handed over under one lock: a pipe end another test's child inherited
        // before its close-on-exec flag was set would keep this test's reader from seeing its end.
        let (input, out, err, pid) = try spawnLock.withLock {
            let input = try pipe(), out = try pipe(), err = try pipe()
            let pid = try spawn(argv, environment: environment, stdin: input.read, stdout: out.write, stderr: err.write)
            close(input.read); close(out.write); close(err.write)
            return (input, out, err, pid)
        }
        // Input first (small in these tests), then both outputs together so neither pipe can fill up.
        stdin.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(input.write, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { if errno == EINTR { continue }; break }
                offset += n
            }
        }
        close(input.write)
        let (o, e) = drain(out.read, err.read)
        return Output(status: wait(pid), stdout: o, stderr: e)
    }

    /// Starts `argv` in the background with both outputs appended to `log`; stop it with `stop`.
    static func start(_ argv: [String], environment: [String: String], log: String) throws -> pid_t {
        let fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CliRunnerError("cannot open \(log): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { close(null) }
        return try spawnLock.withLock { try spawn(argv, environment: environment, stdin: null, stdout: fd, stderr: fd) }
    }

    private static let spawnLock = NSLock()

    /// Sends SIGTERM and reaps the process; SIGKILL after `grace` seconds.
    @discardableResult
    static func stop(_ pid: pid_t, grace: Double = 5) -> Int32 {
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        var status: Int32 = 0
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return decode(status) }
            if r < 0 && errno != EINTR { return -1 }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        return wait(pid)
    }

    /// Whether the process has exited (and then reaps it); `status` receives its exit status.
    static func hasExited(_ pid: pid_t, status: inout Int32) -> Bool {
        var raw: Int32 = 0
        let r = waitpid(pid, &raw, WNOHANG)
        if r == pid { status = decode(raw); return true }
        return r < 0 && errno == ECHILD
    }

    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return decode(status)
    }

    /// Exit code, or 128 + signal for a process killed by a signal (as shells report it).
    private static func decode(_ status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw CliRunnerError("pipe: \(String(cString: strerror(errno)))") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return (fds[0], fds[1])
    }

    private static func spawn(_ argv: [String], environment: [String: String], stdin: Int32, stdout: Int32,
                              stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        // A child starts with no blocked signals and default handlers, whatever the test runner set.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { throw CliRunnerError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        return pid
    }

    private static func drain(_ a: Int32, _ b: Int32) -> (Data, Data) {
        var outputs = [Data(), Data()]
        var fds = [pollfd(fd: a, events: Int16(POLLIN), revents: 0), pollfd(fd: b, events: Int16(POLLIN), revents: 0)]
        var open = 2
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open > 0 {
            if poll(&fds, 2, -1) < 0 { if errno == EINTR { continue }; break }
            for i in 0..<2 where fds[i].fd >= 0 && fds[i].revents != 0 {
                let n = read(fds[i].fd, &buffer, buffer.count)
                if n > 0 {
                    outputs[i].append(contentsOf: buffer[0..<n])
                } else if n == 0 || errno != EINTR {
                    close(fds[i].fd)
                    fds[i].fd = -1
                    open -= 1
                }
            }
        }
        return (outputs[0], outputs[1])
    }
}
