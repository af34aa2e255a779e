import Foundation

/// An OpenSSH server on 127.0.0.1 for one test: a free high port, a throwaway host key and user
/// key in a temporary directory, public-key login only. Stopped by its pid.
final class Sshd {
    let dir: URL
    let port: Int
    let user: String
    private(set) var pid: pid_t = 0
    private let clientConfig: String

    /// Where sshd is expected; scripts/test installs openssh-server when it is missing.
    static let binary = "/usr/sbin/sshd"

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw CliRunnerError("sshd cannot be started: \(Self.binary) is missing (apt-get install -y openssh-server)")
        }
        guard let keygen = Self.tool("ssh-keygen"), Self.tool("ssh") != nil else {
            throw CliRunnerError("sshd test needs ssh and ssh-keygen (apt-get install -y openssh-client)")
        }
        user = NSUserName()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-sshd-\(UUID().uuidString.prefix(8))")
        self.dir = dir
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // sshd refuses to start without its privilege separation directory.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for key in ["host_key", "client_key"] {
            let out = try CliProcess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-C", "shopdash-test",
                                          "-f", path(key)], environment: ProcessInfo.processInfo.environment)
            guard out.status == 0 else { throw CliRunnerError("ssh-keygen failed: \(String(decoding: out.stderr, as: UTF8.self))") }
        }
        try FileManager.default.copyItem(atPath: path("client_key.pub"), toPath: path("authorized_keys"))
        port = try Self.freePort()
        let serverConfig = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(path("host_key"))
            PidFile \(path("sshd.pid"))
            AuthorizedKeysFile \(path("authorized_keys"))
            PermitRootLogin prohibit-password
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            AcceptEnv LANG LC_*
            PrintMotd no
            LogLevel VERBOSE
            """
        try serverConfig.write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
        clientConfig = path("ssh_config")
        try """
            Host shopdash-test
              HostName 127.0.0.1
              Port \(port)
              User \(user)
              IdentityFile \(path("client_key"))
              IdentitiesOnly yes
              StrictHostKeyChecking accept-new
              UserKnownHostsFile \(path("known_hosts"))
              BatchMode yes
              LogLevel ERROR
              ConnectTimeout 10
            """.write(toFile: clientConfig, atomically: true, encoding: .utf8)

        let test = try CliProcess.run([Self.binary, "-t", "-f", path("sshd_config")], environment: ProcessInfo.processInfo.environment)
        guard test.status == 0 else {
            throw CliRunnerError("sshd cannot be started: its configuration was refused: \(String(decoding: test.stderr, as: UTF8.self))")
        }
        pid = try CliProcess.start([Self.binary, "-D", "-e", "-f", path("sshd_config")],
                                   environment: ProcessInfo.processInfo.environment, log: path("sshd.log"))
        try waitUntilListening()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: dir)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// Stops sshd by the pid it was started with.
    func stop() {
        guard pid > 0 else { return }
        CliProcess.stop(pid)
        pid = 0
    }

    var log: String { (try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? "" }

    /// `ssh` with this server's client configuration, then `arguments` (options, then the command).
    func sshCommand(_ arguments: [String]) -> [String] {
        [Self.tool("ssh") ?? "ssh", "-F", clientConfig] + arguments
    }

    /// Runs `command` (a remote shell command line) through ssh in batch mode.
    func run(_ command: String) throws -> CliResult {
        let out = try CliProcess.run(sshCommand(["shopdash-test", command]), environment: CliRunner.environment())
        return CliResult(status: out.status, stdout: String(decoding: out.stdout, as: UTF8.self),
                         stderr: String(decoding: out.stderr, as: UTF8.self))
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            var status: Int32 = 0
            if CliProcess.hasExited(pid, status: &status) {
                pid = 0
                throw CliRunnerError("sshd cannot be started: it exited with \(status):\n\(log)")
            }
            if Self.accepts(port) { return }
            usleep(20_000)
        }
        throw CliRunnerError("sshd cannot be started: nothing listens on 127.0.0.1:\(port) after 10 s:\n\(log)")
    }

    static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A port the kernel just handed out, so nothing else is using it.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CliRunnerError("socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var addr = loopback(port: 0)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw CliRunnerError("bind: \(String(cString: strerror(errno)))") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var addr = loopback(port: port)
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = UInt16(port).bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        return addr
    }
}
