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
