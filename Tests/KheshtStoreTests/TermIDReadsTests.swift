import Foundation
import KheshtGraph
import KheshtStore
import Testing

/// The id-level reads (`termID(of:)`, `term(forID:)`, `tripleIDs`) answer exactly what the term-level reads answer,
/// in the same order, on every store — including facts repeated by many graphs, which `SQLiteStore` reads by seeking
/// past the repeats instead of walking them.
@Suite struct TermIDReadsTests {
    typealias S = Sample

    /// Facts of three shapes: stated once, stated by a few graphs, stated by 40 graphs (past the 16-entry probe and
    /// far over the 4-to-1 repeat ratio), with several objects per subject so seeks resume after each one.
    static func facts() -> [Quad] {
        var quads: [Quad] = []
        for i in 0..<30 {
            let subject = i % 5 == 0 ? Term.blank(BlankNode("b\(i)")) : S.iri("e\(i)")
            let copies = i % 3 == 0 ? 40 : (i % 3 == 1 ? 3 : 1)
            for g in 0..<copies {
                let graph: Term? = g == 0 ? nil : S.iri("article/\(g)")
                quads.append(Quad(subject, S.knows, S.iri("e\((i + 1) % 30)"), graph: graph))
                quads.append(Quad(subject, S.knows, S.iri("e\((i + 7) % 30)"), graph: graph))
                quads.append(Quad(subject, S.age, .integer(i % 4), graph: graph))
            }
        }
        return quads
    }

    @Test(arguments: StoreKind.allCases)
    func tripleIDsAgreeWithTriplesForEveryPattern(kind: StoreKind) throws {
        let store = try kind.makeStore()
        defer { try? store.close() }
        try store.add(Self.facts())
        #expect(store.providesTermIDs)
        let subjects: [Term?] = [nil, S.iri("e3"), S.iri("e4"), .blank(BlankNode("b0")), S.iri("absent")]
        let predicates: [IRI?] = [nil, S.knows, S.age]
        let objects: [Term?] = [nil, S.iri("e4"), S.iri("e10"), .integer(3), .integer(99)]
        for s in subjects {
            for p in predicates {
                for o in objects {
                    let expected = Array(try store.triples(subject: s, predicate: p, object: o))
                    // A bound term the store does not know matches nothing: no id to ask with.
                    let sID = try s.map { try store.termID(of: $0) }, pID = try p.map { try store.termID(of: .iri($0)) }
                    let oID = try o.map { try store.termID(of: $0) }
                    if sID == .some(nil) || pID == .some(nil) || oID == .some(nil) {
                        #expect(expected.isEmpty, "\(String(describing: s)) \(String(describing: p)) \(String(describing: o))")
                        continue
                    }
                    let read = try store.withSnapshot {
                        try store.tripleIDs(subject: sID ?? nil, predicate: pID ?? nil, object: oID ?? nil).map { ids in
                            Triple(try store.term(forID: ids.subject), try store.term(forID: ids.predicate).iri!,
                                   try store.term(forID: ids.object))
                        }
                    }
                    #expect(read == expected, "\(String(describing: s)) \(String(describing: p)) \(String(describing: o))")
                }
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func idsNameTheirTermsAndUnknownOnesAreRefused(kind: StoreKind) throws {
        let store = try kind.makeStore()
        defer { try? store.close() }
        try store.add(Self.facts())
        for term in [S.iri("e1"), .blank(BlankNode("b5")), .integer(2), .iri(S.knows)] {
            let id = try #require(try store.termID(of: term))
            #expect(try store.term(forID: id) == term)
        }
        #expect(try store.termID(of: .string("never stored")) == nil)
        #expect(throws: (any Error).self) { try store.term(forID: 987_654_321) }
    }

    /// A range whose first facts are stated once and whose later ones are repeated by many graphs (ingested
    /// articles, then generated or much-cited facts): the reader starts walking and turns to seeking part-way
    /// (`TripleIDReader.switchRatio`). Every distinct triple still comes once, in `triples` order, in and out of a
    /// snapshot.
    @Test func aRangeThatStartsRepeatingIsReadOnceInOrder() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        defer { try? store.close() }
        var quads: [Quad] = []
        for i in 0..<300 {
            // Objects e000…e299 in id order; the first 150 stated once, the rest by 30 graphs each.
            let copies = i < 150 ? 1 : 30
            for g in 0..<copies {
                let object = S.iri(String(format: "e%03d", i))
                quads.append(Quad(S.iri("giver\(i % 7)"), S.knows, object, graph: g == 0 ? nil : S.iri("article/\(g)")))
            }
        }
        try store.add(quads)
        let expected = Array(try store.triples(subject: nil, predicate: S.knows, object: nil))
        #expect(expected.count == 300)
        let knows = try #require(try store.termID(of: .iri(S.knows)))
        for snapshot in [false, true] {
            func read() throws -> [Triple] {
                try store.tripleIDs(subject: nil, predicate: knows, object: nil).map { ids in
                    Triple(try store.term(forID: ids.subject), try store.term(forID: ids.predicate).iri!,
                           try store.term(forID: ids.object))
                }
            }
            let triples = snapshot ? try store.withSnapshot { try read() } : try read()
            #expect(triples == expected)
        }
    }

    /// `provenance(ofTriple:ids:)` (what `describe` asks with the ids it read) answers what
    /// `provenance(ofTriple:)` answers.
    @Test func provenanceByIDsAgreesWithProvenanceByTerms() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        defer { try? store.close() }
        let fact = Triple(S.alice, S.knows, .string("سلام"))
        for (index, graph) in [S.article1, S.article2].enumerated() {
            let quad = Quad(fact.subject, fact.predicate, fact.object, graph: graph)
            let record = Provenance(quad: quad, article: graph.iri!, sentenceIndex: index, charStart: 3, charEnd: 9,
                                    ruleId: "rule.\(index)", confidence: 0.5)
            try store.replaceGraph(graph, with: [quad], provenance: [record])
        }
        let ids = try store.withSnapshot { () throws -> TripleIDs in
            TripleIDs(try store.termID(of: fact.subject)!, try store.termID(of: .iri(fact.predicate))!,
                      try store.termID(of: fact.object)!)
        }
        let byTerms = try store.provenance(ofTriple: fact)
        #expect(byTerms.count == 2)
        #expect(try store.provenance(ofTriple: fact, ids: ids) == byTerms)
        #expect(try store.withSnapshot { try store.provenance(ofTriple: fact, ids: ids) } == byTerms)
    }

    /// Labels remembered by one snapshot are not served to the next after a write changed them.
    @Test func rememberedLabelsAreDroppedAfterAWrite() throws {
        let store = try SQLiteStore(path: TemporaryDatabase.path())
        defer { try? store.close() }
        try store.add([Quad(S.alice, RDFS.label, .string("Alice"), graph: S.article1)])
        let first = try store.withSnapshot { try store.labels(of: [S.alice], predicates: [RDFS.label]) }
        #expect(first[S.alice] == [Literal("Alice")])
        #expect(try store.withSnapshot { try store.labels(of: [S.alice], predicates: [RDFS.label]) } == first)
        try store.add([Quad(S.alice, RDFS.label, .string("آلیس"), graph: S.article2)])
        let second = try store.withSnapshot { try store.labels(of: [S.alice], predicates: [RDFS.label]) }
        #expect(Set(second[S.alice] ?? []) == [Literal("Alice"), Literal("آلیس")])
    }
}
