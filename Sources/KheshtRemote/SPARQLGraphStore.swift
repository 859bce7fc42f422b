import Foundation
import KheshtGraph
import KheshtQuery
import KheshtStore
import KheshtText

/// A `GraphStore` kept in a SPARQL 1.1 server, so the whole query engine (binder, `describe`, renderers) runs
/// unchanged against it, while `find` queries go to the server whole (`SPARQLSelecting`).
///
/// Layout on the server: each article is one named graph (written with the Graph Store Protocol, PUT replaces);
/// the **default graph holds the RDF merge of the named graphs** — a set of triples, so a fact stated by two
/// articles matches once, exactly as in the embedded store. Translated queries read the default graph, so they run
/// on any server without a "union default graph" setting (which, on Oxigraph, unions graphs as a bag and repeats
/// such facts). Writes mark the merge stale; `refreshMerge()` (called by `close()`) rebuilds it with one update.
/// Quads the embedded store keeps in its default graph travel in the named graph `defaultGraphName`.
///
/// Not kept remotely: provenance records (`provenance(of:)` is empty, so `with sources` lists no sources).
public final class SPARQLGraphStore: GraphStore, SPARQLSelecting, @unchecked Sendable {
    public let client: SPARQLClient
    /// Where the embedded store's default-graph quads are kept on the server.
    public static let defaultGraphName = IRI(unchecked: "https://w3id.org/khesht/graph/default")
    /// True after a write until the merged default graph is rebuilt.
    public private(set) var mergeIsStale = false

    public init(endpoint: RemoteEndpoint) {
        client = SPARQLClient(endpoint: endpoint)
    }

    private static let labelPath = LabelPredicates.all.map { "<\($0.value)>" }.joined(separator: "|")

    // MARK: Writing

    public func replaceGraph(_ graph: Term, with quads: [Quad], provenance: [Provenance]) throws {
        let name = try graphIRI(graph)
        mergeIsStale = true
        labelIndex = nil
        if quads.isEmpty { try client.deleteGraph(name) } else { try client.putGraph(name, triples: quads.map(\.triple)) }
    }

    public func add(_ quads: [Quad]) throws {
        try data("INSERT", quads)
    }

    public func remove(_ quads: [Quad]) throws {
        try data("DELETE", quads)
    }

    /// `INSERT DATA` / `DELETE DATA`, grouped by graph. Repeating either changes nothing, so it may be retried.
    private func data(_ verb: String, _ quads: [Quad]) throws {
        guard !quads.isEmpty else { return }
        var byGraph: [IRI: [Quad]] = [:]
        for quad in quads { byGraph[try graphIRI(quad.graph), default: []].append(quad) }
        var text = "\(verb) DATA {\n"
        for (graph, members) in byGraph.sorted(by: { $0.key < $1.key }) {
            text += "  GRAPH \(try SPARQLSyntax.iri(graph)) {\n"
            for quad in members {
                text += "    \(try SPARQLSyntax.term(quad.subject)) \(try SPARQLSyntax.iri(quad.predicate)) \(try SPARQLSyntax.term(quad.object)) .\n"
            }
            text += "  }\n"
        }
        mergeIsStale = true
        labelIndex = nil
        try client.update(text + "}", idempotent: true)
    }

    /// Rebuilds the default graph as the merge of every named graph, in one update (atomic on servers that run an
    /// update as one transaction, as Oxigraph does).
    public func refreshMerge() throws {
        try client.update("DROP SILENT DEFAULT ;\nINSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", idempotent: true)
        mergeIsStale = false
    }

    /// Rebuilds the merge if anything was written.
    public func close() throws {
        if mergeIsStale { try refreshMerge() }
    }

    private func graphIRI(_ graph: Term?) throws -> IRI {
        guard let graph else { return SPARQLGraphStore.defaultGraphName }
        guard let iri = graph.iri else {
            throw GraphError.invalidIRI(graph.ntriples, reason: "a remote store names graphs with IRIs only")
        }
        return iri
    }

    // MARK: Reading

    public func select(_ query: String, columns: [String]) throws -> [[Term?]] {
        try client.select(query).rows.map { row in columns.map { row[$0] } }
    }

    /// Graphs whose labels are shown first (the curated gazetteer), before labels extracted from articles.
    public var preferredLabelGraphs: [IRI] = []

    /// Labels in predicate order; within a predicate those of `preferredLabelGraphs` first, then by text, so the
    /// choice does not depend on the order a server happens to return rows in.
    public func displayLabels(of terms: [Term]) throws -> [Term: [Literal]] {
        var out: [Term: [Literal]] = [:]
        let predicates = QueryEngine.labelPredicates
        for chunk in stride(from: 0, to: terms.count, by: 200).map({ Array(terms[$0..<min(terms.count, $0 + 200)]) }) {
            let values = try chunk.map(SPARQLSyntax.term).joined(separator: " ")
            let query = """
                SELECT ?s ?p ?l ?g WHERE { VALUES ?s { \(values) } VALUES ?p { \(try predicates.map(SPARQLSyntax.iri).joined(separator: " ")) }
                  GRAPH ?g { ?s ?p ?l } FILTER(isLiteral(?l)) }
                """
            var found: [Term: [(rank: Int, preferred: Int, literal: Literal)]] = [:]
            for row in try client.select(query).rows {
                guard let s = row["s"], let p = row["p"]?.iri, let l = row["l"]?.literal,
                      let rank = predicates.firstIndex(of: p) else { continue }
                let preferred = row["g"]?.iri.flatMap { preferredLabelGraphs.firstIndex(of: $0) } ?? preferredLabelGraphs.count
                found[s, default: []].append((rank, preferred, l))
            }
            for term in chunk {
                var labels: [Literal] = []
                for entry in (found[term] ?? []).sorted(by: { ($0.rank, $0.preferred, $0.literal) < ($1.rank, $1.preferred, $1.literal) })
                where !labels.contains(entry.literal) {
                    labels.append(entry.literal)
                }
                out[term] = labels
            }
        }
        return out
    }

