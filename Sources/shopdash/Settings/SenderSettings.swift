import CouponSenders
import Foundation
import TOMLKit

/// The `[wechatpay]` and `[webhook]` tables of config.toml. Either may be absent: changes of that
/// system then wait in the outbox until a shopdash that has the table delivers them.
enum SenderSettings {
    static func wechatpay(_ root: TOMLTable, text: String, file: String) throws -> WeChatPayConfig? {
        guard let value = root["wechatpay"] else { return nil }
        let t = try table(value, "wechatpay", text: text, file: file)
        let keys = ["mchid", "serial_no", "private_key", "platform_public_key", "base_url"]
        try refuseUnknown(t, in: "wechatpay", known: keys, text: text, file: file)
        return WeChatPayConfig(
            mchid: try required(t, "mchid", in: "wechatpay", text: text, file: file),
            serialNo: try required(t, "serial_no", in: "wechatpay", text: text, file: file),
            privateKeyPath: try path(required(t, "private_key", in: "wechatpay", text: text, file: file), file: file),
            platformPublicKeyPath: try path(required(t, "platform_public_key", in: "wechatpay", text: text, file: file), file: file),
            baseURL: try optional(t, "base_url", in: "wechatpay", text: text, file: file) ?? WeChatPayConfig.officialBaseURL)
    }

    static func webhook(_ root: TOMLTable, text: String, file: String) throws -> WebhookConfig? {
        guard let value = root["webhook"] else { return nil }
        let t = try table(value, "webhook", text: text, file: file)
        try refuseUnknown(t, in: "webhook", known: ["url", "secret"], text: text, file: file)
        return WebhookConfig(url: try required(t, "url", in: "webhook", text: text, file: file),
                             secret: try required(t, "secret", in: "webhook", text: text, file: file))
    }

    private static func table(_ value: TOMLValueConvertible, _ name: String, text: String, file: String) throws -> TOMLTable {
        guard let t = value.table else {
            throw ConfigError(file: file, line: Settings.File.line(of: name, in: text), key: name, reason: "must be a table: [\(name)]")
        }
        return t
    }

    private static func refuseUnknown(_ t: TOMLTable, in name: String, known: [String], text: String, file: String) throws {
        for key in t.keys where !known.contains(key) {
            throw ConfigError(file: file, line: Settings.File.line(of: key, in: text), key: "\(name).\(key)",
                              reason: "unknown key (known: \(known.joined(separator: ", ")))")
        }
    }

    private static func optional(_ t: TOMLTable, _ key: String, in name: String, text: String, file: String) throws -> String? {
        guard let value = t[key] else { return nil }
        guard let s = value.string, !s.isEmpty else {
            throw ConfigError(file: file, line: Settings.File.line(of: key, in: text), key: "\(name).\(key)",
                              reason: "must be a non-empty string in quotes")
        }
        return s
    }

    private static func required(_ t: TOMLTable, _ key: String, in name: String, text: String, file: String) throws -> String {
        guard let s = try optional(t, key, in: name, text: text, file: file) else {
            throw ConfigError(file: file, line: nil, key: "\(name).\(key)", reason: "is required in [\(name)]")
        }
        return s
    }

    /// Key paths are read relative to config.toml's folder, as an operator writing one expects.
    private static func path(_ value: String, file: String) -> String {
        if value.hasPrefix("/") { return value }
        if value.hasPrefix("~/") { return (ProcessInfo.processInfo.environment["HOME"] ?? "") + value.dropFirst(1) }
        return URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(value).path
    }
}
