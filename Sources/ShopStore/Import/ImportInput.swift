import Foundation

/// An import's file read whole through a single open: a FIFO or a `<(...)` pipe can be read only
/// once, so checking the bytes and then parsing them must not open the path a second time.
public struct ImportInput: Sendable {
    public let file: String
    public let data: Data

    public init(file: String, data: Data) { self.file = file; self.data = data }

    /// Throws `ImportError.unreadable` for a missing, unreadable or directory path.
    public static func read(_ file: String) throws -> ImportInput {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
        // Foundation reports a directory as NSCocoaErrorDomain 256, which names neither cause nor path.
        if exists && isDirectory.boolValue { throw ImportError.unreadable(file: file, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw ImportError.unreadable(file: file, reason: exists ? "permission denied" : "no such file")
        }
        defer { try? handle.close() }
        do {
            return ImportInput(file: file, data: try handle.readToEnd() ?? Data())
        } catch {
            throw ImportError.unreadable(file: file, reason: error.localizedDescription)
        }
    }

    /// Throws `ImportError.notUTF8` naming the first bad byte's line.
    public func requireUTF8() throws {
        if let bad = UTF8FileCheck.firstInvalidByte(in: data) {
            throw ImportError.notUTF8(file: file, line: bad.line, offset: bad.offset, byte: bad.byte)
        }
    }
}
