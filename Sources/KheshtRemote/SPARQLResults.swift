import Foundation
import KheshtGraph

/// A SELECT answer: the variables in the server's order and one row per solution (a variable absent from a row
/// is unbound).
///
/// Related spec: SPARQL 1.1 Query Results JSON Format §3.
public struct SPARQLResults: Sendable {
    public let variables: [String]
    public let rows: [[String: Term]]

    /// Decodes `application/sparql-results+json`.
    ///
    /// - Throws: `RemoteError.malformedResponse` naming what is wrong.
    public static func decode(_ data: Data, from url: String) throws -> SPARQLResults {
        func bad(_ reason: String) -> RemoteError { .malformedResponse(url: url, reason: reason) }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw bad("not a JSON object: \(HTTPTransport.excerpt(data))")
        }
        let head = root["head"] as? [String: Any]
        let variables = head?["vars"] as? [String] ?? []
        guard let results = root["results"] as? [String: Any], let bindings = results["bindings"] as? [[String: Any]] else {
            throw bad("no results.bindings array")
        }
        var rows: [[String: Term]] = []
        rows.reserveCapacity(bindings.count)
        for binding in bindings {
            var row: [String: Term] = [:]
            for (name, value) in binding {
                guard let object = value as? [String: Any] else { throw bad("binding of ?\(name) is not an object") }
                row[name] = try term(object, variable: name, bad: bad)
            }
            rows.append(row)
        }
        return SPARQLResults(variables: variables, rows: rows)
    }

    private static func term(_ object: [String: Any], variable: String, bad: (String) -> RemoteError) throws -> Term {
        guard let type = object["type"] as? String, let value = object["value"] as? String else {
            throw bad("binding of ?\(variable) lacks type or value")
        }
        switch type {
        case "uri":
            do { return .iri(try IRI(value)) } catch { throw bad("?\(variable): \(error)") }
        case "bnode":
            return .blank(BlankNode(value))
        case "literal", "typed-literal":
            if let language = object["xml:lang"] as? String {
                do { return .literal(try Literal(value, language: language)) } catch { throw bad("?\(variable): \(error)") }
            }
            if let datatype = object["datatype"] as? String {
                do { return .literal(Literal(value, datatype: try IRI(datatype))) } catch { throw bad("?\(variable): \(error)") }
            }
            return .literal(Literal(value))
        default:
            throw bad("?\(variable) has unknown term type '\(type)'")
        }
    }
}
