#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ShopModel

/// Where rejected lines go: one `LINE<TAB>REASON<TAB>original text` per line, so that the file
/// can be fixed and fed back. The file belongs to the latest run over its input: an old one is
/// emptied when the run starts, and a new one is only created when something is rejected.
/// Something that is not a regular file (/dev/null, a FIFO) is written to as it is.
public final class RejectsFile {
    public let path: String
    private var fd: Int32 = -1

    public init(path: String) throws(IngestError) {
        self.path = path
        var st = stat()
        if stat(path, &st) == 0 {
            let regular = (st.st_mode & S_IFMT) == S_IFREG
            fd = open(path, O_WRONLY | O_CLOEXEC | (regular ? O_TRUNC : 0))
            guard fd >= 0 else { throw IngestError.cannotWrite(path, LineReader.errnoText()) }
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Writes one rejection; `original` is the line as read, byte for byte.
    public func write(line: Int, reason: String, original: some Sequence<UInt8>) throws(IngestError) {
        if fd < 0 {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw IngestError.cannotWrite(path, LineReader.errnoText()) }
        }
        var record = Array("\(line)\t\(Self.oneLine(reason))\t".utf8)
        record.append(contentsOf: original)
        record.append(0x0A)
        var done = 0
        while done < record.count {
            let n = record.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw IngestError.cannotWrite(path, LineReader.errnoText()) }
            done += n
        }
    }

    public func write(_ rejection: Rejection) throws(IngestError) {
        try write(line: rejection.line, reason: rejection.reason, original: Array(rejection.text.utf8))
    }

    /// Reasons quote input, which may hold tabs, line breaks or terminal controls; escaped by the
    /// one rule, they cannot break the format nor drive a terminal that shows the file.
    static func oneLine(_ text: String) -> String { TextEscape.escape(text) }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
