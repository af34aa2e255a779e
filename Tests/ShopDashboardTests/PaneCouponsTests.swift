import ShopModel
import Testing
@testable import ShopDashboard

@Suite("update: coupons")
struct PaneCouponsTests {
    /// Batches in table order: 直播间专享9折, 新人立减10元, 满199减30, 会员日满300减50 (paused), 秋冬 (expired), 双11 (stopped).
    static func onCoupons(_ role: Role = .operator) -> AppState {
        var state = Scene.opened(.en, role: role)
        Scene.press(&state, .char("5"))
        return state
    }

    @Test func pauseAsksFirstThenEmitsTheCommand() {
        var state = Self.onCoupons()
        #expect(Scene.press(&state, .char("p")).isEmpty)
        #expect(state.modal == .confirm(PendingChange(command: .pause("CB1125L"), batchName: "直播间专享9折")))
        let question = Scene.draw(state).text
        #expect(question.contains("Pause coupon batch CB1125L \"直播间专享9折\""))
        #expect(Scene.press(&state, .char("y")) == [.coupon(.pause("CB1125L"))])
        #expect(state.modal == nil)
        #expect(update(&state, .couponResult(.success("Saved and audited"))) == [.load(state.dataRequest)])
        #expect(state.message == StatusMessage(text: "Saved and audited", isError: false, until: Fixture.now + 8))
    }

    @Test func declinedOrEscapedChangesDoNothing() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("x"))
        #expect(Scene.press(&state, .char("n")).isEmpty)
        #expect(state.modal == nil)
        Scene.press(&state, .char("x"))
        #expect(Scene.press(&state, .escape).isEmpty)
        #expect(state.modal == nil)
        // Other keys leave the question open.
        Scene.press(&state, .char("x"))
        #expect(Scene.press(&state, .char("q")).isEmpty)
        #expect(state.modal != nil)
    }

    @Test func resumeOnlyWhatIsPausedAndNeverAStoppedBatch() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("u"))
        #expect(state.modal == nil)
        #expect(state.message?.isError == true)
        Scene.press(&state, .char("j"), .char("j"), .char("j"))
        Scene.press(&state, .char("u"))
        #expect(state.modal == .confirm(PendingChange(command: .resume("CB1120"), batchName: "会员日满300减50")))
        Scene.press(&state, .escape, .char("G"), .char("x"))
        #expect(state.modal == nil)
    }

    @Test func quotaFormValidatesAgainstWhatWasIssued() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("j"), .char("c"))
        guard case .form(let form) = state.modal else { Issue.record("no form"); return }
        #expect(form.value(.quota) == "20000")
        Scene.press(&state, .ctrl("u"))
        Scene.type(&state, "5000")
        Scene.press(&state, .enter)
        guard case .form(let refused) = state.modal else { Issue.record("form closed"); return }
        #expect(refused.problems[.quota] == .belowIssued(6_240))
        #expect(Scene.draw(state).text.contains("below the 6,240 already issued"))
        Scene.press(&state, .ctrl("u"))
        Scene.type(&state, "30000")
        Scene.press(&state, .enter)
        #expect(state.modal == .confirm(PendingChange(command: .setQuota("CB1115", 30_000), batchName: "新人立减10元")))
        let question = Scene.draw(state).text
        #expect(question.contains("CB1115 \"新人立减10元\" (shopdash)") && question.contains("30,000 coupons"))
        #expect(Scene.press(&state, .enter) == [.coupon(.setQuota("CB1115", 30_000))])
    }

    @Test func endTimeMustBeAFutureShopTime() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("e"), .ctrl("u"))
        Scene.type(&state, "2026-11-25 14:00")
        Scene.press(&state, .enter)
        guard case .form(let refused) = state.modal else { Issue.record("form closed"); return }
        #expect(refused.problems[.endsAt] == .inThePast)
        Scene.press(&state, .ctrl("u"))
        Scene.type(&state, "2026-11-25 18:30")
        Scene.press(&state, .enter)
        let end = Fixture.calendar.time(year: 2026, month: 11, day: 25, hour: 18, minute: 30)!
        #expect(Scene.press(&state, .char("y")) == [.coupon(.setEnd("CB1125L", end))])
    }

    @Test func newBatchFormCreatesAValidatedRecord() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("n"))
        Scene.press(&state, .enter)
        guard case .form(let empty) = state.modal else { Issue.record("form closed"); return }
        #expect(empty.problems[.name] == .required)
        #expect(empty.problems[.value] == .required)
        #expect(empty.fields[empty.focus] == .name)
        Scene.type(&state, "冬至暖心券")
        Scene.press(&state, .tab, .tab)
        Scene.type(&state, "20")
        Scene.press(&state, .tab, .ctrl("u"))
        Scene.type(&state, "20")
        Scene.press(&state, .enter)
        guard case .form(let thresholdLow) = state.modal else { Issue.record("form closed"); return }
        #expect(thresholdLow.problems[.minSpend] == .notAboveValue)
        Scene.press(&state, .ctrl("u"))
        Scene.type(&state, "199")
        Scene.press(&state, .enter)
        guard case .confirm(let pending) = state.modal, case .create(let record) = pending.command else {
            Issue.record("no confirmation"); return
        }
        #expect(record.name == "冬至暖心券")
        #expect(record.kind == .threshold)
        #expect(record.value == Money(yuan: "20")!)
        #expect(record.minSpend == Money(yuan: "199")!)
        #expect(record.quota == 1_000)
        #expect(record.startsAt == Fixture.calendar.time(year: 2026, month: 11, day: 25, hour: 14, minute: 32))
        #expect(record.batchId == "CB202611251432")
        #expect(Scene.press(&state, .char("y")) == [.coupon(.create(record))])
    }

    @Test func percentCouponsTakeAWholePercent() {
        var form = CouponForm(purpose: .create, values: [.batchId: "CB9", .name: "9折", .kind: "折扣", .value: "150",
                                                          .quota: "10", .startsAt: "2026-11-25 15:00", .endsAt: "2026-11-26 15:00"])
        guard case .invalid(let bad) = CouponFormCheck.validate(form, now: Fixture.now, calendar: Fixture.calendar) else {
            Issue.record("accepted 150%"); return
        }
        #expect(bad.problems[.value] == .outOfRange(min: 1, max: 99))
        form.inputs[.value] = LineEdit("10")
        guard case .valid(.create(let record)) = CouponFormCheck.validate(form, now: Fixture.now, calendar: Fixture.calendar) else {
            Issue.record("refused 10%"); return
        }
        #expect(record.kind == .percent)
        #expect(record.percentOff == 10)
    }

    @Test func supportHasNoControlsAtAll() {
        var state = Self.onCoupons(.support)
        for key in ["p", "u", "x", "c", "e", "n"] {
            #expect(Scene.press(&state, .char(Character(key))).isEmpty)
            #expect(state.modal == nil)
        }
        let text = Scene.draw(state).text
        #expect(!text.contains("p pause"))
        #expect(!text.contains("n new"))
        #expect(text.contains("support"))
        #expect(text.contains("read-only"))
    }

    @Test func aConfirmationNeverOutlivesThePermission() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("p"))
        state.config.role = .support
        #expect(Scene.press(&state, .char("y")).isEmpty)
    }

    @Test func aFailedChangeSaysWhy() {
        var state = Self.onCoupons()
        #expect(update(&state, .couponResult(.failure(EffectError("store is read-only")))).isEmpty)
        #expect(state.message?.isError == true)
        #expect(Scene.draw(state).text.contains("store is read-only"))
    }
}
