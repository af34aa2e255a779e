import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `shopdash` executable, run as a user would: arguments, environment, standard input,
/// and what it printed and how it ended. Output goes through files, not pipes, so a chatty
/// program can never block on a full pipe while the test waits for it.
struct ShopdashBinary {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Output {
        var stdout: String
        var stderr: String
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        var signalled: Bool
    }

    /// A started process whose output is collected when it ends.
    final class Running {
        let process: Process
        private let outURL: URL
        private let errURL: URL
        private let scratch: URL

        fileprivate init(process: Process, outURL: URL, errURL: URL, scratch: URL) {
            self.process = process; self.outURL = outURL; self.errURL = errURL; self.scratch = scratch
        }

        var pid: Int32 { process.processIdentifier }
        var isRunning: Bool { process.isRunning }

        func signal(_ sig: Int32) { _ = kill(process.processIdentifier, sig) }

        /// Waits for the end and returns everything it printed.
        func wait() -> Output {
            process.waitUntilExit()
            let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: scratch)
            return Output(stdout: out, stderr: err, status: process.terminationStatus,
                          signalled: process.terminationReason == .uncaughtSignal)
        }
    }

    /// $SHOPDASH_BIN, else `shopdash` next to the test bundle (both live in .build/<config>), else
    /// the debug build of this package.
    static func url() throws -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["SHOPDASH_BIN"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent("shopdash"))
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("shopdash"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/shopdash"))
        if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) { return found }
        throw Failure(description: "shopdash binary not found (looked at \(candidates.map(\.path))); run `swift build` first")
    }

    /// Starts `shopdash ARGS`. `env` is added to the test's own environment (a nil value removes one).
    static func start(_ args: [String], env: [String: String?] = [:], stdin: Data? = nil,
                      cwd: URL? = nil) throws -> Running {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("shopdash-run-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        guard fm.createFile(atPath: outURL.path, contents: nil), fm.createFile(atPath: errURL.path, contents: nil) else {
            throw Failure(description: "cannot create output files in \(scratch.path)")
        }

        let process = Process()
        process.executableURL = try url()
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in env { environment[key] = value }
        process.environment = environment
        if let cwd { process.currentDirectoryURL = cwd }
        if let stdin {
            let inURL = scratch.appendingPathComponent("stdin")
            try stdin.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        return Running(process: process, outURL: outURL, errURL: errURL, scratch: scratch)
    }

    /// Runs `shopdash ARGS` to its end.
    static func run(_ args: [String], env: [String: String?] = [:], stdin: Data? = nil,
                    cwd: URL? = nil) throws -> Output {
        try start(args, env: env, stdin: stdin, cwd: cwd).wait()
    }
}
