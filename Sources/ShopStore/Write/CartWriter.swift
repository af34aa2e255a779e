import GRDB
import ShopModel

extension EventWriter {
    func applyCart(_ c: CartRecord) throws -> ApplyResult {
        let added = try run("""
            INSERT INTO cart_events (id, visitor, at, sku, qty) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [c.id, c.visitor, c.at, c.sku, c.qty])
        guard added else { return .duplicate }
        try reach(.carter, c.visitor, at: c.at)
        return .accepted
    }
}
