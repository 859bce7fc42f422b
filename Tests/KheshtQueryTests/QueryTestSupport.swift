import KheshtGraph
import KheshtQuery

/// Helpers shared by the query tests: run a query and show rows compactly (IRIs without the `khr:` namespace,
/// literals as their text), so expected answers read like the dataset.
enum QueryTestSupport {
    static func show(_ term: Term?) -> String {
        guard let term else { return "-" }
        switch term {
        case .iri(let iri):
            let base = Namespace.khr.iri
            return iri.value.hasPrefix(base) ? String(iri.value.dropFirst(base.count)) : iri.value
        case .literal(let l): return l.lexicalForm
        case .blank(let b): return "_:" + b.label
        }
    }

    static func table(_ engine: QueryEngine, _ query: String) throws -> ResultTable {
        guard case .table(let table) = try engine.run(query) else {
            throw TestFailure("expected a table from: \(query)")
        }
        return table
    }

    static func rows(_ engine: QueryEngine, _ query: String) throws -> [[String]] {
        try table(engine, query).rows.map { $0.map(show) }
    }

    /// Rows as a set, for queries without `order by`.
    static func rowSet(_ engine: QueryEngine, _ query: String) throws -> Set<[String]> {
        Set(try rows(engine, query))
    }

    /// Runs `query` and returns its error (fails the caller when the query succeeds).
    static func error(_ engine: QueryEngine, _ query: String) throws -> QueryError {
        do {
            _ = try engine.run(query)
        } catch let error as QueryError {
            return error
        }
        throw TestFailure("expected a QueryError from: \(query)")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
