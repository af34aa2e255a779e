import CouponSenders
import Crypto
import _CryptoExtras
import Foundation
import ShopModel
import ShopStore

/// A store file with a WeChat Pay stock (W1 = 9865000, running) and a webhook batch (H1), the
/// fake WeChat Pay on 127.0.0.1, and keys made for this test: the merchant's and the platform's.
final class SenderFixture: Sendable {
    static let mchid = "1900000109"
    let directory: URL
    let storePath: String
    let store: ShopStore
    let wechat: FakeWeChatPay
    let server: LocalServer
    let config: WeChatPayConfig
    let now = Int64(Date().timeIntervalSince1970)
    let log = ExchangeLog()
    let actor = Actor(user: "lihua", sshClient: nil, role: .operator)

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("senders-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let merchant = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let platform = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let merchantKeyPath = directory.appendingPathComponent("apiclient_key.pem").path
        let platformKeyPath = directory.appendingPathComponent("platform_public_key.pem").path
        try merchant.pemRepresentation.write(toFile: merchantKeyPath, atomically: true, encoding: .utf8)
        try platform.publicKey.pemRepresentation.write(toFile: platformKeyPath, atomically: true, encoding: .utf8)
        wechat = FakeWeChatPay(mchid: Self.mchid, merchantPublicKey: merchant.publicKey, platformKey: platform)
        await wechat.addStock("9865000", status: "running")
        server = try await LocalServer(wechat)
        config = WeChatPayConfig(mchid: Self.mchid, serialNo: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
                                 privateKeyPath: merchantKeyPath, platformPublicKeyPath: platformKeyPath,
                                 baseURL: server.baseURL)
        storePath = directory.appendingPathComponent("shop.sqlite").path
        store = try ShopStore(path: storePath)
        _ = try store.apply([
            .couponBatch(CouponBatchRecord(batchId: "W1", name: "直播间专享 满99减15", kind: .threshold, value: Money(fen: 1_500),
                                           minSpend: Money(fen: 9_900), quota: 1_000, startsAt: now - 3_600,
                                           endsAt: now + 30 * 86_400, system: .wechatpay, remoteId: "9865000")),
            .couponBatch(CouponBatchRecord(batchId: "H1", name: "会员券", kind: .fixed, value: Money(fen: 500), quota: 100,
                                           startsAt: now - 3_600, endsAt: now + 30 * 86_400, system: .webhook)),
        ])
    }

    func wechatSender(timeout: Double = 8) throws -> WeChatPaySender {
        let log = log
        return try WeChatPaySender(config: config, timeout: timeout, log: { log.add($0) })
    }

    /// A courier over its own handle on the store file, as a second shopdash process would have.
    func courier(_ senders: [any CouponSender], reopen: Bool = false) throws -> CouponCourier {
        CouponCourier(store: reopen ? try ShopStore(path: storePath) : store, senders: senders)
    }

    func batch(_ id: String) throws -> CouponBatchRecord? {
        try store.couponStats(now: now).first { $0.batch.batchId == id }?.batch
    }

    func finish() async {
        await server.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The exchanges as the sender saw them, in order, for the test log.
final class ExchangeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
