import Crypto
import _CryptoExtras
import FlyingFox
import Foundation

/// WeChat Pay's v3 代金券 API as its public reference describes it, on 127.0.0.1 inside the test
/// process: it refuses a request whose signature does not verify with the merchant's public key
/// (401), signs each answer with its platform key, and can be told to misbehave once per request.
actor FakeWeChatPay: HTTPHandler {
    enum Trouble: Sendable {
        /// 500 before doing anything.
        case fail
        /// Does the change, then answers 500 as if it broke on the way out.
        case applyThenFail
        /// Does the change, then answers only after `seconds`, later than the sender waits.
        case slow(seconds: Double)
        /// A signed answer whose body was altered afterwards.
        case tamper
    }

    struct Stock: Sendable {
        var status: String
        var outRequestNo: String?
        var name: String
    }

    let mchid: String
    let merchantPublicKey: _RSA.Signing.PublicKey
    let platformKey: _RSA.Signing.PrivateKey
    private(set) var stocks: [String: Stock] = [:]
    /// Every request that verified, as "METHOD /path?query".
    private(set) var calls: [String] = []
    /// How many times each stock action was really carried out, by "stock_id verb".
    private(set) var applied: [String: Int] = [:]
    private(set) var log: [String] = []
    private var troubles: [Trouble] = []
    private var nextStockId = 9_866_001
    /// The body of the last answer, as signed.
    private var lastBody = ""

    init(mchid: String, merchantPublicKey: _RSA.Signing.PublicKey, platformKey: _RSA.Signing.PrivateKey) {
        self.mchid = mchid; self.merchantPublicKey = merchantPublicKey; self.platformKey = platformKey
    }

    func addStock(_ id: String, status: String, name: String = "直播间专享") { stocks[id] = Stock(status: status, name: name) }
    /// The next requests meet these troubles, one each, in order.
    func plan(_ trouble: Trouble...) { troubles.append(contentsOf: trouble) }
    func appliedCount(_ key: String) -> Int { applied[key] ?? 0 }

    func handleRequest(_ request: FlyingFox.HTTPRequest) async throws -> HTTPResponse {
        let body = String(decoding: try await request.bodyData, as: UTF8.self)
        let target = request.target.rawValue
        let method = request.method.rawValue
        var entry = ">> \(method) \(target)\n   Authorization: \(request.headers[HTTPHeader("Authorization")] ?? "-")"
        if !body.isEmpty { entry += "\n   \(body)" }
        log.append(entry)
        guard verify(request, method: method, target: target, body: body) else {
            return answer(401, #"{"code":"SIGN_ERROR","message":"签名错误"}"#)
        }
        calls.append("\(method) \(target)")
        let trouble = troubles.isEmpty ? nil : troubles.removeFirst()
        if case .fail = trouble { return answer(500, #"{"code":"SYSTEM_ERROR","message":"系统错误"}"#) }
        var response = route(method: method, path: request.target.path(), body: body)
        switch trouble {
        case .applyThenFail: response = answer(500, #"{"code":"SYSTEM_ERROR","message":"系统错误"}"#)
        case .slow(let seconds): try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        case .tamper:
            // Someone on the way changed the stock id after WeChat Pay signed the answer.
            let text = lastBody.replacingOccurrences(of: #""stock_id":""#, with: #""stock_id":"1"#)
            response = HTTPResponse(statusCode: response.statusCode, headers: response.headers, body: Data(text.utf8))
        default: break
        }
        return response
    }

    private func route(method: String, path: String, body: String) -> HTTPResponse {
        let parts = path.split(separator: "/").map(String.init)
        let now = ISO8601DateFormatter().string(from: Date())
        let fields = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        if method == "POST" && path == "/v3/marketing/favor/coupon-stocks" {
            guard fields["belong_merchant"] as? String == mchid, let no = fields["out_request_no"] as? String else {
                return answer(400, #"{"code":"PARAM_ERROR","message":"参数错误"}"#)
            }
            // The same out_request_no names the stock made the first time.
            if let (id, _) = stocks.first(where: { $0.value.outRequestNo == no }) {
                return answer(200, #"{"create_time":"\#(now)","stock_id":"\#(id)"}"#)
            }
            let id = String(nextStockId); nextStockId += 1
            stocks[id] = Stock(status: "unactivated", outRequestNo: no, name: fields["stock_name"] as? String ?? "")
            applied["\(id) create", default: 0] += 1
            return answer(200, #"{"create_time":"\#(now)","stock_id":"\#(id)"}"#)
        }
        guard parts.count >= 5, parts[0...3] == ["v3", "marketing", "favor", "stocks"], let stock = stocks[parts[4]] else {
            return answer(404, #"{"code":"RESOURCE_NOT_EXISTS","message":"批次不存在"}"#)
        }
        let id = parts[4]
        if method == "GET" && parts.count == 5 {
            return answer(200, #"{"status":"\#(stock.status)","stock_id":"\#(id)","stock_name":"\#(stock.name)"}"#)
        }
        guard method == "POST", parts.count == 6, fields["stock_creator_mchid"] as? String == mchid else {
            return answer(400, #"{"code":"PARAM_ERROR","message":"参数错误"}"#)
        }
        let (from, to, timeField): ([String], String, String)
        switch parts[5] {
        case "start": (from, to, timeField) = (["unactivated"], "running", "start_time")
        case "pause": (from, to, timeField) = (["running"], "paused", "pause_time")
        case "restart": (from, to, timeField) = (["paused"], "running", "restart_time")
        default: return answer(404, #"{"code":"NOT_FOUND","message":"无此接口"}"#)
        }
        guard from.contains(stock.status) else {
            return answer(400, #"{"code":"STOCK_STATUS_INVALID","message":"批次状态为\#(stock.status)"}"#)
        }
        stocks[id]?.status = to
        applied["\(id) \(parts[5])", default: 0] += 1
        return answer(200, #"{"\#(timeField)":"\#(now)","stock_id":"\#(id)"}"#)
    }

    /// The Authorization header's signature over METHOD, path and query, timestamp, nonce and body.
    private func verify(_ request: FlyingFox.HTTPRequest, method: String, target: String, body: String) -> Bool {
        guard let header = request.headers[HTTPHeader("Authorization")],
              header.hasPrefix("WECHATPAY2-SHA256-RSA2048 ") else { return false }
        var values: [String: String] = [:]
        for pair in header.dropFirst("WECHATPAY2-SHA256-RSA2048 ".count).split(separator: ",") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { return false }
            values[kv[0]] = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        guard values["mchid"] == mchid, let nonce = values["nonce_str"], let timestamp = values["timestamp"],
              values["serial_no"] != nil, let signature = values["signature"].flatMap({ Data(base64Encoded: $0) }) else { return false }
        let message = "\(method)\n\(target)\n\(timestamp)\n\(nonce)\n\(body)\n"
        return merchantPublicKey.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature),
                                                  for: Data(message.utf8), padding: .insecurePKCS1v1_5)
    }

    private func answer(_ status: Int, _ body: String) -> HTTPResponse {
        let timestamp = String(Int64(Date().timeIntervalSince1970))
        let nonce = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let message = "\(timestamp)\n\(nonce)\n\(body)\n"
        lastBody = body
        let signature = (try? platformKey.signature(for: Data(message.utf8), padding: .insecurePKCS1v1_5))?
            .rawRepresentation.base64EncodedString() ?? ""
        log.append("<< HTTP \(status)\n   Wechatpay-Timestamp: \(timestamp)  Wechatpay-Nonce: \(nonce)\n   Wechatpay-Signature: \(signature)\n   \(body)")
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: status < 300 ? "OK" : "Error"),
                            headers: [HTTPHeader("Content-Type"): "application/json",
                                      HTTPHeader("Wechatpay-Timestamp"): timestamp, HTTPHeader("Wechatpay-Nonce"): nonce,
                                      HTTPHeader("Wechatpay-Signature"): signature, HTTPHeader("Wechatpay-Serial"): "PUB_KEY_ID_0001"],
                            body: Data(body.utf8))
    }
}

/// Runs a handler on 127.0.0.1 at a free port for the length of a test.
final class LocalServer: Sendable {
    let server: HTTPServer
    let task: Task<Void, any Error>
    let port: UInt16

    init(_ handler: some HTTPHandler) async throws {
        server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled, handler: handler)
        let server = server
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { throw CancellationError() }
        self.port = port
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    func stop() async {
        await server.stop()
        task.cancel()
    }
}
