import Testing
import ShopModel
@testable import ShopDashboard

@Suite struct ChangeScopeTests {
    private let overview = DataRequest(pane: .overview, salesRange: .today, overdueHours: 24)
    private func marks(_ counts: [StoreChange: Int64]) -> StoreChangeMarks { StoreChangeMarks(counts) }

    @Test func theFirstLoadReadsEverythingThePaneShows() {
        let scope = ChangeScope()
        #expect(scope.parts(for: overview, marks: marks([.orders: 3]), now: 100) == overview.parts)
    }

    @Test func aNewVisitReloadsOnlyThePartsVisitsFeed() {
        var scope = ChangeScope()
        let visits = DataRequest(pane: .visits, salesRange: .today, overdueHours: 24)
        scope.loaded(visits, parts: visits.parts, marks: marks([.orders: 3, .visits: 5]), now: 100)
        let parts = scope.parts(for: visits, marks: marks([.orders: 3, .visits: 6]), now: 101)
        #expect(!parts.isEmpty)
        #expect(parts.allSatisfy { $0.changes.contains(.visits) })
        #expect(parts == visits.parts.filter { $0.changes.contains(.visits) })
        // A shipment moves nothing on the Visits pane.
        scope.loaded(visits, parts: parts, marks: marks([.orders: 3, .visits: 6]), now: 101)
        #expect(scope.parts(for: visits, marks: marks([.orders: 3, .visits: 6, .shipments: 1]), now: 102).isEmpty)
    }

    @Test func anOrderReloadsSalesButNotRetention() {
        #expect(DataPart.sales.changes.contains(.orders))
        #expect(DataPart.kpis.changes.contains(.orders))
        #expect(!DataPart.retention.changes.contains(.orders))
        #expect(!DataPart.recentRefunds.changes.contains(.visits))
    }

    @Test func everythingIsReadAgainWhenTheChangeIsUnnamedOrTheRequestOrClockMoved() {
        var scope = ChangeScope(fullEvery: 60)
        let m = marks([.orders: 3])
        scope.loaded(overview, parts: overview.parts, marks: m, now: 100)
        // The store changed but no mark moved: a change no kind names.
        #expect(scope.parts(for: overview, marks: m, now: 101) == overview.parts)
        // Another pane.
        let sales = DataRequest(pane: .sales, salesRange: .days7, overdueHours: 24)
        #expect(scope.parts(for: sales, marks: marks([.orders: 4]), now: 101) == sales.parts)
        // Partial loads do not count as full ones: a minute after the last full read, all again.
        scope.loaded(overview, parts: [.sales], marks: marks([.orders: 4]), now: 130)
        #expect(scope.parts(for: overview, marks: marks([.orders: 5]), now: 159) != overview.parts)
        #expect(scope.parts(for: overview, marks: marks([.orders: 5]), now: 160) == overview.parts)
        // A clock that went back.
        #expect(scope.parts(for: overview, marks: marks([.orders: 5]), now: 90) == overview.parts)
    }
}
