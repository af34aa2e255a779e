import CouponSenders
import FlyingFox
import Foundation
import ShopModel
import ShopStore
import Testing

/// The shop's backend as docs/coupons.md describes it: checks the HMAC, applies each request id once.
actor FakeBackend: HTTPHandler {
    let secret: String
    private(set) var requestIds: [String] = []
    private(set) var applied: Set<String> = []
    private(set) var bodies: [String] = []
    var failNext = 0

    init(secret: String) { self.secret = secret }
    func fail(_ times: Int) { failNext = times }

    func handleRequest(_ request: FlyingFox.HTTPRequest) async throws -> HTTPResponse {
        let body = try await request.bodyData
        let expected = WebhookSender.signature(of: body, secret: secret)
        guard request.headers[HTTPHeader("X-Shopdash-Signature")] == expected,
              let id = request.headers[HTTPHeader("X-Shopdash-Request-Id")] else {
            return HTTPResponse(statusCode: .unauthorized, body: Data(#"{"error":"bad signature"}"#.utf8))
        }
        requestIds.append(id)
        bodies.append(String(decoding: body, as: UTF8.self))
        if failNext > 0 { failNext -= 1; return HTTPResponse(statusCode: .internalServerError) }
        applied.insert(id)
        return HTTPResponse(statusCode: .ok, body: Data(#"{"ok":true}"#.utf8))
    }
}

@Suite(.serialized) struct WebhookSenderTests {
    @Test func aChangeIsPostedSignedAndRetriedWithTheSameRequestId() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        let backend = FakeBackend(secret: "s3cret")
        let server = try await LocalServer(backend)
        defer { Task { await server.stop() } }
        await backend.fail(1)
        let sender = try WebhookSender(config: WebhookConfig(url: server.baseURL + "/shopdash/coupons", secret: "s3cret"),
                                       timeout: 8, log: { f.log.add($0) })
        let courier = try f.courier([sender])
        try f.store.pauseCoupon("H1", by: f.actor, now: f.now)
        let change = try #require(try f.store.couponChanges(batchId: "H1").first)
        #expect(try await courier.deliverDue(now: f.now).first?.state == .pending)
        #expect(try await courier.deliverDue(now: f.now + 2).first?.state == .delivered)
        #expect(await backend.requestIds == [change.requestId, change.requestId])
        #expect(try f.batch("H1")?.status == .paused)
        let body = try #require(await backend.bodies.first)
        #expect(body.contains(#""action":"pause""#) && body.contains(#""request_id":"\#(change.requestId)""#))
        #expect(body.contains(#""status":"paused""#))
        print("== webhook\n" + f.log.all.joined(separator: "\n"))
    }

    @Test func aWrongSecretIsRefusedByTheBackend() async throws {
        let f = try await SenderFixture()
        defer { Task { await f.finish() } }
        let backend = FakeBackend(secret: "s3cret")
        let server = try await LocalServer(backend)
        defer { Task { await server.stop() } }
        let sender = try WebhookSender(config: WebhookConfig(url: server.baseURL, secret: "guess"), timeout: 8)
        try f.store.stopCoupon("H1", by: f.actor, now: f.now)
        let done = try await f.courier([sender]).deliverDue(now: f.now)
        #expect(done.first?.state == .failed && done.first?.reason?.contains("HTTP 401") == true)
        #expect(try f.batch("H1")?.status == .running)
        #expect(await backend.applied.isEmpty)
    }
}
