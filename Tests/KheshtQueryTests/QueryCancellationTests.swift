import Foundation
import KheshtGraph
import KheshtQuery
import KheshtStore
import Synchronization
import Testing

/// `QueryEngine.run(_:cancellation:)`: a query that would run for hours stops soon after cancellation is asked
/// for, throws `QueryCancelled` (never a partial table), and the engine answers the next query normally.
@Suite struct QueryCancellationTests {
    /// Answers yes from the `after`th time it is asked, counting the questions.
    final class CountingCancellation: Sendable {
        let asked = Atomic<Int>(0)
        let after: Int
        init(after: Int) { self.after = after }
        var cancellation: QueryCancellation {
            QueryCancellation { self.asked.add(1, ordering: .relaxed).newValue >= self.after }
        }
    }

    final class Flag: Sendable {
        let raised = Atomic<Bool>(false)
    }

    /// 20,000 events² pairs, every one rejected by the filter: finishing would take hours.
    static let endless = "find ?a where { ?a a Event . ?b a Event . filter (?a = ?b && ?a != ?b) }"

    @Test func aCancelledQueryThrowsPromptlyOnTheMemoryStore() throws {
        let engine = QueryEngine(store: try QueryScaleTests.makeStore())
        let counter = CountingCancellation(after: 50_000)
        let started = ContinuousClock.now
        #expect(throws: QueryCancelled.self) { _ = try engine.run(Self.endless, cancellation: counter.cancellation) }
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(counter.asked.load(ordering: .relaxed) >= 50_000)
        // The engine is fine afterwards.
        let count = try QueryTestSupport.table(engine, "find (count(?e) as ?n) where { ?e a Event }")
        #expect(count.rows.first?.first??.literal?.lexicalForm == "20000")
    }

    @Test func aCancelledQueryThrowsOnTheSQLiteStoreAndTheNextQueryAnswers() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("events.sqlite").path)
        defer { try? store.close() }
        let graph = Term.iri(Namespace.khr["article/cancel"])
        var quads: [Quad] = []
        for e in 0..<3000 { quads.append(Quad(.iri(Namespace.khr["event/e-\(e)"]), RDF.type, .iri(Schema.event), graph: graph)) }
        try store.add(quads)
        let engine = QueryEngine(store: store)
        // Cancellation requested from another thread while the query runs, as a signal handler would.
        let flag = Flag()
        let cancellation = QueryCancellation { flag.raised.load(ordering: .relaxed) }
        let trigger = Thread { Thread.sleep(forTimeInterval: 0.3); flag.raised.store(true, ordering: .relaxed) }
        trigger.start()
        let started = ContinuousClock.now
        #expect(throws: QueryCancelled.self) {
            _ = try engine.run("find ?a where { ?a a Event . ?b a Event . ?c a Event . filter (?a = ?b && ?b = ?c && ?a != ?c) }",
                               cancellation: cancellation)
        }
        #expect(ContinuousClock.now - started < .seconds(30))
        let count = try QueryTestSupport.table(engine, "find (count(?e) as ?n) where { ?e a Event }")
        #expect(count.rows.first?.first??.literal?.lexicalForm == "3000")
    }

    @Test func aQueryThatIsNotCancelledAnswersInFull() throws {
        let engine = QueryEngine(store: try QueryScaleTests.makeStore())
        let counter = CountingCancellation(after: .max)
        let result = try engine.run(#"find ?e where { ?e a Event ; location "Venue 7" }"#, cancellation: counter.cancellation)
        guard case .table(let table) = result else { Issue.record("not a table"); return }
        #expect(table.rows.count == 100)
        #expect(counter.asked.load(ordering: .relaxed) > 0, "the evaluator never asked")
    }
}
