import Foundation
import KheshtGraph
import KheshtQuery

/// The two standard protocols a SPARQL server speaks, as Khesht uses them:
/// - SPARQL 1.1 Protocol: SELECT queries (POSTed as a form, answered as `application/sparql-results+json`) and
///   updates;
/// - SPARQL 1.1 Graph Store HTTP Protocol: PUT a named graph (replace: running it twice leaves one copy) and
///   DELETE it.
///
/// Every request has a time-out; the idempotent ones (SELECT, PUT, DELETE) are retried with back-off.
public final class SPARQLClient: @unchecked Sendable {
    public let endpoint: RemoteEndpoint
    let transport: HTTPTransport

    public init(endpoint: RemoteEndpoint) {
        self.endpoint = endpoint
        transport = HTTPTransport(endpoint: endpoint)
    }

    /// Runs a SELECT query.
    ///
    /// - Throws: `RemoteError`.
    public func select(_ query: String) throws -> SPARQLResults {
        let response = try transport.send("POST", endpoint.query, body: HTTPForm.encode([("query", query)]),
                                          contentType: "application/x-www-form-urlencoded; charset=utf-8",
                                          accept: "application/sparql-results+json", idempotent: true)
        return try SPARQLResults.decode(response.body, from: endpoint.query.absoluteString)
    }

    /// Runs a SPARQL Update. Sent once unless `idempotent` (the caller knows repeating it is harmless).
    public func update(_ text: String, idempotent: Bool = false) throws {
        _ = try transport.send("POST", endpoint.update, body: HTTPForm.encode([("update", text)]),
                               contentType: "application/x-www-form-urlencoded; charset=utf-8", idempotent: idempotent)
    }

    /// Replaces the named graph `graph` with `triples` (Graph Store Protocol PUT, N-Triples). Idempotent.
    public func putGraph(_ graph: IRI, triples: some Sequence<Triple>) throws {
        var body = ""
        let serializer = NQuadsSerializer(includeGraphs: false)
        for triple in triples { try serializer.write(triple, to: &body) }
        _ = try transport.send("PUT", try graphURL(graph), body: Data(body.utf8),
                               contentType: "application/n-triples; charset=utf-8", idempotent: true)
    }

    /// Removes the named graph `graph`; a graph the server does not have is not an error.
    public func deleteGraph(_ graph: IRI) throws {
        do {
            _ = try transport.send("DELETE", try graphURL(graph), idempotent: true)
        } catch RemoteError.status(_, _, 404, _) {
            return
        }
    }

    /// The named graphs holding at least one triple.
    public func graphNames() throws -> [IRI] {
        try select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows.compactMap { $0["g"]?.iri }.sorted()
    }

    /// `…/store?graph=IRI`, the IRI percent-encoded (Graph Store Protocol §4.2, indirect graph identification).
    func graphURL(_ graph: IRI) throws -> URL {
        _ = try SPARQLSyntax.iri(graph)
        let separator = endpoint.graphStore.query == nil ? "?" : "&"
        guard let url = URL(string: endpoint.graphStore.absoluteString + separator + "graph=" + HTTPForm.percentEncode(graph.value)) else {
            throw RemoteError.invalidEndpoint(endpoint.graphStore.absoluteString)
        }
        return url
    }
}

/// `application/x-www-form-urlencoded` bodies and query parameters.
enum HTTPForm {
    /// Unreserved characters stay; everything else (including `&`, `=`, `+`, `#`) is percent-encoded as UTF-8.
    static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    static func encode(_ fields: [(String, String)]) -> Data {
        Data(fields.map { percentEncode($0.0) + "=" + percentEncode($0.1) }.joined(separator: "&").utf8)
    }
}
