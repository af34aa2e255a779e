import CouponSenders
import Foundation
import ShopModel
import ShopStore
import Testing

/// The WeChat Pay sender against the fake WeChat Pay on 127.0.0.1. The exchanges of each test are
/// printed as sent and received, so a run's log shows every call.
@Suite(.serialized) struct WeChatPaySenderTests {
    func printLog(_ fixture: SenderFixture, _ title: String) async {
        print("== \(title)\n" + (await fixture.wechat.log).joined(separator: "\n"))
    }

    @Test func aPauseIsOneSignedCallAndTheBatchChangesOnlyWhenConfirmed() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        #expect(try f.batch("W1")?.status == .running)
        let done = try await f.courier([try f.wechatSender()]).deliverDue(now: f.now)
        #expect(done.map(\.state) == [.delivered])
        #expect(try f.batch("W1")?.status == .paused)
        #expect(await f.wechat.calls == ["POST /v3/marketing/favor/stocks/9865000/pause"])
        #expect(await f.wechat.stocks["9865000"]?.status == "paused")
        #expect(f.log.all.first?.contains(#"{"stock_creator_mchid":"1900000109"}"#) == true)
        #expect(f.log.all.first?.contains(#"WECHATPAY2-SHA256-RSA2048 mchid="1900000109",nonce_str=""#) == true)
        await printLog(f, "pause")
    }

    @Test func aResumeCallsRestart() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        let courier = try f.courier([try f.wechatSender()])
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        try await courier.deliverDue(now: f.now)
        try f.store.resumeCoupon("W1", by: f.actor, now: f.now)
        #expect(try await courier.deliverDue(now: f.now).map(\.state) == [.delivered])
        #expect(await f.wechat.calls.last == "POST /v3/marketing/favor/stocks/9865000/restart")
        #expect(try f.batch("W1")?.status == .running)
        await printLog(f, "pause, then restart")
    }

    @Test func aCreateMakesTheStockStartsItAndTakesItsId() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        let record = CouponBatchRecord(batchId: "W2", name: "满99减15", kind: .threshold, value: Money(fen: 1_500),
                                       minSpend: Money(fen: 9_900), quota: 1_000, startsAt: f.now, endsAt: f.now + 7 * 86_400,
                                       system: .wechatpay)
        try f.store.createCouponBatch(record, by: f.actor, now: f.now)
        #expect(try f.batch("W2")?.status == .paused)
        #expect(try await f.courier([try f.wechatSender()]).deliverDue(now: f.now).map(\.state) == [.delivered])
        #expect(await f.wechat.calls == ["POST /v3/marketing/favor/coupon-stocks", "POST /v3/marketing/favor/stocks/9866001/start"])
        let stored = try #require(try f.batch("W2"))
        #expect(stored.remoteId == "9866001" && stored.status == .running)
        let createBody = try #require(f.log.all.first)
        for field in [#""coupon_amount":1500"#, #""transaction_minimum":9900"#, #""max_coupons":1000"#,
                      #""max_amount":1500000"#, #""stock_type":"NORMAL""#, #""belong_merchant":"1900000109""#,
                      #""out_request_no":""#] {
            #expect(createBody.contains(field), "create body lacks \(field)")
        }
        await printLog(f, "create, then start")
    }

    @Test func aRetryAfterAServerErrorDoesNotPauseTwice() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        // WeChat Pay paused the stock, then broke before it could say so.
        await f.wechat.plan(.applyThenFail)
        let courier = try f.courier([try f.wechatSender()])
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        let first = try await courier.deliverDue(now: f.now)
        #expect(first.map(\.state) == [.pending] && first.first?.reason?.contains("HTTP 500") == true)
        #expect(try f.batch("W1")?.status == .running)
        #expect(try await courier.deliverDue(now: f.now + 1).isEmpty, "the retry waits its 2 s")
        #expect(try await courier.deliverDue(now: f.now + 2).map(\.state) == [.delivered])
        #expect(await f.wechat.appliedCount("9865000 pause") == 1)
        #expect(await f.wechat.calls == ["POST /v3/marketing/favor/stocks/9865000/pause",
                                         "GET /v3/marketing/favor/stocks/9865000?stock_creator_mchid=1900000109"])
        #expect(try f.batch("W1")?.status == .paused)
        await printLog(f, "pause answered 500 after applying, then read back")
    }

    @Test func aRetryAfterAPlainServerErrorPausesOnce() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        await f.wechat.plan(.fail)
        let courier = try f.courier([try f.wechatSender()])
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        try await courier.deliverDue(now: f.now)
        #expect(try await courier.deliverDue(now: f.now + 2).map(\.state) == [.delivered])
        #expect(await f.wechat.appliedCount("9865000 pause") == 1)
        #expect(await f.wechat.calls.count == 3, "pause (500), read back (running), pause")
    }

    @Test func aTimeOutIsRetriedWithoutASecondPause() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        await f.wechat.plan(.slow(seconds: 2.5))
        let courier = try f.courier([try f.wechatSender(timeout: 1)])
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        let first = try await courier.deliverDue(now: f.now)
        #expect(first.first?.state == .pending && first.first?.reason?.contains("no answer within 1 s") == true)
        try await Task.sleep(nanoseconds: 2_000_000_000)
        #expect(try await courier.deliverDue(now: f.now + 2).map(\.state) == [.delivered])
        #expect(await f.wechat.appliedCount("9865000 pause") == 1)
        #expect(try f.batch("W1")?.status == .paused)
    }

    @Test func aTamperedAnswerFailsTheChange() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        await f.wechat.plan(.tamper)
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        let done = try await f.courier([try f.wechatSender()]).deliverDue(now: f.now)
        #expect(done.first?.state == .failed)
        #expect(done.first?.reason?.contains("does not verify with the platform public key") == true)
        #expect(try f.batch("W1")?.status == .running)
        await printLog(f, "tampered answer")
    }

    @Test func aRequestSignedWithAnotherKeyIsRefused() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        let stranger = try await SenderFixture()
        defer { Task { await stranger.finish() } }
        // The stranger's merchant key, pointed at the first fixture's server and platform key.
        var config = f.config
        config.privateKeyPath = stranger.config.privateKeyPath
        let sender = try WeChatPaySender(config: config, timeout: 8)
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        let done = try await f.courier([sender]).deliverDue(now: f.now)
        #expect(done.first?.state == .failed && done.first?.reason?.contains("HTTP 401") == true)
        #expect(await f.wechat.calls.isEmpty)
    }

    @Test func aRestartMidRetryDeliversExactlyOnce() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        await f.wechat.plan(.applyThenFail)
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        #expect(try await f.courier([try f.wechatSender()]).deliverDue(now: f.now).first?.state == .pending)
        // shopdash restarts: a new sender and a new handle on the same store file.
        let again = try f.courier([try f.wechatSender()], reopen: true)
        #expect(try await again.deliverDue(now: f.now + 2).map(\.state) == [.delivered])
        #expect(try await again.deliverDue(now: f.now + 600).isEmpty)
        #expect(await f.wechat.appliedCount("9865000 pause") == 1)
        #expect(try f.store.couponChanges(batchId: "W1").map(\.state) == [.delivered])
    }

    @Test func whatWeChatPayCannotDoIsRefusedBeforeAnyCall() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        #expect(throws: StoreError.self) { try f.store.setCouponEnd("W1", endsAt: f.now + 86_400, by: f.actor, now: f.now) }
        #expect(throws: StoreError.self) { try f.store.stopCoupon("W1", by: f.actor, now: f.now) }
        #expect(try f.store.couponChanges().isEmpty)
        #expect(await f.wechat.calls.isEmpty)
    }

    @Test func aCourierWaitsForOneChange() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        try f.store.pauseCoupon("W1", by: f.actor, now: f.now)
        let id = try #require(try f.store.couponChanges(batchId: "W1").first).id
        let entry = try await f.courier([try f.wechatSender()]).awaitChange(id, timeout: 5)
        #expect(entry?.state == .delivered)
    }
}
