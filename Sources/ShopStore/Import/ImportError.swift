/// Why an import stopped before anything was written.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// The file has a byte sequence that is not UTF-8 (`line` is 1-based, `offset` counts bytes from 0).
    case notUTF8(file: String, line: Int, offset: Int, byte: UInt8)
    case unreadable(file: String, reason: String)
    case emptyFile(file: String)
    /// The --map option itself is wrong (unknown field, missing '=', field given twice...).
    case badMapping(String)
    /// --map names columns that the file's header does not have.
    case missingColumns(file: String, columns: [String], header: [String])
    case badOption(String)
    /// Not a WeChat Pay trade bill, or one whose layout cannot be understood.
    case notABill(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .notUTF8(file, line, offset, byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "\(file):\(line): not UTF-8: invalid byte 0x\(hex.count == 1 ? "0" : "")\(hex) at byte offset \(offset); "
                + "nothing was imported (files saved by Excel are often GBK: convert with `iconv -f GBK -t UTF-8`)"
        case let .unreadable(file, reason):
            return "\(file): cannot read: \(reason)"
        case let .emptyFile(file):
            return "\(file): empty file, no header line"
        case let .badMapping(why):
            return "--map: \(why)"
        case let .missingColumns(file, columns, header):
            let quoted = columns.map { "'\($0)'" }.joined(separator: ", ")
            return "\(file):1: --map names column\(columns.count == 1 ? "" : "s") \(quoted) not in the header "
                + "(columns: \(header.joined(separator: ", "))); nothing was imported"
        case let .badOption(why):
            return why
        case let .notABill(file, line, reason):
            return "\(file):\(line): not a WeChat Pay trade bill: \(reason)"
        }
    }
}
