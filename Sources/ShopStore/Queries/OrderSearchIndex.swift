import GRDB

/// A trigram full-text index over each order's nickname, item names and phone, so that a
/// substring search (Chinese included) reads posting lists instead of every order. The index
/// is contentless: it keeps trigrams, not the text, and its rowid is the order's seq. Orders
/// are never deleted and their searchable text never changes, so rows are only ever added.
enum OrderSearchIndex {
    static let migration = "order-search-trigram"
    static let table = "order_search"

    /// Trigrams need three characters; shorter text is looked for by scanning the newest orders.
    static let shortestIndexed = 3

    static func create(_ db: Database) throws {
        // detail=full: only full position lists let a phrase of two or more trigrams mean "these
        // characters in a row" rather than "these trigrams somewhere".
        try db.execute(sql: """
            CREATE VIRTUAL TABLE order_search USING fts5(
              nickname, items, phone, content = '', tokenize = 'trigram', detail = full);
            INSERT INTO order_search (rowid, nickname, items, phone)
              SELECT o.seq, o.nickname,
                     (SELECT group_concat(i.name, char(10)) FROM order_items i WHERE i.out_trade_no = o.out_trade_no),
                     o.phone
              FROM orders o;
            """)
    }

    /// The text of one new order, written in the transaction that inserts it, to this index and
    /// to the character index for shorter searches.
    static func add(seq: Int64, nickname: String?, itemNames: [String], phone: String?, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO order_search (rowid, nickname, items, phone) VALUES (?, ?, ?, ?)")
            .execute(arguments: [seq, nickname, itemNames.joined(separator: "\n"), phone])
        try OrderCharIndex.add(seq: seq, nickname: nickname, itemNames: itemNames, db)
    }

    /// An FTS5 query for `text` as one phrase in the given columns: quoted, so that operators and
    /// punctuation the user typed are plain characters.
    static func phrase(_ text: String, columns: [String]) -> String {
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return "{" + columns.joined(separator: " ") + "} : " + quoted
    }

    /// Whether `text` is long enough for the index: three characters as the tokenizer counts them
    /// (Unicode scalars).
    static func canMatch(_ text: String) -> Bool {
        text.unicodeScalars.count >= shortestIndexed
    }
}
