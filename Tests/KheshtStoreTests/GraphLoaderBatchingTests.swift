import Foundation
import KheshtGraph
@testable import KheshtStore
import Testing

/// The loader's queued (multi-row) write paths: ingest's `replaceGraph(_:quads:provenance:)`, which keeps rows of
/// many articles queued across graphs, and a load that drops the secondary indexes and rebuilds them.
@Suite("GraphLoader batching")
struct GraphLoaderBatchingTests {
    typealias S = Sample

    /// `count` quads in `graph`, every third one a label, each with one provenance record (two for the first).
    static func article(_ graph: Term, count: Int, tag: String) throws -> (quads: [Quad], provenance: [Provenance]) {
        guard case .iri(let iri) = graph else { throw CancellationError() }
        var quads: [Quad] = []
        var provenance: [Provenance] = []
        for i in 0..<count {
            let quad = i % 3 == 0
                ? Quad(S.iri("\(tag)\(i)"), RDFS.label, .text("جایزه \(tag) \(i)", language: "fa"), graph: graph)
                : Quad(S.iri("\(tag)\(i)"), S.knows, .integer(i), graph: graph)
            quads.append(quad)
            provenance.append(Provenance(quad: quad, article: iri, sentenceIndex: i, charStart: i, charEnd: i + 5,
                                         ruleId: "rule-\(i % 7)", confidence: Double(i % 10) / 10))
        }
        provenance.append(Provenance(quad: quads[0], article: iri, sentenceIndex: 99, charStart: 1, charEnd: 2,
                                     ruleId: "second", confidence: 0.5))
        // A record whose quad is not in the graph is not stored.
        provenance.append(Provenance(quad: Quad(S.alice, S.knows, S.bob, graph: graph), article: iri, sentenceIndex: 0,
                                     charStart: 0, charEnd: 1, ruleId: "stray", confidence: 1))
        return (quads, provenance)
    }

