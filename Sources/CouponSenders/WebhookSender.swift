import Crypto
import Foundation
import ShopModel

/// Tells the shop's own backend of each change: a JSON POST signed with HMAC-SHA256 of the body
/// under the shared secret. A 2xx answer confirms the change. The request id stays the same on
/// every retry, so the backend can answer a repeat without applying it twice.
public struct WebhookSender: CouponSender {
    public static let signatureHeader = "X-Shopdash-Signature"
    public static let requestIdHeader = "X-Shopdash-Request-Id"

    public var system: CouponSystem { .webhook }

    let url: URL
    /// Kept as bytes: SymmetricKey is not Sendable, so a key is made per request.
    let secret: Data
    let transport: any HTTPTransport
    let timeout: Double
    let log: (@Sendable (String) -> Void)?

    public init(config: WebhookConfig, transport: any HTTPTransport = URLSessionTransport(), timeout: Double = 10,
                log: (@Sendable (String) -> Void)? = nil) throws(SenderSetupError) {
        guard let url = URL(string: config.url), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw SenderSetupError("[webhook] url '\(config.url)' is not an http(s) URL")
        }
        guard !config.secret.isEmpty else { throw SenderSetupError("[webhook] secret is empty") }
        self.url = url; secret = Data(config.secret.utf8)
        self.transport = transport; self.timeout = timeout; self.log = log
    }

    /// What the backend receives: the change, and the batch as it should be once applied.
    struct Payload: Encodable {
        var requestId: String
        var changeId: Int64
        var action: String
        var batchId: String
        var requestedAt: Int64
        var batch: Batch

        struct Batch: Encodable {
            var batchId: String
            var name: String
            var kind: String
            var valueFen: Int64
            var percentOff: Int?
            var minSpendFen: Int64
            var quota: Int
            var status: String
            var startsAt: Int64
            var endsAt: Int64
            var remoteId: String?
        }
    }

    public static func body(for change: CouponOutboxEntry) -> Data {
        let t = change.target
        let payload = Payload(
            requestId: change.requestId, changeId: change.id, action: change.action.rawValue, batchId: change.batchId,
            requestedAt: change.createdAt,
            batch: .init(batchId: t.batchId, name: t.name, kind: t.kind.rawValue, valueFen: t.value.fen, percentOff: t.percentOff,
                         minSpendFen: t.minSpend.fen, quota: t.quota, status: t.status.rawValue, startsAt: t.startsAt,
                         endsAt: t.endsAt, remoteId: change.remoteId))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(payload)) ?? Data("{}".utf8)
    }

    /// Lower-case hex of HMAC-SHA256(body) under the secret.
    public static func signature(of body: Data, secret: String) -> String {
        HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    public func send(_ change: CouponOutboxEntry) async -> SendResult {
        let body = Self.body(for: change)
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret)).map { String(format: "%02x", $0) }.joined()
        let headers = ["Content-Type": "application/json", Self.signatureHeader: mac, Self.requestIdHeader: change.requestId,
                       "User-Agent": "shopdash"]
        log?(">> POST \(url.absoluteString)\n   \(Self.requestIdHeader): \(change.requestId)\n   \(Self.signatureHeader): \(mac)\n   \(String(decoding: body, as: UTF8.self))")
        let answer: HTTPAnswer
        do {
            answer = try await transport.send(SenderRequest(method: "POST", url: url, headers: headers, body: body), timeout: timeout)
        } catch {
            return .transient(reason: error.description)
        }
        log?("<< HTTP \(answer.status)\n   \(answer.text)")
        let said = String(answer.text.prefix(200))
        switch answer.status {
        case 200..<300: return .delivered(answer: answer.text)
        case 408, 429, 500...: return .transient(reason: "the backend answered HTTP \(answer.status) \(said)")
        default: return .refused(reason: "the backend refused (HTTP \(answer.status)) \(said)")
        }
    }
}
