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

    /// An estimate of how many quads match `pattern`, for a planner's join order. Exact for the in-memory store;
    /// `SQLiteStore` counts exactly up to `Options.estimateCap` and answers that cap for larger ranges, so an estimate
    /// never costs more than a short index walk.
    func estimatedCount(_ pattern: QuadPattern) throws -> Int

    /// How many quads match `pattern`, exactly when fewer than `limit` do, else `limit`: the store stops counting
    /// there. Lets a join decide between probing per row and one scan (is the pattern smaller than 10 × my input?)
    /// at a cost bounded by the question, not by the pattern's size.
    func estimatedCount(_ pattern: QuadPattern, upTo limit: Int) throws -> Int

    /// The distinct triples of the quads matching the three positions, in any graph: a fact stated in several
    /// graphs comes once. What a query over the union of the graphs reads; a store can skip decoding graph names.
    func triples(subject: Term?, predicate: IRI?, object: Term?) throws -> AnySequence<Triple>

    /// `triples(subject:predicate:object:)` keeping only the triples whose object passes `objectFilter`. A store
    /// can test each distinct object once and skip decoding the rest of a triple that fails (`SQLiteStore` does):
    /// what a query's filter on a freshly read value (`?e startDate ?d . filter (?d in jalali 1398/08)`) needs.
    /// `objectFilter` must be a pure function of the term.
    func triples(subject: Term?, predicate: IRI?, object: Term?, objectFilter: @escaping (Term) -> Bool) throws -> AnySequence<Triple>

    /// The literal values of `predicates` for each of `terms`, in any graph: for each term, the literals of the
    /// first predicate, then of the second…, each literal once, in the order `triples(subject:predicate:object:)`
    /// gives them. Every term of `terms` is a key of the answer (an empty list when it has none). One call for a
    /// whole result's labels: `SQLiteStore` answers it with a few `IN (…)` queries instead of one per term and
    /// predicate.
    func labels(of terms: [Term], predicates: [IRI]) throws -> [Term: [Literal]]

    /// Whether the id-level reads below work (`TermID`). A query engine then joins on ids and decodes only what
    /// it outputs; when false (the default) it reads `Term`s through `triples(subject:predicate:object:)`.
    var providesTermIDs: Bool { get }

    /// The id of `term` in this store; nil when the store does not know it (then no pattern with it matches).
    func termID(of term: Term) throws -> TermID?

    /// The term an id names (`termID(of:)` and the id-level reads hand them out).
    func term(forID id: TermID) throws -> Term

    /// `triples(subject:predicate:object:)` on ids: the distinct triples across graphs, as ids, in the same order.
    func tripleIDs(subject: TermID?, predicate: TermID?, object: TermID?) throws -> AnySequence<TripleIDs>

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

    /// Provenance records of `triple` in every graph that holds it: graph by graph as `match` lists the quads, each
    /// quad's records as `provenance(of:)` gives them. (The default does exactly that; `SQLiteStore` reads them in
    /// one statement — `describe` and `with sources` ask this for every fact they show.)
    func provenance(ofTriple triple: Triple) throws -> [Provenance]

    /// `provenance(ofTriple:)` for a triple whose ids (`tripleIDs`) the caller already holds: a store with ids
    /// reads the records without resolving the three terms again (the default ignores `ids`).
    func provenance(ofTriple triple: Triple, ids: TripleIDs) throws -> [Provenance]

    /// How many quads each graph holds (`nil` is the default graph), for statistics. Graphs with no quad are absent.
    func graphSizes() throws -> [(graph: Term?, count: Int)]

    /// Runs `body` so that the reads of this store it makes (on this thread, including lazy `match` sequences
    /// consumed inside it) see one consistent state, as cheaply as the store can: `SQLiteStore` holds one read
    /// transaction and remembers term look-ups for the duration, instead of one transaction per call. A query
    /// engine wraps each query in it. Nested calls join the outer snapshot; `body` must not write to the store.
    /// The default runs `body` as it is (right for stores whose every call is already consistent and cheap).
    func withSnapshot<T>(_ body: () throws -> T) throws -> T

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

    public func withSnapshot<T>(_ body: () throws -> T) throws -> T { try body() }

    public func provenance(ofTriple triple: Triple) throws -> [Provenance] {
        var records: [Provenance] = []
        for quad in try match(QuadPattern(subject: triple.subject, predicate: triple.predicate, object: triple.object)) {
            records += try provenance(of: quad)
        }
        return records
    }

    public func provenance(ofTriple triple: Triple, ids: TripleIDs) throws -> [Provenance] {
        try provenance(ofTriple: triple)
    }

    public func estimatedCount(_ pattern: QuadPattern, upTo limit: Int) throws -> Int {
        min(try estimatedCount(pattern), max(0, limit))
    }

    /// Distinct triples through `match`, remembering the triples seen so far.
    public func triples(subject: Term?, predicate: IRI?, object: Term?) throws -> AnySequence<Triple> {
        let quads = try match(QuadPattern(subject: subject, predicate: predicate, object: object))
        return AnySequence { () -> AnyIterator<Triple> in
            var seen = Set<Triple>()
            let iterator = quads.makeIterator()
            return AnyIterator {
                while let quad = iterator.next() {
                    if seen.insert(quad.triple).inserted { return quad.triple }
                }
                return nil
            }
        }
    }

    /// `triples` then the test, triple by triple.
    public func triples(subject: Term?, predicate: IRI?, object: Term?,
                        objectFilter: @escaping (Term) -> Bool) throws -> AnySequence<Triple> {
        AnySequence(try triples(subject: subject, predicate: predicate, object: object).lazy.filter { objectFilter($0.object) })
    }

    /// One `triples` look-up per term and predicate.
    public func labels(of terms: [Term], predicates: [IRI]) throws -> [Term: [Literal]] {
        var out: [Term: [Literal]] = [:]
        for term in terms where out[term] == nil {
            var found: [Literal] = []
            for predicate in predicates {
                for fact in try triples(subject: term, predicate: predicate, object: nil) {
                    if let literal = fact.object.literal, !found.contains(literal) { found.append(literal) }
                }
            }
            out[term] = found
        }
        return out
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
