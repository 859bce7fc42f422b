import KheshtGraph
import KheshtStore

/// A store kept in a SPARQL server. `QueryEngine` hands it whole `find` queries, translated by the same
/// `SPARQLWriter` as `explain sparql`, instead of evaluating them pattern by pattern through `match` (one HTTP round
/// trip per join step). Names in the query are still resolved through the store's `entities(withLabel:)`.
public protocol SPARQLSelecting: GraphStore {
    /// Runs a SELECT query and returns, per solution, the values of `columns` in that order (nil when unbound).
    func select(_ query: String, columns: [String]) throws -> [[Term?]]

    /// The display labels (`rdfs:label`, `skos:prefLabel`, `schema:name`) of many terms in one request, each list in
    /// that predicate order.
    func displayLabels(of terms: [Term]) throws -> [Term: [Literal]]
}

extension SPARQLSyntax {
    /// `TextNormalizer.matchKey` written as SPARQL over the expression `x` (the same folding `contains` and quoted
    /// text use in translated queries).
    public static func matchKey(of x: String) -> String { SPARQLWriter.fold(x) }
}
