import KheshtGraph
import KheshtQuery
import KheshtStore
import Testing

/// A synthetic graph of 100k+ quads (20,000 events at 200 venues with dates and speakers): the planner must pick
/// selective patterns first so that analyst questions stay interactive. Bounds are loose (debug build, shared
/// machine); the printed timings are the measurements.
@Suite struct QueryScaleTests {
    static func makeStore() throws -> MemoryStore {
        let store = MemoryStore()
        var quads: [Quad] = []
        let graph = Term.iri(Namespace.khr["article/synthetic"])
        func add(_ s: Term, _ p: IRI, _ o: Term) { quads.append(Quad(s, p, o, graph: graph)) }
        for v in 0..<200 {
            let venue = Term.iri(Namespace.khr["place/venue-\(v)"])
            add(venue, RDF.type, .iri(Schema.place))
            add(venue, RDFS.label, .text("Venue \(v)", language: "en"))
            add(venue, RDFS.label, .text("سالن \(v)", language: "fa"))
        }
        for p in 0..<2000 {
            let person = Term.iri(Namespace.khr["person/p-\(p)"])
            add(person, RDF.type, .iri(Schema.person))
            add(person, RDFS.label, .text("Person \(p)", language: "en"))
        }
        for e in 0..<20_000 {
            let event = Term.iri(Namespace.khr["event/e-\(e)"])
            add(event, RDF.type, .iri(e % 10 == 0 ? KH.AwardCeremony : Schema.event))
            add(event, RDFS.label, .text("Event \(e)", language: "en"))
            add(event, Schema.location, .iri(Namespace.khr["place/venue-\(e % 200)"]))
            let day = DayInterval.dayNumber(year: 2015, month: 1, day: 1) + (e * 7919) % 3650
            if e % 17 != 0 { add(event, Schema.startDate, .typed(DayInterval.isoDay(day), XSD.date)) }
            add(event, KH.speaker, .iri(Namespace.khr["person/p-\((e * 31) % 2000)"]))
        }
        try store.add(quads)
        return store
    }

    @Test func analystQuestionsStayInteractiveAtScale() throws {
        let store = try Self.makeStore()
        let engine = QueryEngine(store: store)
        let clock = ContinuousClock()
        let queries: [(String, (ResultTable) -> Bool)] = [
            (#"find ?e ?d where { ?e a Event ; location "Venue 7" ; startDate ?d } order by ?d"#, { table in
                // Venue 7 hosts events 7, 207, 407, …; those divisible by 17 have no date.
                let dated = stride(from: 7, to: 20_000, by: 200).filter { $0 % 17 != 0 }.count
                return table.rows.count == dated && table.rows.map { $0[1]!.literal!.lexicalForm } == table.rows.map { $0[1]!.literal!.lexicalForm }.sorted()
            }),
            (#"find ?e where { ?e a Event ; location "سالن 7" ; startDate jalali 1398 }"#, { !$0.rows.isEmpty }),
            (#"find distinct ?p where { ?e location "Venue 7" ; speaker ?p }"#, { !$0.rows.isEmpty }),
            ("find ?venue (count(?e) as ?n) where { ?e a Event ; location ?venue } group by ?venue order by desc(?n) limit 5", { $0.rows.count == 5 }),
            ("find ?e where { ?e a Event not { ?e startDate ?d } } limit 10", { $0.rows.count == 10 }),
            ("find (count(*) as ?n) where { ?e a Event not { ?e startDate ?d } }", { Int($0.rows[0][0]!.literal!.lexicalForm) == (0..<20_000).filter { $0 % 17 == 0 }.count }),
            ("find ?e ?d where { ?e startDate ?d } limit 10", { $0.rows.count == 10 }),
        ]
        print("quads: \(try store.count())")
        for (query, check) in queries {
            var table: ResultTable?
            let elapsed = try clock.measure { table = try QueryTestSupport.table(engine, query) }
            print("\(elapsed) · \(table?.rows.count ?? 0) rows · \(query)")
            #expect(table.map(check) == true, "\(query)")
            #expect(elapsed < .seconds(20), "\(query) took \(elapsed)")
        }
    }
}
