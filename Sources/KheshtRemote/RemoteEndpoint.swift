import Foundation

/// Where a SPARQL 1.1 server listens and how to talk to it: the query endpoint (SPARQL 1.1 Protocol), the update
/// endpoint, and the Graph Store HTTP Protocol endpoint, plus time-out, retry and authentication settings.
///
/// `RemoteEndpoint(base:)` follows Oxigraph's layout (`/query`, `/update`, `/store`); a base URL whose path already
/// names an endpoint (`…/sparql`, as Virtuoso, GraphDB's `/repositories/ID` and Neptune's `/sparql` do) is used as
/// the query and update endpoint, with the graph store at the conventional sibling path (see docs/remote.md).
public struct RemoteEndpoint: Sendable, CustomStringConvertible {
    public var query: URL
    public var update: URL
    public var graphStore: URL
    /// Seconds before one request is abandoned.
    public var timeout: TimeInterval
    /// Extra attempts after the first for idempotent requests (GET, PUT, DELETE and read-only queries).
    public var retries: Int
    /// Delay before the first retry; doubled at each further retry.
    public var backoff: TimeInterval
    /// Sent as the `Authorization` header when set (e.g. `Basic …`, `Bearer …`).
    public var authorization: String?

    public init(query: URL, update: URL, graphStore: URL, timeout: TimeInterval = 30, retries: Int = 3,
                backoff: TimeInterval = 0.25, authorization: String? = nil) {
        self.query = query
        self.update = update
        self.graphStore = graphStore
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.authorization = authorization
    }

    /// Endpoints derived from one server URL (see the type's documentation).
    ///
    /// - Throws: `RemoteError.invalidEndpoint` for anything but an absolute http(s) URL.
    public init(base text: String) throws {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else { throw RemoteError.invalidEndpoint(text) }
        let path = url.path
        if path.hasSuffix("/sparql") {
            // Virtuoso, Neptune: one /sparql endpoint for query and update; the graph store is a sibling.
            let parent = url.deletingLastPathComponent()
            let graphStore = path.hasPrefix("/sparql") && parent.path == "/" ? "sparql-graph-crud" : "data"
            self.init(query: url, update: url, graphStore: parent.appendingPathComponent(graphStore))
        } else if path.contains("/repositories/") {
            // GraphDB / RDF4J: the repository URL answers queries; updates under /statements; graph store /rdf-graphs/service.
            self.init(query: url, update: url.appendingPathComponent("statements"),
                      graphStore: url.appendingPathComponent("rdf-graphs/service"))
        } else {
            self.init(query: url.appendingPathComponent("query"), update: url.appendingPathComponent("update"),
                      graphStore: url.appendingPathComponent("store"))
        }
    }

    public var description: String { "query \(query.absoluteString), update \(update.absoluteString), graph store \(graphStore.absoluteString)" }
}
