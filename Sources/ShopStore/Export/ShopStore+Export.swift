import CSV
import GRDB
import ShopModel

extension ShopStore {
    /// The columns `export` writes for `kind`, in order (the CSV header, the JSON keys).
    public static func exportColumns(_ kind: ExportKind) -> [String] { ExportTable.columns(kind) }

    /// Streams every row of `kind` in [from, to) into `sink` and returns how many rows went out.
    /// Rows come from a cursor inside one read transaction (a consistent view while ingest goes
    /// on) and leave one by one, so memory stays flat whatever the store's size. CSV goes through
    /// CSV.swift's writer, which decides the quoting; JSON Lines holds one object per row with the
    /// same keys as the CSV header. CSV text cells pass through CSVCell (escaped controls, formulas
    /// disarmed unless `rawCells`). The caller finishes the sink.
    @discardableResult
    public func export(_ kind: ExportKind, from: Int64? = nil, to: Int64? = nil, now: Int64, format: ExportFormat,
                       rawCells: Bool = false, into sink: ExportSink) throws -> Int {
        let table = ExportTable.make(kind, from: from, to: to, now: now, calendar: calendar)
        return try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: table.sql, arguments: table.arguments)
            var count = 0
            switch format {
            case .csv:
                let writer = try CSVWriter(stream: sink)
                try writer.write(row: table.columns)
                while let row = try rows.next(), !sink.failed {
                    try writer.write(row: table.row(row).map { $0.csv(raw: rawCells) })
                    count += 1
                }
                // The writer puts line breaks between rows; a file ends with one.
                sink.write("\n")
                withExtendedLifetime(writer) {}
            case .jsonl:
                let keys = table.columns.map { JSONText.quoted($0) + ":" }
                while let row = try rows.next(), !sink.failed {
                    var line = "{"
                    for (i, field) in table.row(row).enumerated() {
                        if i > 0 { line += "," }
                        line += keys[i] + field.json
                    }
                    line += "}\n"
                    sink.write(line)
                    count += 1
                }
            }
            if sink.failed { try sink.finish() }
            return count
        }
    }
}
