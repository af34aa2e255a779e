import Foundation
import ShopModel

/// `shopdash import csv`: orders from any CSV export, through a column mapping.
public struct OrderCSVImport {
    public var mapping: OrderCSVMapping
    public var amountUnit: AmountUnit
    public var times: TimeParser

    public init(mapping: OrderCSVMapping, amountUnit: AmountUnit = .yuan, times: TimeParser) {
        self.mapping = mapping; self.amountUnit = amountUnit; self.times = times
    }

    /// Reads the whole file into a plan. Throws before anything is planned when the file is not
    /// UTF-8, has no header, or lacks a mapped column.
    public func plan(file: String) throws -> ImportPlan {
        let input = try ImportInput.read(file)
        try input.requireUTF8()
        return try plan(input)
    }

    /// Bytes already checked with `requireUTF8` (CSV.swift stops silently at a bad byte).
    public func plan(_ input: ImportInput) throws -> ImportPlan {
        let reader = try CSVRecordReader(input: input)
        let plan = try plan(reader)
        try reader.checkError()
        return plan
    }

    public func plan(_ reader: CSVRecordReader) throws -> ImportPlan {
        guard let header = reader.nextNonBlank() else { throw ImportError.emptyFile(file: reader.file) }
        let columns = try mapping.resolve(header: header.fields, file: reader.file)
        let parser = OrderCSVRowParser(columns: columns, unit: amountUnit, times: times)
        var assembler = OrderCSVAssembler(calendar: ShopCalendar(timeZone: times.zone))
        while let record = reader.nextNonBlank() {
            switch parser.parse(record) {
            case .success(let row): assembler.add(row)
            case .failure(let why): assembler.reject(line: record.line, text: record.text, reason: why.reason)
            }
        }
        let orders = assembler.finish()
        return ImportPlan(units: orders.map { ImportUnit(sources: $0.rows, event: .order($0.order)) },
                          rejections: assembler.rejections.sorted { $0.line < $1.line },
                          repeatedLines: assembler.repeatedRows)
    }
}