    @Test func manyArticlesInOneTransactionMatchOneTransactionEach() throws {
        let batched = try SQLiteStore(path: TemporaryDatabase.path())
        let oneByOne = try SQLiteStore(path: TemporaryDatabase.path())
        // Sizes around the 64-row batch: remainders, exact batches, and rows of several articles in one batch.
        let sizes = [5, 64, 70, 1, 130, 20]
        var articles: [(graph: Term, quads: [Quad], provenance: [Provenance])] = []
        for (index, size) in sizes.enumerated() {
            let graph = S.iri("article/\(index)")
            let built = try Self.article(graph, count: size, tag: "a\(index)-")
            articles.append((graph, built.quads, built.provenance))
        }
        // The same graph again later in the batch replaces its first version, even with its rows still queued.
        let replacement = try Self.article(articles[0].graph, count: 3, tag: "again-")
        articles.append((articles[0].graph, replacement.quads, replacement.provenance))

        try batched.bulkLoad { loader in
            for article in articles { try loader.replaceGraph(article.graph, quads: article.quads, provenance: article.provenance) }
        }
        for article in articles { try oneByOne.replaceGraph(article.graph, with: article.quads, provenance: article.provenance) }

        let all = Set(try batched.match(QuadPattern()))
        #expect(all == Set(try oneByOne.match(QuadPattern())))
        #expect(all.count == sizes.dropFirst().reduce(0, +) + 3)
        #expect(try batched.count() == all.count)
        #expect(Array(try batched.match(QuadPattern(graph: .named(articles[0].graph)))).count == 3)
        for quad in all {
            let records = try batched.provenance(of: quad)
            #expect(records == (try oneByOne.provenance(of: quad)))
        }
        let first = articles[1].quads[0]
        #expect(try batched.provenance(of: first).map(\.ruleId) == ["rule-0", "second"])
        #expect(try batched.provenance(of: Quad(S.alice, S.knows, S.bob, graph: articles[1].graph)).isEmpty)
        #expect(try batched.labels(withPrefix: "جایزه", limit: 10_000).count
                == (try oneByOne.labels(withPrefix: "جایزه", limit: 10_000).count))
        #expect(try batched.integrityCheck() == ["ok"])
    }

    @Test func aLoadWithDeferredIndexesRebuildsEveryIndex() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        try store.add([Quad(S.alice, S.knows, S.bob, graph: S.article2)])
        let quads = (0..<500).map {
            $0 % 2 == 0 ? Quad(S.iri("e\($0)"), RDFS.label, .text("نام \($0)", language: "fa"), graph: S.article1)
                : Quad(S.iri("e\($0)"), S.knows, S.iri("e\($0 - 1)"), graph: S.article1)
        }
        let indexesBefore = try store.indexNames()
        try store.bulkLoad { loader in
            try loader.clearGraph(S.article1)
            try loader.deferIndexes()
            for quad in quads { try loader.add(quad) }
        }
        #expect(try store.indexNames() == indexesBefore)
        #expect(Set(try store.match(QuadPattern(graph: .named(S.article1)))) == Set(quads))
        #expect(Array(try store.match(QuadPattern(object: S.iri("e10")))).count == 1)
        #expect(try store.entities(withLabel: "نام ۲۰") == [S.iri("e20")])
        #expect(try store.integrityCheck() == ["ok"])
    }

    /// A deferred-index load stages its rows and moves them in at the end: quads already stored, repeated in the
    /// stream, or stated again in another graph must be counted and stored exactly as a row-by-row load does.
    @Test func aStagedLoadCountsAndStoresWhatARowByRowLoadDoes() throws {
        let staged = try SQLiteStore(path: TemporaryDatabase.path())
        let direct = try SQLiteStore(path: TemporaryDatabase.path())
        let stream = TermSlotEncoderTests.sampleQuads(count: 700)
        let graph = try #require(stream.first?.graph)
        // Quads already in the store before the load, in the loaded graph and in another one.
        let before = Array(stream.prefix(40)) + [Quad(S.alice, RDFS.label, .text("پیش از بارگذاری", language: "fa"), graph: S.article2)]
        var counts: [Int] = []
        for (store, stage) in [(staged, true), (direct, false)] {
            try store.add(before)
            let cacheBefore = try store.bulkLoad { loader in try Int.fetchOne(loader.db, sql: "PRAGMA cache_size") }
            counts.append(try store.bulkLoad { loader in
                if stage { try loader.deferIndexes() }
                var encoder = TermSlotEncoder(capacity: 16)
                var items: [SlotItem] = []
                for quad in stream + stream.prefix(90) {
                    encoder.encode(quad, labelKey: GraphLoader.labelKey(of: quad), into: &items)
                }
                for item in items { try loader.apply(item, replacingGraphs: false) }
                try loader.finish()
                return loader.insertedCount
            })
            #expect(try store.bulkLoad { loader in try Int.fetchOne(loader.db, sql: "PRAGMA cache_size") } == cacheBefore)
        }
        #expect(counts[0] == Set(stream).subtracting(before).count)
        #expect(counts[0] == counts[1])
        #expect(Set(try staged.match(QuadPattern())) == Set(try direct.match(QuadPattern())))
        #expect(try staged.count() == Set(stream + before).count)
        #expect(Set(try staged.match(QuadPattern(graph: .named(graph)))) == Set(try direct.match(QuadPattern(graph: .named(graph)))))
        #expect(try staged.labels(withPrefix: "", limit: 10_000).map(\.label)
                == (try direct.labels(withPrefix: "", limit: 10_000).map(\.label)))
        #expect(try staged.graphSizes().map(\.count) == (try direct.graphSizes().map(\.count)))
        #expect(try staged.indexNames() == (try direct.indexNames()))
        #expect(try staged.integrityCheck() == ["ok"])
    }

    /// A staged load that fails leaves the store as it was, its staging tables empty for the next load, and the
    /// writer's page cache at its own size.
    @Test func aFailedStagedLoadLeavesNothingBehind() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        try store.add([Quad(S.alice, S.knows, S.bob, graph: S.article2)])
        let cacheBefore = try store.bulkLoad { loader in try Int.fetchOne(loader.db, sql: "PRAGMA cache_size") }
        let indexes = try store.indexNames()
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try store.bulkLoad { loader in
                try loader.deferIndexes()
                var encoder = TermSlotEncoder()
                var items: [SlotItem] = []
                for quad in TermSlotEncoderTests.sampleQuads(count: 300) {
                    encoder.encode(quad, labelKey: GraphLoader.labelKey(of: quad), into: &items)
                }
                for item in items { try loader.apply(item, replacingGraphs: false) }
                try loader.flush()
                throw Interrupted()
            }
        }
        #expect(try store.bulkLoad { loader in try Int.fetchOne(loader.db, sql: "PRAGMA cache_size") } == cacheBefore)
        #expect(try store.count() == 1)
        #expect(try store.indexNames() == indexes)
        let quads = Array(TermSlotEncoderTests.sampleQuads(count: 50))
        let inserted = try store.bulkLoad { loader in
            try loader.deferIndexes()
            var encoder = TermSlotEncoder()
            var items: [SlotItem] = []
            for quad in quads { encoder.encode(quad, labelKey: GraphLoader.labelKey(of: quad), into: &items) }
            for item in items { try loader.apply(item, replacingGraphs: false) }
            try loader.finish()
            return loader.insertedCount
        }
        #expect(inserted == Set(quads).count)
        #expect(try store.count() == Set(quads).count + 1)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
