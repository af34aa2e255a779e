#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor in fixed chunks, so memory stays flat however large the
/// input is. In follow mode it reports "nothing yet" instead of ending at the end of a file, and
/// notices when the file at the path was rotated (another inode) or truncated, to start over
/// from the beginning of the new content.
final class LineReader {
    enum Next {
        case line(number: Int, bytes: ArraySlice<UInt8>)
        /// A line longer than the limit: only its beginning is kept, the rest is skipped unread.
        case tooLong(number: Int, head: ArraySlice<UInt8>)
        /// No complete line is available now; more may come later (a followed file, or a pipe
        /// that has been quiet for the wait).
        case idle
        case end
    }

    /// A path to follow across rotation; nil for standard input or a descriptor given by the caller.
    private let path: String?
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var offset: Int64 = 0
    private var inode: UInt64 = 0
    private var atEOF = false
    /// Inside an over-long line, dropping bytes until its line break.
    private var skipping = false
    private let maxLineBytes: Int
    private(set) var lineNumber = 0
    /// Set when a rotation or truncation made the reader start over at line 1.
    private(set) var restarts = 0

    private static let chunk = 1 << 16

    init(path: String, maxLineBytes: Int = 8 << 20) throws(IngestError) {
        self.path = path
        self.maxLineBytes = maxLineBytes
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IngestError.cannotRead(path, Self.errnoText()) }
        inode = Self.inode(of: fd) ?? 0
    }

    /// Reads an inherited descriptor such as standard input; it is not closed afterwards.
    init(descriptor: Int32, maxLineBytes: Int = 8 << 20) {
        path = nil
        self.maxLineBytes = maxLineBytes
        fd = descriptor
    }

    deinit { if path != nil { close(fd) } }

    /// The next line without its line break (LF or CRLF). `waitMilliseconds` bounds how long a
    /// pipe may be waited on.
    func next(follow: Bool, waitMilliseconds: Int32 = 200) throws(IngestError) -> Next {
        while true {
            if skipping { skipToLineBreak() }
            if !skipping {
                if let line = takeLine() { return line }
                // Memory stays bounded however long a line is: past the limit it is cut short.
                if buffer.count - start > maxLineBytes {
                    let head = ArraySlice(Array(buffer[start..<(start + 200)]))
                    start = buffer.count
                    skipping = true
                    lineNumber += 1
                    return .tooLong(number: lineNumber, head: head)
                }
            }
            if atEOF && !follow {
                if skipping { return .end }
                return takeRest() ?? .end
            }
            switch try fill(waitMilliseconds: waitMilliseconds) {
            case .data: continue
            case .timeout: return .idle
            case .eof:
                atEOF = true
                if !follow { continue }
                // A pipe that closed will never say more; a file may grow or be replaced.
                guard path != nil else { atEOF = true; return takeRest() ?? .end }
                guard isReplaced() else { return .idle }
                // The old file's unfinished last line still belongs to it, numbered as such.
                let rest = takeRest()
                reopen()
                if let rest { return rest }
                continue
            }
        }
    }

    private func skipToLineBreak() {
        if let nl = buffer[start...].firstIndex(of: 0x0A) {
            start = nl + 1
            skipping = false
        } else {
            start = buffer.count
        }
    }

    private func takeLine() -> Next? {
        guard start < buffer.count,
              let nl = buffer[start...].firstIndex(of: 0x0A) else { return nil }
        var end = nl
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = buffer[start..<end]
        start = nl + 1
        lineNumber += 1
        return .line(number: lineNumber, bytes: line)
    }

    private func takeRest() -> Next? {
        guard start < buffer.count else { return nil }
        var end = buffer.count
        if buffer[end - 1] == 0x0D { end -= 1 }
        let line = buffer[start..<end]
        start = buffer.count
        lineNumber += 1
        return .line(number: lineNumber, bytes: line)
    }

    private enum Fill { case data, eof, timeout }

    private func fill(waitMilliseconds: Int32) throws(IngestError) -> Fill {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        // A pipe or terminal is waited on with a timeout, never blocked on: the caller must get
        // to commit what it has and to notice a stop request while the writer is quiet.
        if path == nil {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, waitMilliseconds)
            if ready == 0 { return .timeout }
            if ready < 0 && errno != EINTR { throw IngestError.cannotRead(name, Self.errnoText()) }
            if ready < 0 { return .timeout }
        }
        let old = buffer.count
        buffer.reserveCapacity(old + Self.chunk)
        var got = 0
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        while true {
            got = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + old, Self.chunk)
            }
            if got < 0 && errno == EINTR { continue }
            break
        }
        buffer.removeSubrange((old + max(got, 0))...)
        if got < 0 { throw IngestError.cannotRead(name, Self.errnoText()) }
        if got == 0 { return .eof }
        offset += Int64(got)
        atEOF = false
        return .data
    }

    /// Whether the file at `path` is another file now (rotation) or ours shrank below what was
    /// read (truncation).
    private func isReplaced() -> Bool {
        guard let path else { return false }
        var st = stat()
        guard stat(path, &st) == 0 else { return false } // between rename and create: wait
        return UInt64(st.st_ino) != inode || Int64(st.st_size) < offset
    }

    /// Starts over at the beginning of the file now at `path`; lines count from 1 again.
    private func reopen() {
        guard let path else { return }
        let newFD = open(path, O_RDONLY | O_CLOEXEC)
        guard newFD >= 0 else { return }
        buffer.removeAll(keepingCapacity: true)
        start = 0
        close(fd)
        fd = newFD
        inode = Self.inode(of: fd) ?? 0
        offset = 0
        atEOF = false
        skipping = false
        lineNumber = 0
        restarts += 1
    }

    private var name: String { path ?? "-" }

    private static func inode(of fd: Int32) -> UInt64? {
        var st = stat()
        return fstat(fd, &st) == 0 ? UInt64(st.st_ino) : nil
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
