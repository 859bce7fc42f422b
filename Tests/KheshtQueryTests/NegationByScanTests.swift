import Foundation
import KheshtGraph
import KheshtQuery
import KheshtStore
import Testing

/// `not { one pattern }` over many rows is answered by one scan of the pattern's ids (`ExistenceProbe`) instead
/// of the general batched anti-join. Its answers are checked against the data's construction and against the
/// general path (forced by a filter inside the negation that is always true), with the key on either side of the
/// pattern and with a constant on the other side, on the in-memory and the SQLite store.
@Suite struct NegationByScanTests {
    static let people = 300

    /// Person i speaks at event i unless i is a multiple of 3; every event is typed Event.
    static func stores() throws -> [(String, any GraphStore)] {
        var quads: [Quad] = []
        let graph = Term.iri(Namespace.khr["article/negation"])
        for i in 0..<people {
            let person = Term.iri(Namespace.khr["person/p-\(i)"])
            let event = Term.iri(Namespace.khr["event/e-\(i)"])
            quads.append(Quad(person, RDF.type, .iri(Schema.person), graph: graph))
            quads.append(Quad(event, RDF.type, .iri(Schema.event), graph: graph))
            if i % 3 != 0 { quads.append(Quad(event, KH.speaker, person, graph: graph)) }
        }
        let memory = MemoryStore()
        try memory.add(quads)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-negation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sqlite = try SQLiteStore(path: directory.appendingPathComponent("negation.sqlite").path)
        try sqlite.add(quads)
        return [("memory", memory), ("sqlite", sqlite)]
    }

    static func numbers(_ table: ResultTable) -> Set<Int> {
        Set(table.rows.compactMap { row in
            row[0]?.iri.flatMap { iri in iri.value.split(separator: "-").last.flatMap { Int($0) } }
        })
    }

    @Test func negationsAnswerAsTheGeneralAntiJoin() throws {
        let silent = Set(stride(from: 0, to: Self.people, by: 3))
        let speakerOne = Namespace.khr["person/p-1"].value
        for (name, store) in try Self.stores() {
            let engine = QueryEngine(store: store)
            // The key in the object position, the negation's own variable in the subject position.
            let byObject = try QueryTestSupport.table(engine, "find ?p where { ?p a Person . not { ?e speaker ?p } }")
            #expect(Self.numbers(byObject) == silent, "\(name)")
            let general = try QueryTestSupport.table(
                engine, "find ?p where { ?p a Person . not { ?e speaker ?p filter (bound(?e)) } }")
            #expect(Set(general.rows.map { $0.map(QueryTestSupport.show) }) == Set(byObject.rows.map { $0.map(QueryTestSupport.show) }), "\(name)")

            // The key in the subject position.
            let bySubject = try QueryTestSupport.table(engine, "find ?e where { ?e a Event . not { ?e speaker ?p } }")
            #expect(Self.numbers(bySubject) == silent, "\(name)")

            // A constant on the other side: every event but the one person 1 speaks at.
            let constant = try QueryTestSupport.table(engine, "find ?e where { ?e a Event . not { ?e speaker <\(speakerOne)> } }")
            #expect(Self.numbers(constant) == Set(0..<Self.people).subtracting([1]), "\(name)")

            // `explain` still counts the rows the negated pattern found: one per speaking person.
            guard case .plan(let plan) = try engine.run("explain find ?p where { ?p a Person . not { ?e speaker ?p } }") else {
                Issue.record("expected a plan"); continue
            }
            let inner = plan.steps.last?.children.first?.steps.first
            #expect(inner?.actualRows == Self.people - silent.count, "\(name)")
            #expect(plan.resultRows == silent.count, "\(name)")
            try store.close()
        }
    }
}
