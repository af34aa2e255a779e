import Foundation
import ShopModel

/// Delivers changes of WeChat Pay 代金券 stocks through the v3 marketing API. Every request is
/// signed with the merchant key and every answer must verify with the platform key: an answer
/// that does not is refused, never trusted.
public struct WeChatPaySender: CouponSender {
    public var system: CouponSystem { .wechatpay }

    let config: WeChatPayConfig
    let signature: WeChatPaySignature
    let transport: any HTTPTransport
    let timeout: Double
    let wallClock: @Sendable () -> Int64
    /// Sees every exchange as sent and received (the CLI's --verbose and the tests' log).
    let log: (@Sendable (String) -> Void)?

    public init(config: WeChatPayConfig, transport: any HTTPTransport = URLSessionTransport(), timeout: Double = 10,
                wallClock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) },
                log: (@Sendable (String) -> Void)? = nil) throws(SenderSetupError) {
        guard URL(string: config.baseURL)?.host != nil else {
            throw SenderSetupError("[wechatpay] base_url '\(config.baseURL)' is not a URL")
        }
        self.config = config
        signature = try WeChatPaySignature(mchid: config.mchid, serialNo: config.serialNo,
                                           merchantKeyPEM: try readPEM(config.privateKeyPath, what: "[wechatpay] private_key"),
                                           platformKeyPEM: try readPEM(config.platformPublicKeyPath, what: "[wechatpay] platform_public_key"))
        self.transport = transport; self.timeout = timeout; self.wallClock = wallClock; self.log = log
    }

    public func send(_ change: CouponOutboxEntry) async -> SendResult {
        do {
            switch change.action {
            case .pause: return try await setStatus(change, to: .paused, call: WeChatPayCalls.pause)
            case .resume: return try await setStatus(change, to: .running, call: WeChatPayCalls.restart)
            case .create: return try await create(change)
            case .stop, .quota, .end:
                return .refused(reason: "WeChat Pay has no call to \(change.action.rawValue) a 代金券 stock; change it in the merchant platform")
            }
        } catch let stop as Stop {
            return stop.result
        } catch {
            return .refused(reason: "\(error)")
        }
    }

    /// A pause or restart. After a first attempt that got no clear answer the stock is read back
    /// first: if the earlier call did reach WeChat Pay, the change is confirmed without a second call.
    private func setStatus(_ change: CouponOutboxEntry, to wanted: CouponStatus,
                           call: (String, String) -> WeChatPayCalls.Call) async throws -> SendResult {
        guard let stockId = change.remoteId else { return .refused(reason: "the batch has no WeChat Pay stock id") }
        if change.attempts > 1, let already = try await readBack(stockId), already.status == wanted {
            return .delivered(answer: already.answer)
        }
        let answer = try await exchange(call(stockId, config.mchid))
        return .delivered(answer: answer)
    }

    /// Create, then start the stock when the batch should run. The create carries the change's
    /// request id as out_request_no, so a repeat names the same stock.
    private func create(_ change: CouponOutboxEntry) async throws -> SendResult {
        let createCall: WeChatPayCalls.Call
        do { createCall = try WeChatPayCalls.create(change.target, requestId: change.requestId, mchid: config.mchid) } catch {
            return .refused(reason: error.reason)
        }
        let created = try await exchange(createCall)
        guard let stockId = Self.field("stock_id", in: created) else {
            return .refused(reason: "WeChat Pay created no stock id: \(created)")
        }
        guard change.target.status == .running else { return .delivered(answer: created, remoteId: stockId) }
        if change.attempts > 1, let already = try await readBack(stockId), already.status == .running {
            return .delivered(answer: created, remoteId: stockId)
        }
        _ = try await exchange(WeChatPayCalls.start(stockId: stockId, mchid: config.mchid))
        return .delivered(answer: created, remoteId: stockId)
    }

    /// The stock's state as WeChat Pay says it is now.
    private func readBack(_ stockId: String) async throws -> (status: CouponStatus?, answer: String)? {
        let answer = try await exchange(WeChatPayCalls.query(stockId: stockId, mchid: config.mchid))
        return (Self.field("status", in: answer).flatMap(WeChatPayCalls.status), answer)
    }

    /// How an exchange ended when it did not end well; thrown so each step reads as the happy path.
    struct Stop: Error { var result: SendResult }

    /// One signed call; returns the verified body of a 2xx answer.
    func exchange(_ call: WeChatPayCalls.Call) async throws(Stop) -> String {
        guard let url = URL(string: config.baseURL.trimmingSuffix("/") + call.pathAndQuery) else {
            throw Stop(result: .refused(reason: "cannot form a URL from base_url \(config.baseURL)"))
        }
        let timestamp = String(wallClock())
        let nonce = WeChatPaySignature.nonce()
        let authorization: String
        do {
            authorization = try signature.authorization(method: call.method, pathAndQuery: call.pathAndQuery,
                                                        body: call.body, timestamp: timestamp, nonce: nonce)
        } catch { throw Stop(result: .refused(reason: error.description)) }
        var headers = ["Authorization": authorization, "Accept": "application/json", "User-Agent": "shopdash"]
        if call.method != "GET" { headers["Content-Type"] = "application/json" }
        log?(">> \(call.method) \(call.pathAndQuery)\n   Authorization: \(authorization)\n   \(call.body)")
        let answer: HTTPAnswer
        do {
            answer = try await transport.send(SenderRequest(method: call.method, url: url, headers: headers, body: Data(call.body.utf8)),
                                              timeout: timeout)
        } catch { throw Stop(result: .transient(reason: error.description)) }
        log?("<< HTTP \(answer.status)\n   Wechatpay-Timestamp: \(answer.header("Wechatpay-Timestamp") ?? "-")  Wechatpay-Nonce: \(answer.header("Wechatpay-Nonce") ?? "-")\n   Wechatpay-Signature: \(answer.header("Wechatpay-Signature") ?? "-")\n   \(answer.text)")
        // A server error says nothing about the change: try again, signed or not.
        if answer.status >= 500 || answer.status == 429 {
            throw Stop(result: .transient(reason: "WeChat Pay answered HTTP \(answer.status) \(Self.errorText(answer.text))"))
        }
        if let problem = signature.problem(with: answer, now: wallClock()) {
            throw Stop(result: .refused(reason: "unverifiable answer (HTTP \(answer.status)): \(problem)"))
        }
        guard (200..<300).contains(answer.status) else {
            throw Stop(result: .refused(reason: "WeChat Pay refused (HTTP \(answer.status)) \(Self.errorText(answer.text))"))
        }
        return answer.text
    }

    /// "CODE: message" from an error body, or the body itself.
    static func errorText(_ body: String) -> String {
        guard let code = field("code", in: body) else { return String(body.prefix(200)) }
        return code + (field("message", in: body).map { ": " + $0 } ?? "")
    }

    /// One top-level string field of a JSON object.
    static func field(_ name: String, in body: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else { return nil }
        if let text = object[name] as? String { return text }
        if let number = object[name] as? NSNumber { return number.stringValue }
        return nil
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
