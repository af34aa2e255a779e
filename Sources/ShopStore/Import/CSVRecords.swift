import CSV
import Foundation

/// One CSV record with the file line it starts on (a quoted field may span several lines).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
    public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }

    /// The record written back as one line of CSV, for rejects files and messages: quoted where
    /// needed, with line breaks inside fields shown as \n so that one record stays one line.
    public var text: String {
        var out = ""
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(",") }
            Self.append(field, to: &out)
        }
        return out
    }

    /// Scalar by scalar: this runs for every row, and Foundation's string search costs more than
    /// the CSV parsing itself.
    private static func append(_ field: String, to out: inout String) {
        let special = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard special else { out.append(field); return }
        out.append("\"")
        var afterCR = false
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\"": out.append("\"\"")
            case "\r": out.append("\\n")
            case "\n": if !afterCR { out.append("\\n") }
            default: out.unicodeScalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        out.append("\"")
    }

    var isBlank: Bool { fields.allSatisfy { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) } }
}

/// Streams the records of a UTF-8 CSV file (quotes, embedded commas and newlines, BOM) through
/// CSV.swift, keeping count of file lines so that every message can name one.
public final class CSVRecordReader: Sequence, IteratorProtocol {
    public let file: String
    private let reader: CSVReader
    private var nextLine = 1

    /// Opens `file` for reading; check it with `UTF8FileCheck` first, CSV.swift stops silently at bad bytes.
    public convenience init(file: String) throws {
        try self.init(input: ImportInput.read(file))
    }

    /// Parses bytes already read, so that the path is opened only once (see `ImportInput`).
    public init(input: ImportInput) throws {
        file = input.file
        do {
            reader = try CSVReader(stream: InputStream(data: input.data), hasHeaderRow: false)
        } catch {
            throw ImportError.unreadable(file: input.file, reason: "\(error)")
        }
    }

    public func next() -> CSVRecord? {
        guard let fields = reader.next() else { return nil }
        let line = nextLine
        // The record used its own line plus one for every line break inside quoted fields.
        nextLine += 1 + fields.reduce(0) { $0 + Self.lineBreaks(in: $1) }
        return CSVRecord(line: line, fields: fields)
    }

    /// The next record that is not an empty line.
    public func nextNonBlank() -> CSVRecord? {
        while let record = next() {
            if !record.isBlank { return record }
        }
        return nil
    }

    /// Throws if the stream failed part way (the sequence then simply ended early).
    public func checkError() throws {
        // On Linux a file stream still claims bytes at its end, so CSV.swift's last read fails with
        // cannotReadFile where it meant "end of file"; a real failure comes as a stream error.
        if let error = reader.error, !Self.isEndOfFile(error) {
            throw ImportError.unreadable(file: file, reason: "stopped near line \(nextLine): \(error)")
        }
    }

    private static func isEndOfFile(_ error: Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }

    private static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" { if !afterCR { count += 1 } } else if scalar == "\r" { count += 1 }
            afterCR = scalar == "\r"
        }
        return count
    }
}
