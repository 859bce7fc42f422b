import ArgumentParser
import Foundation
import KheshtIngest
import KheshtRemote
import KheshtStore

/// `--store URL` and its settings: keep the knowledge base in a SPARQL 1.1 server instead of the SQLite file.
struct RemoteOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "A SPARQL 1.1 server holding the knowledge base instead of --db.",
        discussion: "e.g. http://127.0.0.1:7878 (Oxigraph: /query, /update, /store); see docs/remote.md.",
        valueName: "url"))
    var url: String?

    @Option(name: .customLong("query-endpoint"), help: ArgumentHelp("Override the SPARQL query endpoint.", valueName: "url"))
    var queryEndpoint: String?

    @Option(name: .customLong("update-endpoint"), help: ArgumentHelp("Override the SPARQL update endpoint.", valueName: "url"))
    var updateEndpoint: String?

    @Option(name: .customLong("graph-store-endpoint"), help: ArgumentHelp("Override the Graph Store Protocol endpoint.", valueName: "url"))
    var graphStoreEndpoint: String?

    @Option(help: ArgumentHelp("Seconds before a request to the server is abandoned.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Extra attempts for idempotent requests (with doubling back-off).", valueName: "n"))
    var retries: Int = 3

    /// The endpoints in force, or nil without `--store`. `$KHESHT_SPARQL_AUTHORIZATION` becomes the
    /// `Authorization` header (so secrets stay out of the command line).
    func endpoint() throws -> RemoteEndpoint? {
        guard let url else { return nil }
        return try RemoteOptions.endpoint(url, query: queryEndpoint, update: updateEndpoint, graphStore: graphStoreEndpoint,
                                          timeout: timeout, retries: retries)
    }

    static func endpoint(_ url: String, query: String? = nil, update: String? = nil, graphStore: String? = nil,
                         timeout: Double, retries: Int) throws -> RemoteEndpoint {
        var endpoint = try RemoteEndpoint(base: url)
        func parse(_ text: String?) throws -> URL? {
            guard let text else { return nil }
            guard let u = URL(string: text), ["http", "https"].contains(u.scheme?.lowercased() ?? "") else {
                throw RemoteError.invalidEndpoint(text)
            }
            return u
        }
        if let q = try parse(query) { endpoint.query = q }
        if let u = try parse(update) { endpoint.update = u }
        if let g = try parse(graphStore) { endpoint.graphStore = g }
        endpoint.timeout = timeout
        endpoint.retries = max(0, retries)
        if let auth = ProcessInfo.processInfo.environment["KHESHT_SPARQL_AUTHORIZATION"], !auth.isEmpty {
            endpoint.authorization = auth
        }
        return endpoint
    }

    /// The remote store when `--store` is given, else the SQLite file of `local` opened with `options`.
    func openStore(orElse local: StoreOptions, options: SQLiteStore.Options = SQLiteStore.Options()) throws -> any GraphStore {
        if let endpoint = try endpoint() {
            let store = SPARQLGraphStore(endpoint: endpoint)
            store.preferredLabelGraphs = [Extractor.gazetteerGraph]
            return store
        }
        return try local.openStore(options: options)
    }
}
