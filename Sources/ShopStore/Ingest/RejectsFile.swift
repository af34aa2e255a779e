import Foundation

/// Where rejected lines go: one `LINE<TAB>REASON<TAB>original text` per line, so that the file
/// can be fixed and fed back. The file belongs to the latest run over its input: an old one is
/// emptied when the run starts, and a new one is only created when something is rejected.
public final class RejectsFile {
    public let path: String
    private var handle: FileHandle?

    public init(path: String) throws(IngestError) {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            guard let h = FileHandle(forWritingAtPath: path) else {
                throw IngestError.cannotWrite(path, "permission denied")
            }
            do { try h.truncate(atOffset: 0) } catch { throw IngestError.cannotWrite(path, "\(error)") }
            handle = h
        }
    }

    deinit { try? handle?.close() }

    /// Writes one rejection; `original` is the line as read, byte for byte.
    public func write(line: Int, reason: String, original: some Sequence<UInt8>) throws(IngestError) {
        if handle == nil {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let h = FileHandle(forWritingAtPath: path) else {
                throw IngestError.cannotWrite(path, "cannot create the rejects file")
            }
            handle = h
        }
        var record = Data("\(line)\t\(Self.oneLine(reason))\t".utf8)
        record.append(contentsOf: original)
        record.append(0x0A)
        do { try handle?.write(contentsOf: record) } catch { throw IngestError.cannotWrite(path, "\(error)") }
    }

    public func write(_ rejection: Rejection) throws(IngestError) {
        try write(line: rejection.line, reason: rejection.reason, original: Array(rejection.text.utf8))
    }

    /// Reasons quote input, which may hold tabs or line breaks; they must not break the format.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
