import KheshtGraph

/// A quad store: the single interface the query engine, exporters and timelines read through.
///
/// Writes happen in whole named graphs: `replaceGraph` swaps an article's graph (and its provenance) in one
/// transaction, so a re-ingest never duplicates and a crash never leaves half an article.
public protocol GraphStore: AnyObject {
    /// Replaces the named graph `graph` with `quads` (each must carry `graph` as its graph) and their provenance,
    /// atomically. An empty `quads` removes the graph.
    func replaceGraph(_ graph: Term, with quads: [Quad], provenance: [Provenance]) throws

    /// Adds quads (duplicates are ignored) in one transaction.
    func add(_ quads: [Quad]) throws

    /// Removes quads (absent ones are ignored) in one transaction, with their provenance.
    func remove(_ quads: [Quad]) throws

    /// Streams the quads matching `pattern`. The sequence is lazy: a store reads in batches as it is iterated.
    func match(_ pattern: QuadPattern) throws -> AnySequence<Quad>

    /// An estimate of how many quads match `pattern`, for a planner's join order. Exact for the in-memory store.
    func estimatedCount(_ pattern: QuadPattern) throws -> Int

    /// Total number of quads.
    func count() throws -> Int

    /// The named graphs present.
    func graphNames() throws -> [Term]

    /// Subjects having `rdfs:label`, `skos:prefLabel`, `skos:altLabel` or `schema:name` whose `TextNormalizer.labelKey`
    /// equals that of `label` (letter variants, digits, ZWNJ, spacing, diacritics and case folded).
    func entities(withLabel label: String) throws -> [Term]

    /// Every (label, subject) pair for labels whose `labelKey` starts with that of `prefix`; for completion and suggestions.
    func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)]

    /// Provenance records of `quad` (empty when it came from a plain RDF load).
    func provenance(of quad: Quad) throws -> [Provenance]

    /// How many quads each graph holds (`nil` is the default graph), for statistics. Graphs with no quad are absent.
    func graphSizes() throws -> [(graph: Term?, count: Int)]

    /// Releases files and connections. Using the store afterwards is a programming error; closing twice is harmless.
    func close() throws
}

extension GraphStore {
    /// Counts through `match`: exact everywhere, fast enough for small stores. Persistent stores override it.
    public func graphSizes() throws -> [(graph: Term?, count: Int)] {
        var sizes: [Term?: Int] = [:]
        for quad in try match(QuadPattern()) { sizes[quad.graph, default: 0] += 1 }
        return sizes.map { (graph: $0.key, count: $0.value) }.sorted { ($0.graph?.ntriples ?? "") < ($1.graph?.ntriples ?? "") }
    }

    /// Nothing to release by default.
    public func close() throws {}
}

extension GraphStore {
    /// Convenience: quads matching the bound positions, in any graph.
    public func match(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil) throws -> AnySequence<Quad> {
        try match(QuadPattern(subject: subject, predicate: predicate, object: object))
    }
}
