import Foundation

/// `[wechatpay]` in config.toml: the merchant's API identity and the key that signs WeChat Pay's answers.
public struct WeChatPayConfig: Sendable, Equatable {
    public static let officialBaseURL = "https://api.mch.weixin.qq.com"

    public var mchid: String
    /// The serial number of the merchant API certificate whose key signs the requests.
    public var serialNo: String
    /// PEM file of the merchant API private key (apiclient_key.pem).
    public var privateKeyPath: String
    /// PEM file of the WeChat Pay platform public key that answers are verified with.
    public var platformPublicKeyPath: String
    public var baseURL: String

    public init(mchid: String, serialNo: String, privateKeyPath: String, platformPublicKeyPath: String,
                baseURL: String = WeChatPayConfig.officialBaseURL) {
        self.mchid = mchid; self.serialNo = serialNo; self.privateKeyPath = privateKeyPath
        self.platformPublicKeyPath = platformPublicKeyPath; self.baseURL = baseURL
    }
}

/// `[webhook]` in config.toml: where the shop's backend listens and the secret both sides sign with.
public struct WebhookConfig: Sendable, Equatable {
    public var url: String
    public var secret: String

    public init(url: String, secret: String) { self.url = url; self.secret = secret }
}

/// A sender that cannot be built from its configuration, with the reason an operator can act on.
public struct SenderSetupError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads a PEM file as text; senders never take key material from anywhere but a file.
func readPEM(_ path: String, what: String) throws(SenderSetupError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw SenderSetupError("\(what) \(path) cannot be read")
    }
    return String(decoding: data, as: UTF8.self)
}
