import Foundation
import KheshtGraph
@testable import KheshtStore
import Testing

/// The slot-encoded load stream (`TermSlotEncoder` → `GraphLoader.apply`) must store exactly the quads it was
/// given, also when the encoder runs out of slots again and again and reuses them mid-stream.
@Suite("TermSlotEncoder")
struct TermSlotEncoderTests {
    /// Quads over recurring subjects, predicates and short literals, long unique literals and blank nodes, in
    /// two named graphs, with label quads.
    static func sampleQuads(count: Int) -> [Quad] {
        let graphs: [Term] = [.iri(IRI(unchecked: "https://example.org/g/1")), .iri(IRI(unchecked: "https://example.org/g/2"))]
        let predicates = [RDFS.label, IRI(unchecked: "https://example.org/p/link"), IRI(unchecked: "https://example.org/p/n")]
        return (0..<count).map { index in
            let subject: Term = index % 5 == 0 ? .blank(BlankNode("b\(index % 7)"))
                : .iri(IRI(unchecked: "https://example.org/e/\(index % 13)"))
            let predicate = predicates[index % predicates.count]
            let object: Term
            switch index % 3 {
            case 0: object = .literal(Literal("نام شماره \(index) با متنی بلند که تکرار نمی‌شود", knownLanguage: "fa"))
            case 1: object = .iri(IRI(unchecked: "https://example.org/e/\(index % 11)"))
            default: object = .literal(Literal("\(index % 4)"))
            }
            return Quad(subject, predicate, object, graph: graphs[index % 2])
        }
    }

    @Test(arguments: [8, 9, 13, 1 << 19])
    func storesExactlyTheQuadsWhateverTheCapacity(capacity: Int) throws {
        let quads = Self.sampleQuads(count: 500)
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        let inserted = try store.bulkLoad { loader in
            var encoder = TermSlotEncoder(capacity: Int32(capacity))
            var items: [SlotItem] = []
            for quad in quads { encoder.encode(quad, labelKey: GraphLoader.labelKey(of: quad), into: &items) }
            for item in items { try loader.apply(item, replacingGraphs: true) }
            try loader.flush()
            return loader.insertedCount
        }
        #expect(inserted == Set(quads).count)
        #expect(Set(try store.match(QuadPattern())) == Set(quads))
        let labelled = try #require(quads.first { $0.predicate == RDFS.label })
        #expect(try store.entities(withLabel: labelled.object.literal!.lexicalForm).contains(labelled.subject))
    }

    @Test func replacingGraphsEmptiesEachNamedGraphOnceBeforeItsFirstQuad() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        let graph: Term = .iri(IRI(unchecked: "https://example.org/g/1"))
        let old = Quad(.iri(IRI(unchecked: "https://example.org/old")), RDFS.label, .string("old"), graph: graph)
        try store.add([old])
        let fresh = Self.sampleQuads(count: 40).filter { $0.graph == graph }
        try store.bulkLoad { loader in
            var encoder = TermSlotEncoder(capacity: 8)
            var items: [SlotItem] = []
            for quad in fresh { encoder.encode(quad, labelKey: GraphLoader.labelKey(of: quad), into: &items) }
            for item in items { try loader.apply(item, replacingGraphs: true) }
            try loader.flush()
        }
        #expect(Set(try store.match(QuadPattern(graph: .named(graph)))) == Set(fresh))
    }
}
