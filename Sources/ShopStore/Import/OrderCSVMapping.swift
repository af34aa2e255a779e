import ShopModel

/// The order fields a CSV column can be mapped to with `--map field=Column`.
public enum OrderField: String, CaseIterable, Sendable, Hashable {
    case outTradeNo = "out_trade_no"
    case transactionId = "transaction_id"
    case customer, nickname, phone, city
    case createdAt = "created_at"
    case paidAt = "paid_at"
    case status, channel, coupon, total, discount, paid, sku
    case itemName = "item_name"
    case qty
    /// Price of one unit of the row's item; without it a one-item order's unit price is total / qty.
    case unitPrice = "unit_price"
    case remark

    var isMoney: Bool { self == .total || self == .discount || self == .paid || self == .unitPrice }
}

/// Which column of the file feeds which order field.
public struct OrderCSVMapping: Sendable, Equatable {
    public private(set) var columns: [OrderField: String] = [:]

    /// Parses one or more `--map` values, each `field=Column[,field=Column...]`.
    public init(_ specs: [String]) throws {
        for spec in specs {
            for pair in spec.split(separator: ",", omittingEmptySubsequences: true) {
                guard let eq = pair.firstIndex(of: "=") else {
                    throw ImportError.badMapping("'\(pair)' is not field=Column")
                }
                let name = pair[..<eq].trimmingCharacters(in: .whitespaces)
                let column = pair[pair.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                guard let field = OrderField(rawValue: name) else {
                    let known = OrderField.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ImportError.badMapping("unknown field '\(name)' (fields: \(known))")
                }
                guard !column.isEmpty else { throw ImportError.badMapping("'\(name)=' names no column") }
                guard columns[field] == nil else { throw ImportError.badMapping("field '\(name)' is mapped twice") }
                columns[field] = column
            }
        }
        guard columns[.outTradeNo] != nil else { throw ImportError.badMapping("out_trade_no must be mapped") }
        guard columns[.createdAt] != nil || columns[.paidAt] != nil else {
            throw ImportError.badMapping("map created_at or paid_at (or both)")
        }
        guard columns[.total] != nil || columns[.paid] != nil else {
            throw ImportError.badMapping("map total or paid (or both)")
        }
    }

    /// The index of every mapped column in `header`; throws naming every column that is not there.
    public func resolve(header: [String], file: String) throws -> [OrderField: Int] {
        let names = header.enumerated().map { i, h in i == 0 ? Self.withoutBOM(h) : h }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var indices: [OrderField: Int] = [:]
        var missing: [String] = []
        for field in OrderField.allCases {
            guard let column = columns[field] else { continue }
            if let index = names.firstIndex(of: column) { indices[field] = index } else { missing.append(column) }
        }
        if !missing.isEmpty { throw ImportError.missingColumns(file: file, columns: missing, header: names) }
        return indices
    }

    static func withoutBOM(_ s: String) -> String {
        s.hasPrefix("\u{FEFF}") ? String(s.unicodeScalars.dropFirst()) : s
    }
}

public enum AmountUnit: String, Sendable, CaseIterable {
    case yuan, fen

    /// "128.50" yuan or "12850" fen, exactly; nil for anything else.
    public func parse(_ text: String) -> Money? {
        let t = trimmed(text)
        switch self {
        case .yuan: return YuanText.money(t)
        case .fen:
            var digits = Substring(t)
            let negative = digits.hasPrefix("-")
            if negative || digits.hasPrefix("+") { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(digits) else { return nil }
            return Money(fen: negative ? -v : v)
        }
    }
}
