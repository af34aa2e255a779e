import Foundation

/// Bytes on their way to a file descriptor, written in 64 KiB chunks. CSVWriter writes one byte
/// per call; unbuffered that would be one system call per byte. Memory stays at the buffer's size
/// however many rows pass through.
public final class ExportSink: OutputStream {
    private let fd: Int32
    private let closeWhenDone: Bool
    private var buffer: [UInt8] = []
    private let capacity = 64 * 1024
    private var failure: Int32 = 0
    private var status: Stream.Status = .notOpen
    /// Bytes handed to the sink so far.
    public private(set) var bytesWritten: Int64 = 0

    /// Writes to an already open descriptor (stdout); it is left open.
    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
        closeWhenDone = false
        super.init(toMemory: ())
        buffer.reserveCapacity(capacity)
    }

    /// OutputStream requires this initializer; an ExportSink never keeps bytes in memory, so it
    /// writes to standard output.
    public required convenience init(toMemory: ()) {
        self.init(fileDescriptor: STDOUT_FILENO)
    }

    /// Creates or truncates `path`.
    public init(path: String) throws {
        let opened = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else { throw ExportError.cannotWrite(path, String(cString: strerror(errno))) }
        fd = opened
        closeWhenDone = true
        super.init(toMemory: ())
        buffer.reserveCapacity(capacity)
    }

    public override func open() { status = .open }
    public override func close() { try? finish() }
    public override var streamStatus: Stream.Status { status }
    public override var hasSpaceAvailable: Bool { failure == 0 }
    public override var streamError: Error? { failure == 0 ? nil : POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }

    public override func write(_ bytes: UnsafePointer<UInt8>, maxLength len: Int) -> Int {
        guard failure == 0 else { return -1 }
        // CSVWriter hands over one byte at a time: that case skips the buffer-pointer detour.
        if len == 1 {
            buffer.append(bytes.pointee)
        } else {
            buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: len))
        }
        bytesWritten += Int64(len)
        if buffer.count >= capacity { flush() }
        return failure == 0 ? len : -1
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            _ = write(base, maxLength: utf8.count)
        }
    }

    private func flush() {
        var offset = 0
        while offset < buffer.count && failure == 0 {
            let n = buffer.withUnsafeBytes { raw in Foundation.write(fd, raw.baseAddress! + offset, buffer.count - offset) }
            if n < 0 {
                if errno != EINTR { failure = errno }
            } else {
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes what is buffered and, for a file, closes it; reports a failed write.
    /// CSVWriter closes its stream when it goes away; a later finish() still reports the failure.
    public func finish() throws {
        if status != .closed {
            flush()
            status = .closed
            if closeWhenDone { Foundation.close(fd) }
        }
        if failure != 0 { throw ExportError.writeFailed(String(cString: strerror(failure))) }
    }

    /// Whether a write has failed (a closed pipe, a full disk): exports stop early instead of
    /// reading the rest of the store for nothing.
    public var failed: Bool { failure != 0 }
}

public enum ExportError: Error, CustomStringConvertible, Equatable {
    case cannotWrite(String, String)
    case writeFailed(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let why): "\(path): cannot write: \(why)"
        case .writeFailed(let why): "writing the export failed: \(why)"
        }
    }
}
