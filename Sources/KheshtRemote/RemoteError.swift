import Foundation

/// Why a request to a SPARQL server failed, worded for the person who started the command.
public enum RemoteError: Error, CustomStringConvertible, Sendable {
    /// No HTTP answer at all: refused connection, unknown host, time-out. `attempts` counts the tries made.
    case unreachable(method: String, url: String, reason: String, attempts: Int)
    /// The server answered with a status outside 2xx; `body` is the start of its answer (servers explain there).
    case status(method: String, url: String, code: Int, body: String)
    /// A 2xx answer Khesht could not read (not SPARQL results JSON, a term of unknown type, …).
    case malformedResponse(url: String, reason: String)
    /// A `--store` URL or endpoint that is not an http(s) URL.
    case invalidEndpoint(String)

    public var description: String {
        switch self {
        case .unreachable(let method, let url, let reason, let attempts):
            return "SPARQL server unreachable: \(method) \(url) failed after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(reason)"
        case .status(let method, let url, let code, let body):
            let excerpt = body.isEmpty ? "" : ": " + body
            return "SPARQL server error: \(method) \(url) answered HTTP \(code)\(excerpt)"
        case .malformedResponse(let url, let reason):
            return "SPARQL server answer from \(url) is unreadable: \(reason)"
        case .invalidEndpoint(let text):
            return "invalid SPARQL endpoint '\(text)': expected an http:// or https:// URL"
        }
    }

    /// Whether trying the same idempotent request again may succeed: no answer, or a server-side 5xx/429.
    var isTransient: Bool {
        switch self {
        case .unreachable: return true
        case .status(_, _, let code, _): return code >= 500 || code == 429
        default: return false
        }
    }
}
