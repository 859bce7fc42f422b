import Foundation
import KheshtGraph
import KheshtStore
import Testing

/// What a read session remembers between snapshots (term ids — including "not in the dictionary" —, decoded
/// terms, count estimates) is dropped as soon as anything was committed: by this store's own writer or by another
/// connection (another process), as told by `PRAGMA data_version`.
@Suite struct SnapshotCacheInvalidationTests {
    static let graph = Term.iri(Namespace.khr["article/cache"])
    static let newcomer = Term.iri(Namespace.khr["person/newcomer"])

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads inside one snapshot: [the newcomer's facts, the estimate of the speaker predicate].
    static func look(_ store: SQLiteStore) throws -> [Int] {
        try store.withSnapshot {
            [Array(try store.triples(subject: newcomer, predicate: nil, object: nil)).count,
             try store.estimatedCount(QuadPattern(predicate: KH.speaker))]
        }
    }

    static func speakers(_ range: Range<Int>) -> [Quad] {
        range.map { Quad(.iri(Namespace.khr["event/e-\($0)"]), KH.speaker, .iri(Namespace.khr["person/p-\($0)"]), graph: graph) }
    }

    @Test func writesThroughTheSameStoreAreSeenByTheNextSnapshot() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("kb.sqlite").path)
        defer { try? store.close() }
        try store.add(Self.speakers(0..<10))
        #expect(try Self.look(store) == [0, 10])
        #expect(try Self.look(store) == [0, 10])   // remembered, same answer
        try store.add(Self.speakers(10..<15) + [Quad(Self.newcomer, RDFS.label, .text("Newcomer", language: "en"), graph: Self.graph)])
        #expect(try Self.look(store) == [1, 15])
        try store.remove(Self.speakers(0..<3))
        #expect(try Self.look(store) == [1, 12])
    }

    @Test func writesByAnotherConnectionAreSeenByTheNextSnapshot() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kb.sqlite").path
        let reader = try SQLiteStore(path: path)
        defer { try? reader.close() }
        try reader.add(Self.speakers(0..<4))
        #expect(try Self.look(reader) == [0, 4])
        let writer = try SQLiteStore(path: path)
        try writer.add(Self.speakers(4..<9) + [Quad(Self.newcomer, KH.speaker, .iri(Namespace.khr["person/x"]), graph: Self.graph)])
        try writer.close()
        #expect(try Self.look(reader) == [1, 10])
    }
}

/// `SQLiteStore.labels(of:predicates:)` when a label is repeated by many graphs (past the plain walk's budget,
/// so the seeking walk answers): each literal once, in the order one `triples` look-up per predicate gives.
@Suite struct RepeatedLabelTests {
    @Test func labelsStatedByManyGraphsComeOnceAndInOrder() throws {
        let folder = try SnapshotCacheInvalidationTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("kb.sqlite").path)
        defer { try? store.close() }
        var quads: [Quad] = []
        var terms: [Term] = []
        for e in 0..<40 {
            let entity = Term.iri(Namespace.khr["org/o-\(e)"])
            terms.append(entity)
            // Entities 0..<20 are labelled by 60 article graphs each; the others by one.
            for g in 0..<(e < 20 ? 60 : 1) {
                let graph = Term.iri(Namespace.khr["article/g-\(g)"])
                quads.append(Quad(entity, RDFS.label, .text("سازمان \(e)", language: "fa"), graph: graph))
                quads.append(Quad(entity, RDFS.label, .text("Org \(e)", language: "en"), graph: graph))
                if e % 4 == 0 { quads.append(Quad(entity, Schema.name, .string("O\(e)"), graph: graph)) }
            }
        }
        try store.add(quads)
        let predicates = [RDFS.label, SKOS.prefLabel, Schema.name]
        let found = try store.withSnapshot { try store.labels(of: terms, predicates: predicates) }
        // The protocol's meaning: one `triples` look-up per term and predicate, each literal once.
        for term in terms {
            var expected: [Literal] = []
            for predicate in predicates {
                for fact in try store.triples(subject: term, predicate: predicate, object: nil) {
                    if let literal = fact.object.literal, !expected.contains(literal) { expected.append(literal) }
                }
            }
            #expect(found[term] == expected, "\(term)")
        }
        #expect(found[terms[0]]?.count == 3)
        #expect(found[terms[21]]?.count == 2)
    }
}
