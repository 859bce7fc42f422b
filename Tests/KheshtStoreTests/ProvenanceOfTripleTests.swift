import Foundation
import KheshtGraph
import KheshtStore
import Testing

/// `provenance(ofTriple:)` gives what asking `match` for the triple's quads and `provenance(of:)` for each gives, in
/// the same order: `SQLiteStore` answers it in one statement, the default walks the quads.
@Suite struct ProvenanceOfTripleTests {
    /// Reads another store's answers through the protocol's default `provenance(ofTriple:)`.
    struct DefaultPath {
        let store: any GraphStore
        func records(_ triple: Triple) throws -> [Provenance] {
            var records: [Provenance] = []
            for quad in try store.match(QuadPattern(subject: triple.subject, predicate: triple.predicate, object: triple.object)) {
                records += try store.provenance(of: quad)
            }
            return records
        }
    }

    @Test(arguments: StoreKind.allCases) func matchesQuadByQuadLookUps(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let event = Term.iri(Namespace.khr["event/e-1"])
        let shared = Triple(event, Schema.location, .iri(Namespace.khr["place/milad-tower"]))
        let unshared = Triple(event, Schema.name, .text("Event 1", language: "en"))
        let unrecorded = Triple(event, RDF.type, .iri(Schema.event))
        // Graphs written in an order unlike their names, each stating the shared fact, some with two records.
        for (index, name) in ["c", "a", "d", "b"].enumerated() {
            let article = Namespace.khr["article/\(name)"]
            let graph = Term.iri(article)
            var quads = [Quad(shared.subject, shared.predicate, shared.object, graph: graph),
                         Quad(unrecorded.subject, unrecorded.predicate, unrecorded.object, graph: graph)]
            if index == 1 { quads.append(Quad(unshared.subject, unshared.predicate, unshared.object, graph: graph)) }
            var records = [Provenance(quad: quads[0], article: article, sentenceIndex: 3 - index, charStart: index,
                                      charEnd: index + 10, ruleId: "rule-\(name)", confidence: 0.5)]
            if index % 2 == 0 {
                records.append(Provenance(quad: quads[0], article: article, sentenceIndex: index, charStart: 40,
                                          charEnd: 50, ruleId: "second-\(name)", confidence: 0.9))
            }
            if index == 1 {
                records.append(Provenance(quad: quads[2], article: article, sentenceIndex: 0, charStart: 0, charEnd: 5,
                                          ruleId: "name", confidence: 1))
            }
            try store.replaceGraph(graph, with: quads, provenance: records)
        }
        let reference = DefaultPath(store: store)
        let sharedRecords = try store.provenance(ofTriple: shared)
        #expect(sharedRecords.count == 6)
        #expect(sharedRecords == (try reference.records(shared)))
        #expect(try store.provenance(ofTriple: unshared) == (try reference.records(unshared)))
        #expect(try store.provenance(ofTriple: unshared).map(\.ruleId) == ["name"])
        #expect(try store.provenance(ofTriple: unrecorded).isEmpty)
        #expect(try store.provenance(ofTriple: Triple(event, Schema.location, .string("nowhere"))).isEmpty)
        try store.close()
    }
}
