import Foundation
import KheshtGraph
import KheshtQuery
import KheshtStore
import Testing

/// Large inputs take other join paths than the small fixtures: hash joins for triple patterns, optional and `not`
/// parts run once per batch of rows, and the row-by-row fallback when a batch would see an outer binding. Their
/// answers are checked against counts computed from how `QueryScaleTests.makeStore` generates its 20,000 events
/// (every 17th undated, venue e % 200, speaker (e × 31) % 2000), on the in-memory and the SQLite store.
@Suite struct BatchedJoinTests {
    static let events = 20_000
    static let undated = Set(stride(from: 0, to: events, by: 17))

    static func stores() throws -> [(String, any GraphStore)] {
        let memory = try QueryScaleTests.makeStore()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sqlite = try SQLiteStore(path: directory.appendingPathComponent("scale.sqlite").path)
        try sqlite.add(Array(try memory.match(QuadPattern())))
        return [("memory", memory), ("sqlite", sqlite)]
    }

    static func number(_ term: Term?) -> Int? {
        guard let value = term?.iri?.value, let dash = value.lastIndex(of: "-") else { return nil }
        return Int(value[value.index(after: dash)...])
    }

    @Test func largeJoinsOptionalsAndNegationsAnswerExactly() throws {
        for (name, store) in try Self.stores() {
            let engine = QueryEngine(store: store)

            // Anti-join over 20,000 rows.
            let undated = try QueryTestSupport.table(engine, "find ?e where { ?e a Event . not { ?e startDate ?d } }")
            #expect(Set(undated.rows.compactMap { Self.number($0[0]) }) == Self.undated, "\(name)")
            #expect(undated.rows.count == Self.undated.count, "\(name)")

            // Left join over 20,000 rows: a date exactly for the dated events.
            let dates = try QueryTestSupport.table(engine, "find ?e ?d where { ?e a Event . optional { ?e startDate ?d } }")
            #expect(dates.rows.count == Self.events, "\(name)")
            #expect(dates.rows.allSatisfy { ($0[1] == nil) == Self.undated.contains(Self.number($0[0]) ?? -1) }, "\(name)")

            // Hash join of two large patterns, then grouping: 100 events at each of 200 venues.
            let perVenue = try QueryTestSupport.table(
                engine, "find ?v (count(?e) as ?n) where { ?e a Event ; location ?v } group by ?v")
            #expect(perVenue.rows.count == 200 && perVenue.rows.allSatisfy { $0[1]?.literal?.lexicalForm == "100" }, "\(name)")

            // A three-way join where the middle pattern probes by object: speakers of events at venue 7.
            let speakers = try QueryTestSupport.table(
                engine, #"find distinct ?p where { ?e location ?v ; speaker ?p . ?v label "Venue 7"@en }"#)
            let expected = Set(stride(from: 7, to: Self.events, by: 200).map { ($0 * 31) % 2000 })
            #expect(Set(speakers.rows.compactMap { Self.number($0[0]) }) == expected, "\(name)")

            // The second optional sees ?d bound by the first in most rows: batching must fall back to row by row.
            let fallback = try QueryTestSupport.table(
                engine, "find ?e ?p where { ?e a Event . optional { ?e startDate ?d } optional { ?e speaker ?p filter (bound(?d)) } }")
            #expect(fallback.rows.count == Self.events, "\(name)")
            #expect(fallback.rows.allSatisfy { ($0[1] == nil) == Self.undated.contains(Self.number($0[0]) ?? -1) }, "\(name)")

            // A negation whose pattern has no outer variable at all removes every row, or none.
            let none = try QueryTestSupport.table(engine, #"find ?e where { ?e a Event . not { ?x label "Venue 7"@en } }"#)
            #expect(none.rows.isEmpty, "\(name)")
            try store.close()
        }
    }
}
