import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request as a sender means to send it: the body is sent exactly as signed.
public struct SenderRequest: Sendable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: Data

    public init(method: String, url: URL, headers: [String: String], body: Data) {
        self.method = method; self.url = url; self.headers = headers; self.body = body
    }
}

/// One answer, with header names in lower case (HTTP names are case-blind).
public struct HTTPAnswer: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// Why no answer came; always worth another try later.
public struct HTTPFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The one way senders reach the network, so tests can count and shape every exchange.
public protocol HTTPTransport: Sendable {
    func send(_ request: SenderRequest, timeout: Double) async throws(HTTPFailure) -> HTTPAnswer
}

/// Set once the time for an exchange is up, so its cancellation reads as a time-out.
private final class Deadline: @unchecked Sendable {
    private let lock = NSLock()
    private var isPast = false
    func pass() { lock.lock(); isPast = true; lock.unlock() }
    var passed: Bool { lock.lock(); defer { lock.unlock() }; return isPast }
}

/// Foundation's URLSession; on Linux it comes from FoundationNetworking (libcurl).
public struct URLSessionTransport: HTTPTransport {
    public init() {}

    public func send(_ request: SenderRequest, timeout: Double) async throws(HTTPFailure) -> HTTPAnswer {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if request.method != "GET" { urlRequest.httpBody = request.body }
        let deadline = Deadline()
        let result: Result<HTTPAnswer, HTTPFailure> = await withCheckedContinuation { continuation in
            let task = URLSession.shared.dataTask(with: urlRequest) { data, response, error in
                if let error {
                    let timedOut = deadline.passed || (error as? URLError)?.code == .timedOut
                    continuation.resume(returning: .failure(HTTPFailure(timedOut ? "no answer within \(Int(timeout)) s"
                                                                                  : "cannot reach \(request.url.host ?? "the server"): \(error.localizedDescription)")))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(returning: .failure(HTTPFailure("an answer that is not HTTP")))
                    return
                }
                var headers: [String: String] = [:]
                for (key, value) in http.allHeaderFields {
                    if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
                }
                continuation.resume(returning: .success(HTTPAnswer(status: http.statusCode, headers: headers, body: data ?? Data())))
            }
            // FoundationNetworking's timeoutInterval only counts idle time between bytes; this
            // bounds the whole exchange, so a server that accepts and then stalls cannot hold a sender.
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                deadline.pass()
                task.cancel()
            }
            task.resume()
        }
        return try result.get()
    }
}
