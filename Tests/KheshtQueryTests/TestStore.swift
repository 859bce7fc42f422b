import KheshtGraph
import KheshtStore
import KheshtText

/// A small array-backed `GraphStore` for the query tests (the real MemoryStore lives on another branch). Exact
/// counts, label lookup by `TextNormalizer.labelKey`, provenance kept per quad.
final class TestStore: GraphStore {
    private(set) var quads: [Quad] = []
    private var records: [Quad: [Provenance]] = [:]
    /// How many times `match` was called: lets tests check that `limit` stops reading early.
    private(set) var matchCalls = 0

    static let labelPredicates: Set<IRI> = [RDFS.label, SKOS.prefLabel, SKOS.altLabel, Schema.name]

    init(quads: [Quad] = [], provenance: [Provenance] = []) {
        try! add(quads)
        for p in provenance { records[p.quad, default: []].append(p) }
    }

    func replaceGraph(_ graph: Term, with newQuads: [Quad], provenance: [Provenance]) throws {
        quads.removeAll { $0.graph == graph }
        records = records.filter { $0.key.graph != graph }
        try add(newQuads)
        for p in provenance { records[p.quad, default: []].append(p) }
    }

    func add(_ newQuads: [Quad]) throws {
        var present = Set(quads)
        for q in newQuads where present.insert(q).inserted { quads.append(q) }
    }

    func remove(_ old: [Quad]) throws {
        let gone = Set(old)
        quads.removeAll { gone.contains($0) }
        for q in old { records[q] = nil }
    }

    func match(_ pattern: QuadPattern) throws -> AnySequence<Quad> {
        matchCalls += 1
        return AnySequence(quads.lazy.filter { pattern.matches($0) })
    }

    func estimatedCount(_ pattern: QuadPattern) throws -> Int { quads.filter { pattern.matches($0) }.count }

    func count() throws -> Int { quads.count }

    func graphNames() throws -> [Term] {
        var seen = Set<Term>()
        return quads.compactMap(\.graph).filter { seen.insert($0).inserted }
    }

    func entities(withLabel label: String) throws -> [Term] {
        let key = TextNormalizer.labelKey(label)
        var seen = Set<Term>()
        return quads.filter { q in
            TestStore.labelPredicates.contains(q.predicate) && q.object.literal.map { TextNormalizer.labelKey($0.lexicalForm) == key } == true
        }.map(\.subject).filter { seen.insert($0).inserted }
    }

    func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)] {
        let key = TextNormalizer.labelKey(prefix)
        var out: [(label: String, subject: Term)] = []
        for q in quads where TestStore.labelPredicates.contains(q.predicate) {
            guard let l = q.object.literal, TextNormalizer.labelKey(l.lexicalForm).hasPrefix(key) else { continue }
            out.append((l.lexicalForm, q.subject))
            if out.count == limit { break }
        }
        return out
    }

    func provenance(of quad: Quad) throws -> [Provenance] { records[quad] ?? [] }
}
