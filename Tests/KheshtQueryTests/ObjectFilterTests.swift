import Foundation
import KheshtGraph
import KheshtQuery
import KheshtStore
import Testing

/// A filter on the value a pattern reads travels with the read (`GraphStore.triples(…objectFilter:)`): the SQLite
/// store tests each distinct object once and skips the rest of a rejected triple. The answers must not change —
/// across page boundaries (a page of rows may keep none of them), with several filters on one variable, and
/// against the in-memory store, which filters after reading.
@Suite struct ObjectFilterTests {
    static func quads() -> [Quad] {
        var quads: [Quad] = []
        for e in 0..<600 {
            let graph = Term.iri(Namespace.khr["article/a-\(e % 3)"])
            let event = Term.iri(Namespace.khr["event/e-\(e)"])
            quads.append(Quad(event, RDF.type, .iri(Schema.event), graph: graph))
            let day = DayInterval.dayNumber(year: 2015, month: 1, day: 1) + (e * 7919) % 3650
            quads.append(Quad(event, Schema.startDate, .typed(DayInterval.isoDay(day), XSD.date), graph: graph))
            // The same fact in a second graph: it must still come once.
            if e % 5 == 0 {
                quads.append(Quad(event, Schema.startDate, .typed(DayInterval.isoDay(day), XSD.date),
                                  graph: .iri(Namespace.khr["article/copy"])))
            }
        }
        return quads
    }

    @Test func filteredReadsAnswerLikeTheMemoryStoreAcrossPages() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-ofilter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = SQLiteStore.Options()
        options.pageSize = 7
        let sqlite = try SQLiteStore(path: directory.appendingPathComponent("dates.sqlite").path, options: options)
        defer { try? sqlite.close() }
        try sqlite.add(Self.quads())
        let memory = MemoryStore()
        try memory.add(Self.quads())
        let queries = [
            "find ?e ?d where { ?e startDate ?d . filter (?d in date 2016) } order by ?d ?e",
            "find ?e ?d where { ?e a Event ; startDate ?d . filter (?d in jalali 1398/08) } order by ?d ?e",
            "find ?e ?d where { ?e startDate ?d . filter (?d >= date 2017-03-01) filter (?d < date 2017-06-01) } order by ?d ?e",
            "find (count(?e) as ?n) where { ?e startDate ?d . filter (?d between jalali 1395/01/01 and date 2018-12-31) }",
        ]
        var nonEmpty = 0
        for query in queries {
            let expected = try QueryTestSupport.rows(QueryEngine(store: memory), query)
            let found = try QueryTestSupport.rows(QueryEngine(store: sqlite), query)
            #expect(found == expected, "\(query)")
            if !expected.isEmpty && expected != [["0"]] { nonEmpty += 1 }
        }
        #expect(nonEmpty == queries.count)
        // Read directly: the store's filtered read equals filtering its plain read.
        let in2016 = { (term: Term) in term.literal?.lexicalForm.hasPrefix("2016") == true }
        let direct = Array(try sqlite.triples(subject: nil, predicate: Schema.startDate, object: nil, objectFilter: in2016))
        let plain = Array(try sqlite.triples(subject: nil, predicate: Schema.startDate, object: nil)).filter { in2016($0.object) }
        #expect(direct == plain && !direct.isEmpty)
    }
}
