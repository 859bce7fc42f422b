import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking HTTP requests over URLSession with a time-out per request and retries with exponential back-off for
/// requests that are safe to repeat. Khesht's commands are synchronous, so each call waits for its answer.
final class HTTPTransport: @unchecked Sendable {
    struct Response {
        let code: Int
        let body: Data
        let contentType: String
    }

    let endpoint: RemoteEndpoint
    private let session: URLSession

    init(endpoint: RemoteEndpoint) {
        self.endpoint = endpoint
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = endpoint.timeout
        configuration.timeoutIntervalForResource = endpoint.timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends one request. `idempotent` requests are retried on no answer and on 5xx/429; the others are sent once,
    /// because a POSTed update that timed out may still have been applied.
    ///
    /// - Throws: `RemoteError.unreachable` or `RemoteError.status` (with the start of the server's answer).
    func send(_ method: String, _ url: URL, body: Data? = nil, contentType: String? = nil, accept: String? = nil,
              idempotent: Bool) throws -> Response {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: endpoint.timeout)
        request.httpMethod = method
        request.httpBody = body
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        if let authorization = endpoint.authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        let attempts = idempotent ? 1 + max(0, endpoint.retries) : 1
        var delay = endpoint.backoff
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try once(request, attempt: attempt)
            } catch let error as RemoteError where error.isTransient && attempt < attempts {
                Thread.sleep(forTimeInterval: delay)
                delay *= 2
            }
        }
    }

    private final class Outcome: @unchecked Sendable {
        var data: Data?
        var response: URLResponse?
        var error: Error?
    }

    private func once(_ request: URLRequest, attempt: Int) throws -> Response {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.data = data
            outcome.response = response
            outcome.error = error
            done.signal()
        }
        task.resume()
        done.wait()
        let method = request.httpMethod ?? "GET"
        let url = request.url?.absoluteString ?? "?"
        if let error = outcome.error {
            throw RemoteError.unreachable(method: method, url: url, reason: (error as NSError).localizedDescription, attempts: attempt)
        }
        guard let http = outcome.response as? HTTPURLResponse else {
            throw RemoteError.unreachable(method: method, url: url, reason: "no HTTP response", attempts: attempt)
        }
        let body = outcome.data ?? Data()
        guard (200..<300).contains(http.statusCode) else {
            throw RemoteError.status(method: method, url: url, code: http.statusCode, body: HTTPTransport.excerpt(body))
        }
        return Response(code: http.statusCode, body: body,
                        contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    /// The first 300 characters of an error body, on one line.
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(2000), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
