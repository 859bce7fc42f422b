import KheshtGraph
import KheshtStore

/// A `GraphStore` that forwards to another and counts `match` calls, so a test can see how much of the store a
/// query read (a `limit` must stop the lazy pipeline early).
final class CountingStore: GraphStore {
    let base: any GraphStore
    private(set) var matchCalls = 0

    init(_ base: any GraphStore) { self.base = base }

    func replaceGraph(_ graph: Term, with quads: [Quad], provenance: [Provenance]) throws {
        try base.replaceGraph(graph, with: quads, provenance: provenance)
    }
    func add(_ quads: [Quad]) throws { try base.add(quads) }
    func remove(_ quads: [Quad]) throws { try base.remove(quads) }
    func match(_ pattern: QuadPattern) throws -> AnySequence<Quad> {
        matchCalls += 1
        return try base.match(pattern)
    }
    func estimatedCount(_ pattern: QuadPattern) throws -> Int { try base.estimatedCount(pattern) }
    func count() throws -> Int { try base.count() }
    func graphNames() throws -> [Term] { try base.graphNames() }
    func entities(withLabel label: String) throws -> [Term] { try base.entities(withLabel: label) }
    func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)] {
        try base.labels(withPrefix: prefix, limit: limit)
    }
    func provenance(of quad: Quad) throws -> [Provenance] { try base.provenance(of: quad) }
}
