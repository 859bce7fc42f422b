import KheshtGraph
@testable import KheshtStore
import Testing

/// `QueuedGraphs`: a look-up over the committed store plus the queued graphs must see exactly what it would see had
/// the queue been written.
@Suite("Queued graphs overlay")
struct QueuedGraphsTests {
    typealias S = Sample

    /// A small deterministic generator, so a failing case can be replayed.
    struct Rng {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let people = (0..<6).map { S.iri("person/\($0)") }
    static let keys: [Term] = (0..<4).map { .text("کلید \($0)", language: "fa") }
    static let graphs = (0..<5).map { S.iri("article/\($0)") }

    /// A random article graph over a small vocabulary, so graphs share subjects and objects (and repeat quads).
    static func graph(_ graph: Term, _ rng: inout Rng) -> [Quad] {
        (0..<rng.next(8)).map { _ in
            let subject = people[rng.next(people.count)]
            switch rng.next(3) {
            case 0: return Quad(subject, KH.nameKey, keys[rng.next(keys.count)], graph: graph)
            case 1: return Quad(subject, RDF.type, .iri(Schema.person), graph: graph)
            default: return Quad(subject, S.knows, people[rng.next(people.count)], graph: graph)
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func overlayMatchesTheWrittenQueue(seed: UInt64) throws {
        var rng = Rng(state: seed)
        for store in [MemoryStore() as GraphStore, try SQLiteStore(path: TemporaryDatabase.path())] {
            let written = MemoryStore()
            for _ in 0..<6 {
                let graph = Self.graphs[rng.next(Self.graphs.count)]
                let quads = Self.graph(graph, &rng)
                try store.replaceGraph(graph, with: quads, provenance: [])
                try written.replaceGraph(graph, with: quads, provenance: [])
            }
            var queue = QueuedGraphs()
            #expect(queue.isEmpty)
            for _ in 0..<5 {
                let graph = Self.graphs[rng.next(Self.graphs.count)]
                let quads = Self.graph(graph, &rng)
                queue.replace(graph, with: quads)
                try written.replaceGraph(graph, with: quads, provenance: [])
                #expect(queue.isQueued(graph))
            }
            var patterns: [QuadPattern] = []
            for person in Self.people {
                patterns.append(QuadPattern(subject: person))
                patterns.append(QuadPattern(subject: person, predicate: RDF.type))
                patterns.append(QuadPattern(object: person))
                patterns.append(QuadPattern(subject: person, graph: .named(Self.graphs[0])))
            }
            for key in Self.keys { patterns.append(QuadPattern(predicate: KH.nameKey, object: key)) }
            for pattern in patterns {
                #expect(queue.answers(pattern))
                let overlaid = queue.match(pattern, in: try store.match(pattern))
                let expected = Array(try written.match(pattern))
                #expect(overlaid.count == Set(overlaid).count, "no quad twice for \(pattern)")
                #expect(Set(overlaid) == Set(expected), "\(pattern)")
            }
            #expect(!queue.answers(QuadPattern(graph: .named(Self.graphs[0]))))
            #expect(!queue.answers(QuadPattern(predicate: KH.nameKey)))
            queue.removeAll()
            #expect(queue.isEmpty)
        }
    }
}
