import Crypto
import _CryptoExtras
import Foundation

/// WeChat Pay API v3 signatures: the merchant signs every request with its API key, and WeChat Pay
/// signs every answer with its platform key. Both are SHA256 with RSA, PKCS#1 v1.5, in base64.
public struct WeChatPaySignature: Sendable {
    public static let scheme = "WECHATPAY2-SHA256-RSA2048"
    /// An answer signed longer ago than this may be a replay and is not trusted.
    public static let maxAnswerAge: Int64 = 300

    let mchid: String
    let serialNo: String
    let merchantKey: _RSA.Signing.PrivateKey
    let platformKey: _RSA.Signing.PublicKey

    public init(mchid: String, serialNo: String, merchantKeyPEM: String, platformKeyPEM: String) throws(SenderSetupError) {
        self.mchid = mchid; self.serialNo = serialNo
        do { merchantKey = try _RSA.Signing.PrivateKey(pemRepresentation: merchantKeyPEM) } catch {
            throw SenderSetupError("the merchant private key is not an RSA key in PEM: \(error)")
        }
        do { platformKey = try _RSA.Signing.PublicKey(pemRepresentation: platformKeyPEM) } catch {
            throw SenderSetupError("the platform public key is not an RSA public key in PEM: \(error)")
        }
    }

    /// "METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n": what the request signature covers.
    public static func requestMessage(method: String, pathAndQuery: String, timestamp: String, nonce: String,
                                      body: String) -> String {
        "\(method)\n\(pathAndQuery)\n\(timestamp)\n\(nonce)\n\(body)\n"
    }

    /// "TIMESTAMP\nNONCE\nBODY\n": what the answer signature covers.
    public static func answerMessage(timestamp: String, nonce: String, body: String) -> String {
        "\(timestamp)\n\(nonce)\n\(body)\n"
    }

    /// The Authorization header of one request.
    public func authorization(method: String, pathAndQuery: String, body: String, timestamp: String,
                              nonce: String) throws(SenderSetupError) -> String {
        let message = Self.requestMessage(method: method, pathAndQuery: pathAndQuery, timestamp: timestamp,
                                          nonce: nonce, body: body)
        let signature: _RSA.Signing.RSASignature
        do { signature = try merchantKey.signature(for: Data(message.utf8), padding: .insecurePKCS1v1_5) } catch {
            throw SenderSetupError("cannot sign with the merchant key: \(error)")
        }
        let encoded = signature.rawRepresentation.base64EncodedString()
        return "\(Self.scheme) mchid=\"\(mchid)\",nonce_str=\"\(nonce)\",signature=\"\(encoded)\",timestamp=\"\(timestamp)\",serial_no=\"\(serialNo)\""
    }

    /// Nil when the answer is WeChat Pay's, else why it cannot be trusted.
    public func problem(with answer: HTTPAnswer, now: Int64) -> String? {
        guard let timestamp = answer.header("Wechatpay-Timestamp"), let nonce = answer.header("Wechatpay-Nonce"),
              let signatureText = answer.header("Wechatpay-Signature") else {
            return "the answer carries no WeChat Pay signature"
        }
        guard let signed = Int64(timestamp) else { return "the answer's timestamp '\(timestamp)' is not a number" }
        let (age, overflow) = now.subtractingReportingOverflow(signed)
        guard !overflow, age.magnitude <= UInt64(Self.maxAnswerAge) else { return "the answer was signed \(timestamp), too far from now" }
        guard let raw = Data(base64Encoded: signatureText) else { return "the answer's signature is not base64" }
        let message = Self.answerMessage(timestamp: timestamp, nonce: nonce, body: answer.text)
        let valid = platformKey.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: raw),
                                                 for: Data(message.utf8), padding: .insecurePKCS1v1_5)
        return valid ? nil : "the answer's signature does not verify with the platform public key"
    }

    /// 32 random hex characters, new for every request.
    public static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
