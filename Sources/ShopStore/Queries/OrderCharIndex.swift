import GRDB

/// A full-text index of single characters over each order's nickname and item names, for the
/// one- and two-character searches that trigrams cannot hold: Chinese nicknames and product words
/// are often two characters (胖虎, 耳机). Each character is stored as a token of its own, so a
/// phrase of the query's characters matches exactly where they stand next to each other: a
/// substring. Contentless, keyed by the order's seq, like the trigram index.
enum OrderCharIndex {
    static let migration = "order-search-chars"
    static let table = "order_chars"

    static func create(_ db: Database) throws {
        // remove_diacritics 0: é is not e, as in the trigram index, which only folds case.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE order_chars USING fts5(
              nickname, items, content = '', tokenize = 'unicode61 remove_diacritics 0', detail = full);
            """)
        let orders = try Row.fetchCursor(db, sql: """
            SELECT o.seq, o.nickname,
                   (SELECT group_concat(i.name, char(10)) FROM order_items i WHERE i.out_trade_no = o.out_trade_no)
            FROM orders o
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO order_chars (rowid, nickname, items) VALUES (?, ?, ?)")
        while let row = try orders.next() {
            let names = (row[2] as String?)?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
            try insert.execute(arguments: [row[0] as Int64, spaced(row[1]), items(names)])
        }
    }

    static func add(seq: Int64, nickname: String?, itemNames: [String], _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO order_chars (rowid, nickname, items) VALUES (?, ?, ?)")
            .execute(arguments: [seq, spaced(nickname), items(itemNames)])
    }

    /// The item names, each spaced, with a token between them that no query holds (every query
    /// token is one character, this one is two), so that a phrase never runs from the end of one
    /// name into the start of the next.
    static func items(_ names: [String]) -> String? {
        let parts = names.compactMap(spaced)
        return parts.isEmpty ? nil : parts.joined(separator: " 00 ")
    }

    /// Whether every character of `text` is one the tokenizer keeps as a token of its own (a
    /// letter or a digit of one scalar). Anything else (punctuation, emoji, spaces) it would drop
    /// or split, and the phrase would then match more than the text.
    static func canMatch(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ch in
            ch.unicodeScalars.count == 1 && ch.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }
        }
    }

    /// The FTS5 query: the characters of `text` as one quoted phrase in nickname and items.
    static func phrase(_ text: String) -> String {
        "{nickname items} : \"" + text.map(String.init).joined(separator: " ") + "\""
    }

    /// Text as the index holds it: one token per character.
    static func spaced(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.map(String.init).joined(separator: " ")
    }
}
