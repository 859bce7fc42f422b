import Foundation
import KheshtGraph
@testable import KheshtStore
import Testing

/// What only the persistent store promises: files survive reopening, the schema is versioned, readers and writers
/// on separate connections never see "database is locked", loads are atomic, and bad paths fail clearly.
@Suite("SQLiteStore")
struct SQLiteStoreTests {
    typealias S = Sample

    @Test func reopeningKeepsQuadsLabelsAndProvenance() throws {
        let path = TemporaryDatabase.path()
        let article = try IRI("https://example.org/article/1")
        let fact = Quad(S.alice, RDFS.label, .text("آلیس", language: "fa"), graph: .iri(article))
        let record = Provenance(quad: fact, article: article, sentenceIndex: 0, charStart: 0, charEnd: 4,
                                ruleId: "gazetteer", confidence: 1)
        do {
            let store = try SQLiteStore(path: path)
            try store.replaceGraph(.iri(article), with: [fact], provenance: [record])
            try store.close()
        }
        let reopened = try SQLiteStore(path: path)
        #expect(Array(try reopened.match(QuadPattern())) == [fact])
        #expect(try reopened.entities(withLabel: "آليس") == [S.alice])
        #expect(try reopened.provenance(of: fact) == [record])
        #expect(try reopened.graphNames() == [.iri(article)])
        #expect(try reopened.integrityCheck() == ["ok"])
    }

    @Test func schemaVersionAndMigrationsAreRecorded() throws {
        let path = TemporaryDatabase.path()
        let store = try SQLiteStore(path: path)
        #expect(try store.schemaVersion() == StoreSchema.version)
        #expect(try store.appliedMigrations() == StoreSchema.migrationIdentifiers)
        try store.close()
        // Opening again applies nothing new and keeps the version.
        let again = try SQLiteStore(path: path)
        #expect(try again.schemaVersion() == 1)
        #expect(try again.integrityCheck() == ["ok"])
    }

    @Test func aNewerSchemaIsRefusedByName() throws {
        let path = TemporaryDatabase.path()
        try SQLiteStore(path: path).close()
        try sqlite(path, "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future'); PRAGMA user_version = 9;")
        #expect(throws: StoreError.unknownSchema(path: path, version: "9")) { try SQLiteStore(path: path) }
    }

    @Test func aReaderOnAnotherConnectionNeverFailsWhileAWriterLoads() async throws {
        let path = TemporaryDatabase.path()
        let writer = try SQLiteStore(path: path)
        let reader = try SQLiteStore(path: path)
        let graph = S.article1
        let size = 60_000
        let quads = (0..<size).map { Quad(S.iri("s\($0)"), S.knows, .integer($0), graph: graph) }

        let done = Flag()
        let loading = Task.detached {
            defer { done.set() }
            for round in 0..<3 {
                try writer.loadGraph(graph, quads: round == 1 ? Array(quads.prefix(size / 2)) : quads)
            }
        }
        var observed = Set<Int>()
        var reads = 0
        while true {
            // Whole or nothing: a reader sees a graph before or after a load, never half of one.
            let count = try reader.count()
            observed.insert(count)
            _ = Array(try reader.match(QuadPattern(predicate: S.knows)).prefix(10))
            reads += 1
            if done.isSet { break }
        }
        try await loading.value
        #expect(observed.isSubset(of: [0, size / 2, size]), "reader saw partial loads: \(observed.sorted())")
        #expect(reads > 1)
        #expect(try reader.count() == size)
    }