    /// `GRAPH ?g { s p o }` (or the one graph asked for) with the bound positions written as constants.
    private func patternText(_ pattern: QuadPattern) throws -> String? {
        if pattern.subject?.blankNode != nil || pattern.object?.blankNode != nil { return nil }
        if case .named(let g) = pattern.graph, g.iri == nil { return nil }
        let s = try pattern.subject.map(SPARQLSyntax.term) ?? "?s"
        let p = try pattern.predicate.map(SPARQLSyntax.iri) ?? "?p"
        let o = try pattern.object.map(SPARQLSyntax.term) ?? "?o"
        let graph: String
        switch pattern.graph {
        case .any: graph = "?g"
        case .defaultGraph: graph = try SPARQLSyntax.iri(SPARQLGraphStore.defaultGraphName)
        case .named(let g): graph = try SPARQLSyntax.term(g)
        }
        return "GRAPH \(graph) { \(s) \(p) \(o) }"
    }

    public func match(_ pattern: QuadPattern) throws -> AnySequence<Quad> {
        guard let where_ = try patternText(pattern) else { return AnySequence([]) }
        let rows = try client.select("SELECT * WHERE { \(where_) }").rows
        var quads: [Quad] = []
        quads.reserveCapacity(rows.count)
        for row in rows {
            guard let s = pattern.subject ?? row["s"], let p = pattern.predicate ?? row["p"]?.iri, let o = pattern.object ?? row["o"] else { continue }
            var graph: Term?
            switch pattern.graph {
            case .any: graph = row["g"]
            case .defaultGraph: graph = nil
            case .named(let g): graph = g
            }
            if graph?.iri == SPARQLGraphStore.defaultGraphName { graph = nil }
            quads.append(Quad(s, p, o, graph: graph))
        }
        return AnySequence(quads)
    }

    public func estimatedCount(_ pattern: QuadPattern) throws -> Int {
        guard let where_ = try patternText(pattern) else { return 0 }
        return try countQuery("SELECT (COUNT(*) AS ?n) WHERE { \(where_) }")
    }

    public func count() throws -> Int {
        try countQuery("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    }

    private func countQuery(_ query: String) throws -> Int {
        let results = try client.select(query)
        guard let value = results.rows.first?["n"]?.literal?.lexicalForm, let n = Int(value) else {
            throw RemoteError.malformedResponse(url: client.endpoint.query.absoluteString, reason: "COUNT gave no integer")
        }
        return n
    }

    public func graphNames() throws -> [Term] {
        try client.graphNames().filter { $0 != SPARQLGraphStore.defaultGraphName }.map(Term.iri)
    }

    public func graphSizes() throws -> [(graph: Term?, count: Int)] {
        let rows = try client.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
        return rows.compactMap { row -> (graph: Term?, count: Int)? in
            guard let g = row["g"], let n = row["n"]?.literal.flatMap({ Int($0.lexicalForm) }) else { return nil }
            return (graph: g.iri == SPARQLGraphStore.defaultGraphName ? nil : g, count: n)
        }.sorted { ($0.graph?.ntriples ?? "") < ($1.graph?.ntriples ?? "") }
    }

    private struct LabelEntry: Hashable {
        let key: String
        let label: String
        let subject: Term
    }

    /// Every label of the knowledge base with its `labelKey`, read in one query on first use and kept until the next
    /// write. Folding on the server (the `matchKey` chain of `REPLACE`s) was tried first: it made Oxigraph compile
    /// some twenty regular expressions per label and took seconds per name even on a small store.
    private var labelIndex: [LabelEntry]?

    private func labelEntries() throws -> [LabelEntry] {
        if let labelIndex { return labelIndex }
        let query = "SELECT DISTINCT ?s ?l WHERE { ?s \(SPARQLGraphStore.labelPath) ?l FILTER(isLiteral(?l)) }"
        var entries: [LabelEntry] = []
        for row in try client.select(query).rows {
            guard let s = row["s"], let l = row["l"]?.literal else { continue }
            entries.append(LabelEntry(key: TextNormalizer.labelKey(l.lexicalForm), label: l.lexicalForm, subject: s))
        }
        labelIndex = entries
        return entries
    }

    /// Subjects whose label has the same `TextNormalizer.labelKey`: the embedded stores' answer.
    public func entities(withLabel label: String) throws -> [Term] {
        let key = TextNormalizer.labelKey(label)
        guard !key.isEmpty else { return [] }
        return Array(Set(try labelEntries().filter { $0.key == key }.map(\.subject))).sorted()
    }

    public func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)] {
        let key = TextNormalizer.labelKey(prefix)
        let matching = Set(try labelEntries().filter { $0.key.hasPrefix(key) })
            .sorted { ($0.key, $0.label, $0.subject) < ($1.key, $1.label, $1.subject) }
        return matching.prefix(max(0, limit)).map { (label: $0.label, subject: $0.subject) }
    }

    public func provenance(of quad: Quad) throws -> [Provenance] { [] }
}
