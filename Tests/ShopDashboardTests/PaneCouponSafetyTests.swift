import Testing
import ShopModel
@testable import ShopDashboard

/// The Coupons pane cannot be turned against the wrong batch: the cursor follows the batch acted
/// on, and the question names the batch by id, name and system and says what buyers will notice.
@Suite("coupons: safety") struct PaneCouponSafetyTests {
    static func onCoupons(_ language: Language = .en, width: Int = 80, height: Int = 24) -> AppState {
        var state = Scene.opened(language, width: width, height: height)
        Scene.press(&state, .char("5"))
        return state
    }

    /// The fixture's first batch made a WeChat Pay stock, with a change in `state` when given.
    static func asWeChatPay(_ state: inout AppState, change: CouponDeliveryState? = nil, reason: String? = nil) -> String {
        var data = state.data
        data.parts = [.coupons]
        let id = CouponsPane.batches(state)[0].batch.batchId
        guard let index = data.coupons.firstIndex(where: { $0.batch.batchId == id }) else { return id }
        data.coupons[index].batch.system = .wechatpay
        data.coupons[index].batch.remoteId = "9865000"
        if let change {
            data.coupons[index].lastChange = CouponOutboxEntry(
                id: 7, requestId: "r", batchId: id, system: .wechatpay, remoteId: "9865000", action: .pause,
                target: data.coupons[index].batch, state: change, attempts: 1, createdAt: Fixture.now - 3,
                updatedAt: Fixture.now, nextAttemptAt: Fixture.now + 2, reason: reason)
        }
        _ = update(&state, .data(data))
        return id
    }

    @Test func theCursorStaysOnTheBatchActedOnWhenItsStatusMovesIt() {
        var state = Self.onCoupons()
        Scene.press(&state, .char("j"))
        let id = CouponsPane.batches(state)[state.couponCursor.selected].batch.batchId
        #expect(Scene.press(&state, .char("p")).isEmpty)
        #expect(Scene.press(&state, .char("y")) == [.coupon(.pause(id))])
        // The store confirms: the batch is paused now and sorts below the running ones.
        var data = state.data
        data.parts = [.coupons]
        for i in data.coupons.indices where data.coupons[i].batch.batchId == id { data.coupons[i].batch.status = .paused }
        _ = update(&state, .data(data))
        let list = CouponsPane.batches(state)
        #expect(list.firstIndex { $0.batch.batchId == id } != 1, "the batch moved")
        #expect(list[state.couponCursor.selected].batch.batchId == id)
    }

    @Test func theQuestionNamesIdNameSystemAndEffect() {
        var state = Self.onCoupons()
        let id = Self.asWeChatPay(&state)
        #expect(Scene.press(&state, .char("p")).isEmpty)
        guard case .confirm(let pending) = state.modal else { Issue.record("no question"); return }
        let c = RenderContext(state: state, theme: .fallback)
        let text = CouponsPane.describe(pending, c)
        #expect(text.hasPrefix("Pause coupon batch \(id) \"直播间专享9折\" (WeChat Pay 9865000)?"))
        #expect(text.contains("WeChat Pay stock 9865000 will stop being issued to buyers."))
        #expect(text.contains("Shown here once WeChat Pay confirms."))
    }

    @Test func theQuestionInChinese() {
        var state = Self.onCoupons(.zh)
        _ = Self.asWeChatPay(&state)
        Scene.press(&state, .char("p"))
        guard case .confirm(let pending) = state.modal else { Issue.record("no question"); return }
        let text = CouponsPane.describe(pending, RenderContext(state: state, theme: .fallback))
        #expect(text.contains("CB1125L「直播间专享9折」（微信支付 9865000）？"))
        // An id or number is set off from the Chinese after it by a space.
        #expect(text.contains("微信支付批次 9865000 将停止向买家发放。"))
    }

    @Test func theLastChangeOfTheSelectedBatchShows() {
        var pending = Self.onCoupons()
        _ = Self.asWeChatPay(&pending, change: .pending, reason: "WeChat Pay answered HTTP 500")
        #expect(Scene.draw(pending).text.contains("System WeChat Pay 9865000 · Last change pause: pending 3s"))
        var failed = Self.onCoupons()
        _ = Self.asWeChatPay(&failed, change: .failed, reason: "WeChat Pay refused (HTTP 403) NO_AUTH")
        #expect(Scene.draw(failed).text.contains("Last change pause: failed: WeChat Pay refused"))
        var zh = Self.onCoupons(.zh)
        _ = Self.asWeChatPay(&zh, change: .delivered)
        #expect(Scene.draw(zh).text.contains("最近修改 暂停：已确认"))
    }

    @Test func theTableHasTheBatchId() {
        let state = Self.onCoupons()
        let text = Scene.draw(state).text
        #expect(text.contains("│Batch   Name"))
        #expect(text.contains("│CB1125L 直播间专享"))
    }
}
