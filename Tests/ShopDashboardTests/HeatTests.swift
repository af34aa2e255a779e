import Testing
@testable import ShopDashboard

@Suite struct HeatTests {
    @Test func ratesFallInFiveSteps() {
        #expect(Heat.role(for: nil) == .muted)
        #expect(Heat.role(for: .nan) == .muted)
        #expect(Heat.role(for: 0) == .heat0)
        #expect(Heat.role(for: 0.019) == .heat0)
        #expect(Heat.role(for: 0.02) == .heat1)
        #expect(Heat.role(for: 0.10) == .heat2)
        #expect(Heat.role(for: 0.20) == .heat3)
        #expect(Heat.role(for: 0.30) == .heat4)
        #expect(Heat.role(for: 1.0) == .heat4)
    }

    @Test func shadesReadWithoutColour() {
        #expect(Heat.shade(for: nil, glyphs: .unicode) == " ")
        #expect(Heat.shade(for: 0.5, glyphs: .unicode) == "█")
        #expect(Heat.shade(for: 0.1, glyphs: .ascii) == ":")
        let levels = [0.0, 0.05, 0.1, 0.2, 0.5].map { Heat.level(for: $0) }
        #expect(levels == [0, 1, 2, 3, 4])
    }
}