    @Test func aFailedLoadLeavesTheGraphAsItWasAndTheStoreUsable() throws {
        struct Malformed: Error {}
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        let old = [Quad(S.alice, S.knows, S.bob, graph: S.article1)]
        try store.loadGraph(S.article1, quads: old)
        #expect(throws: Malformed.self) {
            try store.bulkLoad { loader in
                try loader.clearGraph(S.article1)
                for i in 0..<100 { try loader.add(Quad(S.iri("new\(i)"), S.knows, .integer(i), graph: S.article1)) }
                throw Malformed()
            }
        }
        #expect(Array(try store.match(QuadPattern())) == old)
        // Terms interned by the rolled-back load are interned again, not served stale from the cache.
        let again = (0..<100).map { Quad(S.iri("new\($0)"), S.knows, .integer($0), graph: S.article1) }
        #expect(try store.loadGraph(S.article1, quads: again) == 100)
        #expect(Set(try store.match(QuadPattern(graph: .named(S.article1)))) == Set(again))
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func replacingGraphsOnFirstSightStreamsAnNQuadsFile() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        try store.add([Quad(S.alice, S.knows, S.bob, graph: S.article1), Quad(S.bob, S.knows, S.bob, graph: S.article2)])
        let incoming = [Quad(S.alice, S.age, .integer(1), graph: S.article1), Quad(S.bob, S.age, .integer(2)),
                        Quad(S.alice, S.age, .integer(3), graph: S.article1)]
        try store.bulkLoad { loader in
            for quad in incoming {
                if let graph = quad.graph { try loader.replaceGraphOnFirstSight(graph) }
                try loader.add(quad)
            }
        }
        #expect(Set(try store.match(QuadPattern(graph: .named(S.article1)))) == Set([incoming[0], incoming[2]]))
        #expect(try store.count() == 4, "article2 untouched, default graph added to")
    }

    @Test func aFileLoadBatchesRowsYetCountsLabelsAndDuplicatesExactly() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        let file = TemporaryDatabase.folder.appendingPathComponent("labels-\(UUID().uuidString).nt")
        // 150 labelled entities: two full 64-row batches and a remainder; every line written twice.
        var text = ""
        for i in 0..<150 {
            let line = "<https://example.org/e\(i)> <\(RDFS.label.value)> \"جشنواره \(i)\"@fa .\n"
            text += line + line
        }
        text += "_:b <https://example.org/p> \"x\" .\n"
        try text.write(to: file, atomically: true, encoding: .utf8)

        let report = try RDFFileLoader(store: store).load(path: file.path)
        #expect(report.statements == 301)
        #expect(report.inserted == 151)
        #expect(try store.count() == 151)
        #expect(try store.entities(withLabel: "جشنواره ۱۴۹") == [S.iri("e149")])
        #expect(try store.labels(withPrefix: "جشنواره", limit: 1000).count == 150)
        let graph = Term.iri(RDFFileLoader.fileIRI(file.path))
        #expect(try store.graphNames() == [graph])
        // Reloading replaces the file's graph: same content, no duplicates, blank node labels stable.
        let before = Set(try store.match(QuadPattern()))
        #expect(try RDFFileLoader(store: store).load(path: file.path).inserted == 151)
        #expect(Set(try store.match(QuadPattern())) == before)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func anNQuadsFileReplacesTheGraphsItNamesOnly() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        let file = TemporaryDatabase.folder.appendingPathComponent("graphs-\(UUID().uuidString).nq")
        let g1 = "<https://example.org/g1>", g2 = "<https://example.org/g2>"
        try """
            <https://example.org/a> <https://example.org/p> "1" \(g1) .
            <https://example.org/a> <https://example.org/p> "2" \(g2) .
            <https://example.org/a> <https://example.org/p> "d" .
            """.write(to: file, atomically: true, encoding: .utf8)
        let loader = RDFFileLoader(store: store)
        #expect(try loader.load(path: file.path).inserted == 3)

        try """
            <https://example.org/a> <https://example.org/p> "1bis" \(g1) .
            <https://example.org/a> <https://example.org/p> "e" .
            """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try loader.load(path: file.path).inserted == 2)
        let objects = { (graph: QuadPattern.GraphSelector) in
            Set(try store.match(QuadPattern(graph: graph)).map { $0.object.literal?.lexicalForm ?? "" })
        }
        #expect(try objects(.named(S.iri("g1"))) == ["1bis"], "g1 replaced")
        #expect(try objects(.named(S.iri("g2"))) == ["2"], "g2 not named by the second file: kept")
        #expect(try objects(.defaultGraph) == ["d", "e"], "default graph added to")
    }

    @Test func everyBoundCombinationUsesAnIndexWithoutSorting() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        try store.add([Quad(S.alice, S.knows, S.bob, graph: S.article1)])
        let columns: [QuadIndex.Column] = [.s, .p, .o, .g]
        for mask in 0..<16 {
            var bound: [QuadIndex.Column: Int64] = [:]
            for (bit, column) in columns.enumerated() where mask & (1 << bit) != 0 { bound[column] = 1 }
            let query = QuadQuery(bound: bound)
            for resuming in [false, true] {
                let plan = try store.explain(query.pageSQL(resuming: resuming, limit: 10),
                                             arguments: query.arguments(after: resuming ? query.rest.map { _ in 1 } : nil))
                #expect(!plan.contains("TEMP B-TREE"), "sorting for \(bound): \(plan)")
                if !bound.isEmpty {
                    #expect(plan.contains("SEARCH"), "no index search for \(bound): \(plan)")
                }
            }
        }
    }

    @Test func badPathsFailWithTheirNameAndAReason() throws {
        let folder = TemporaryDatabase.folder.path
        #expect(throws: StoreError.pathIsDirectory(path: folder)) { try SQLiteStore(path: folder) }

        let missing = folder + "/no-such-folder/khesht.sqlite"
        #expect(throws: StoreError.missingDirectory(path: missing, directory: folder + "/no-such-folder")) {
            try SQLiteStore(path: missing)
        }

        let garbage = TemporaryDatabase.path()
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: garbage))
        do {
            _ = try SQLiteStore(path: garbage)
            Issue.record("a text file opened as a database")
        } catch let error as StoreError {
            #expect(error == .notADatabase(path: garbage))
            #expect(error.description.contains(garbage))
        }
    }

    /// A snapshot is one read transaction: a write committed by another connection meanwhile (new terms
    /// included, so remembered dictionary look-ups cannot leak it) shows only after the snapshot ends.
    @Test func aSnapshotDoesNotSeeWritesCommittedDuringIt() throws {
        let path = TemporaryDatabase.path()
        let reader = try SQLiteStore(path: path)
        let writer = try SQLiteStore(path: path)
        let first = Quad(Sample.alice, Sample.knows, Sample.bob)
        let later = Quad(Sample.bob, Sample.knows, Sample.iri("carol"))
        try writer.add([first])
        let seen = try reader.withSnapshot { () throws -> (before: Int, after: Int, carol: Int) in
            let before = try reader.count()
            try writer.add([later])
            return (before, try reader.count(), Array(try reader.match(QuadPattern(object: Sample.iri("carol")))).count)
        }
        #expect(seen.before == 1 && seen.after == 1 && seen.carol == 0)
        #expect(try reader.count() == 2)
        #expect(Array(try reader.match(QuadPattern(object: Sample.iri("carol")))) == [later])
        try reader.close()
        try writer.close()
    }

    // MARK: Helpers

    /// A thread-safe "finished" mark shared with the writing task.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    private func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
