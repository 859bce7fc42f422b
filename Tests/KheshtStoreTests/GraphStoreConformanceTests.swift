import KheshtGraph
import KheshtStore
import Testing

/// One behaviour contract, run against every `GraphStore`: what the in-memory store does, the SQLite store must do.
@Suite("GraphStore conformance")
struct GraphStoreConformanceTests {
    typealias S = Sample

    @Test(arguments: StoreKind.allCases)
    func addIgnoresDuplicatesAndRemoveIgnoresAbsentQuads(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let q1 = Quad(S.alice, S.knows, S.bob)
        let q2 = Quad(S.alice, S.knows, S.bob, graph: S.article1)
        try store.add([q1, q2, q1])
        try store.add([q2])
        #expect(try store.count() == 2)
        try store.remove([Quad(S.bob, S.knows, S.alice), q1])
        #expect(try store.count() == 1)
        #expect(Array(try store.match(QuadPattern())) == [q2])
        try store.remove([q2, q2])
        #expect(try store.count() == 0)
        #expect(try store.graphNames().isEmpty)
        try store.close()
    }

    /// Every combination of bound subject, predicate, object and graph selector answers exactly what a filter over
    /// all quads answers, and `estimatedCount` (exact in both stores) agrees.
    @Test(arguments: StoreKind.allCases)
    func everyPatternCombinationMatchesTheFilteredSet(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let subjects = [S.alice, S.bob, Term.blank(BlankNode("b1"))]
        let predicates = [S.knows, S.age]
        let objects: [Term] = [S.bob, .integer(30), .string("30"), .text("سی", language: "fa")]
        let graphs: [Term?] = [nil, S.article1, S.article2]
        var all: [Quad] = []
        for (i, s) in subjects.enumerated() {
            for (j, p) in predicates.enumerated() {
                for (k, o) in objects.enumerated() where (i + j + k) % 2 == 0 {
                    for (l, g) in graphs.enumerated() where (i + k + l) % 3 != 1 {
                        all.append(Quad(s, p, o, graph: g))
                    }
                }
            }
        }
        try store.add(all)
        #expect(try store.count() == all.count)

        let absent = S.iri("nobody")
        let subjectChoices: [Term?] = [nil] + subjects + [absent]
        let predicateChoices: [IRI?] = [nil] + predicates + [S.ex["absent"]]
        let objectChoices: [Term?] = [nil] + objects + [.string("absent")]
        let graphChoices: [QuadPattern.GraphSelector] = [.any, .defaultGraph, .named(S.article1), .named(S.article2),
                                                         .named(absent)]
        var checked = 0
        for s in subjectChoices {
            for p in predicateChoices {
                for o in objectChoices {
                    for g in graphChoices {
                        let pattern = QuadPattern(subject: s, predicate: p, object: o, graph: g)
                        let expected = Set(all.filter(pattern.matches))
                        let found = Array(try store.match(pattern))
                        #expect(found.count == Set(found).count, "duplicates for \(pattern)")
                        #expect(Set(found) == expected, "pattern \(pattern)")
                        #expect(try store.estimatedCount(pattern) == expected.count, "count for \(pattern)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 5 * 4 * 6 * 5)
    }

    @Test(arguments: StoreKind.allCases)
    func matchStreamsMoreQuadsThanOnePage(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let quads = (0..<2_500).map { Quad(S.iri("s\($0 % 7)"), S.ex["p\($0 % 3)"], .integer($0), graph: S.article1) }
        try store.add(quads)
        #expect(Set(try store.match(QuadPattern())) == Set(quads))
        let p1 = QuadPattern(predicate: S.ex["p1"], graph: .named(S.article1))
        #expect(Set(try store.match(p1)) == Set(quads.filter(p1.matches)))
        let s3 = QuadPattern(subject: S.iri("s3"))
        #expect(Array(try store.match(s3)).count == quads.filter(s3.matches).count)
    }

    @Test(arguments: StoreKind.allCases)
    func replaceGraphReplacesWithoutDuplicatesAndLeavesOtherGraphs(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let other = Quad(S.alice, S.knows, S.bob, graph: S.article2)
        let defaultQuad = Quad(S.bob, S.knows, S.alice)
        try store.add([other, defaultQuad])
        let first = [Quad(S.alice, S.age, .integer(30), graph: S.article1),
                     Quad(S.alice, RDFS.label, .string("Alice"), graph: S.article1)]
        try store.replaceGraph(S.article1, with: first, provenance: [])
        try store.replaceGraph(S.article1, with: first, provenance: [])
        #expect(try store.count() == 4)
        let second = [Quad(S.alice, S.age, .integer(31), graph: S.article1)]
        try store.replaceGraph(S.article1, with: second, provenance: [])
        #expect(Set(try store.match(QuadPattern(graph: .named(S.article1)))) == Set(second))
        #expect(Set(try store.match(QuadPattern())) == Set(second + [other, defaultQuad]))
        #expect(try store.entities(withLabel: "Alice").isEmpty, "labels of the replaced graph are gone")
        try store.replaceGraph(S.article1, with: [], provenance: [])
        #expect(try store.graphNames() == [S.article2])
        let sizes = try store.graphSizes()
        #expect(sizes.count == 2)
        #expect(sizes.contains { $0.graph == nil && $0.count == 1 })
        #expect(sizes.contains { $0.graph == S.article2 && $0.count == 1 })
    }

    @Test(arguments: StoreKind.allCases)
    func replaceGraphRefusesQuadsOfAnotherGraph(kind: StoreKind) throws {
        let store = try kind.makeStore()
        #expect(throws: StoreError.self) {
            try store.replaceGraph(S.article1, with: [Quad(S.alice, S.knows, S.bob, graph: S.article2)], provenance: [])
        }
        #expect(try store.count() == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func labelLookupFoldsLetterVariantsZWNJDigitsAndCase(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let ali = S.iri("ali"), resilience = S.iri("resilience"), festival = S.iri("festival"), un = S.iri("un")
        try store.replaceGraph(S.article1, with: [
            Quad(ali, RDFS.label, .text("علی", language: "fa"), graph: S.article1),
            Quad(resilience, SKOS.prefLabel, .string("تاب‌آوری"), graph: S.article1),
            Quad(festival, Schema.name, .string("جشنواره ۳۸"), graph: S.article1),
            Quad(un, SKOS.altLabel, .string("United Nations"), graph: S.article1),
            Quad(un, S.knows, .string("Not A Label"), graph: S.article1),
        ], provenance: [])
        #expect(try store.entities(withLabel: "علي") == [ali], "Arabic yeh")
        #expect(try store.entities(withLabel: "تاب آوری") == [resilience], "space instead of ZWNJ")
        #expect(try store.entities(withLabel: "تابآوری") == [resilience], "no separator")
        #expect(try store.entities(withLabel: "جشنواره 38") == [festival], "ASCII digits")
        #expect(try store.entities(withLabel: "UNITED nations") == [un], "case")
        #expect(try store.entities(withLabel: "not a label").isEmpty, "only label predicates count")
        #expect(try store.entities(withLabel: "").isEmpty)

        // One subject with two labels that fold to the same key is reported once.
        try store.add([Quad(ali, SKOS.altLabel, .string("علي"), graph: S.article2)])
        #expect(try store.entities(withLabel: "علی") == [ali])
        // Removing one label quad keeps the entity reachable through the other.
        try store.remove([Quad(ali, RDFS.label, .text("علی", language: "fa"), graph: S.article1)])
        #expect(try store.entities(withLabel: "علی") == [ali])
        try store.remove([Quad(ali, SKOS.altLabel, .string("علي"), graph: S.article2)])
        #expect(try store.entities(withLabel: "علی").isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func labelsWithPrefixFoldAndRespectTheLimit(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let a = S.iri("a"), b = S.iri("b"), c = S.iri("c")
        try store.add([
            Quad(a, RDFS.label, .string("جشنواره فجر")),
            Quad(b, RDFS.label, .string("جشن ملی")),
            Quad(c, RDFS.label, .string("Festival")),
            Quad(c, Schema.name, .string("festival of lights")),
        ])
        let persian = try store.labels(withPrefix: "جشن", limit: 10)
        #expect(Set(persian.map(\.label)) == ["جشنواره فجر", "جشن ملی"])
        #expect(Set(persian.map(\.subject)) == [a, b])
        let english = try store.labels(withPrefix: "FEST", limit: 10)
        #expect(english.map(\.label).sorted() == ["Festival", "festival of lights"])
        #expect(try store.labels(withPrefix: "جشن", limit: 1).count == 1)
        #expect(try store.labels(withPrefix: "", limit: 10).count == 4)
        #expect(try store.labels(withPrefix: "zzz", limit: 10).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func provenanceRoundTripsAndLeavesWithItsQuad(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let article = try IRI("https://example.org/article/1")
        let fact = Quad(S.alice, S.knows, S.bob, graph: .iri(article))
        let other = Quad(S.alice, S.age, .integer(30), graph: .iri(article))
        let records = [
            Provenance(quad: fact, article: article, sentenceIndex: 2, charStart: 10, charEnd: 42,
                       ruleId: "award.conferral.fa", confidence: 0.85),
            Provenance(quad: fact, article: article, sentenceIndex: 5, charStart: 100, charEnd: 120,
                       ruleId: "gazetteer", confidence: 1.0),
        ]
        try store.replaceGraph(.iri(article), with: [fact, other], provenance: records)
        #expect(try store.provenance(of: fact) == records)
        #expect(try store.provenance(of: other).isEmpty)
        #expect(try store.provenance(of: Quad(S.alice, S.knows, S.bob)).isEmpty, "same triple, default graph")

        try store.remove([fact])
        #expect(try store.provenance(of: fact).isEmpty)
        try store.add([fact])
        #expect(try store.provenance(of: fact).isEmpty, "provenance does not come back with a re-added quad")

        try store.replaceGraph(.iri(article), with: [fact], provenance: [records[0]])
        #expect(try store.provenance(of: fact) == [records[0]])
        try store.replaceGraph(.iri(article), with: [], provenance: [])
        #expect(try store.provenance(of: fact).isEmpty)
    }

    /// Every read answers inside `withSnapshot` exactly as outside, nested snapshots included; a lazy `match` of
    /// several pages is consumed inside; an error thrown by the body comes out unchanged and leaves the store usable.
    @Test(arguments: StoreKind.allCases)
    func readsInsideASnapshotAnswerAsOutside(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let article = try IRI("https://example.org/article/1")
        let quads = (0..<2_500).map { Quad(S.iri("s\($0 % 7)"), S.ex["p\($0 % 3)"], .integer($0), graph: .iri(article)) }
        let label = Quad(S.alice, RDFS.label, .text("آلیس", language: "fa"), graph: .iri(article))
        let record = Provenance(quad: label, article: article, sentenceIndex: 1, charStart: 0, charEnd: 4,
                                ruleId: "gazetteer", confidence: 1)
        try store.replaceGraph(.iri(article), with: quads + [label], provenance: [record])
        let patterns = [QuadPattern(), QuadPattern(subject: S.iri("s3")), QuadPattern(predicate: S.ex["p1"]),
                        QuadPattern(object: .integer(42)), QuadPattern(subject: S.bob), QuadPattern(graph: .defaultGraph)]
        func answers() throws -> [String] {
            var out: [String] = []
            for pattern in patterns {
                out.append("\(Set(try store.match(pattern)).count) \(try store.estimatedCount(pattern))")
            }
            out.append("\(try store.entities(withLabel: "آليس")) \(try store.provenance(of: label)) \(try store.count())")
            return out
        }
        let outside = try answers()
        #expect(outside[0].hasPrefix("2501 "))
        let inside = try store.withSnapshot { try answers() }
        #expect(inside == outside)
        let nested = try store.withSnapshot { try store.withSnapshot { try answers() } + answers() }
        #expect(nested == outside + outside)

        struct Stop: Error, Equatable {}
        #expect(throws: Stop()) { try store.withSnapshot { () throws -> Int in _ = try answers(); throw Stop() } }
        try store.add([Quad(S.bob, S.knows, S.alice)])
        #expect(try store.withSnapshot { Array(try store.match(QuadPattern(subject: S.bob))) } == [Quad(S.bob, S.knows, S.alice)])
    }

    /// `triples` answers each fact of the matching quads once, whichever graphs state it, across page boundaries
    /// and for every combination of bound positions; `estimatedCount(_:upTo:)` is exact below the limit and stops there.
    @Test(arguments: StoreKind.allCases)
    func triplesAreDistinctAcrossGraphsAndCountsStopAtTheLimit(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let graphs: [Term?] = [nil, S.article1, S.article2]
        var quads: [Quad] = []
        for i in 0..<1_500 {
            let triple = Triple(S.iri("s\(i % 5)"), S.ex["p\(i % 2)"], .integer(i % 700))
            for (k, g) in graphs.enumerated() where (i + k) % 3 != 0 {
                quads.append(Quad(triple.subject, triple.predicate, triple.object, graph: g))
            }
        }
        try store.add(quads)
        quads = Array(Set(quads))  // one triple recurs every 700 steps, sometimes in the same graph
        let subjects: [Term?] = [nil, S.iri("s2"), S.iri("nobody")]
        let predicates: [IRI?] = [nil, S.ex["p1"]]
        let objects: [Term?] = [nil, .integer(42), .integer(699)]
        for s in subjects {
            for p in predicates {
                for o in objects {
                    let pattern = QuadPattern(subject: s, predicate: p, object: o)
                    let expected = Set(quads.filter(pattern.matches).map(\.triple))
                    let found = Array(try store.triples(subject: s, predicate: p, object: o))
                    #expect(found.count == expected.count && Set(found) == expected, "\(pattern)")
                    let exact = quads.filter(pattern.matches).count
                    #expect(try store.estimatedCount(pattern, upTo: 100) == min(exact, 100))
                    #expect(try store.estimatedCount(pattern, upTo: 10_000) == exact)
                    #expect(try store.withSnapshot { Array(try store.triples(subject: s, predicate: p, object: o)) } == found)
                }
            }
        }
    }

    /// `labels(of:predicates:)` answers, for every term asked (known or not, in chunks larger than a statement
    /// takes), the literals of the predicates in the order given, each once — what one `triples` look-up per term
    /// and predicate finds — skipping IRI and blank-node values.
    @Test(arguments: StoreKind.allCases)
    func labelsOfManyTermsAgreeWithOneLookUpPerTermAndPredicate(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let name = S.ex["name"], alias = S.ex["alias"], other = S.ex["other"]
        var quads: [Quad] = []
        for i in 0..<600 {
            let subject = i % 7 == 0 ? Term.blank(BlankNode("b\(i)")) : S.iri("e\(i)")
            let graph: Term? = i % 3 == 0 ? nil : (i % 3 == 1 ? S.article1 : S.article2)
            if i % 5 != 0 { quads.append(Quad(subject, name, .text("نام \(i % 40)", language: "fa"), graph: graph)) }
            quads.append(Quad(subject, name, .string("name \(i)"), graph: S.article1))
            if i % 4 == 0 { quads.append(Quad(subject, alias, .string("name \(i)"), graph: S.article2)) }
            if i % 4 == 1 { quads.append(Quad(subject, alias, .string("alias \(i)"), graph: graph)) }
            if i % 6 == 2 { quads.append(Quad(subject, alias, S.iri("e\(i + 1)"))) }
            quads.append(Quad(subject, other, .string("not a label \(i)")))
        }
        try store.add(quads)
        let predicates = [alias, name, S.ex["absent"]]
        var asked: [Term] = (0..<620).map { $0 % 7 == 0 ? Term.blank(BlankNode("b\($0)")) : S.iri("e\($0)") }
        asked += [.string("name 1"), S.iri("e1")]
        func reference(_ term: Term) throws -> [Literal] {
            var found: [Literal] = []
            for predicate in predicates {
                for fact in try store.triples(subject: term, predicate: predicate, object: nil) {
                    if let literal = fact.object.literal, !found.contains(literal) { found.append(literal) }
                }
            }
            return found
        }
        let labels = try store.labels(of: asked, predicates: predicates)
        #expect(Set(labels.keys) == Set(asked))
        for term in asked { #expect(labels[term] == (try reference(term)), "\(term)") }
        #expect(labels[S.iri("e4")] == [Literal("name 4"), Literal("نام 4", knownLanguage: "fa")])
        #expect(try store.withSnapshot { try store.labels(of: asked, predicates: predicates) } == labels)
        #expect(try store.labels(of: [], predicates: predicates).isEmpty)
        #expect(try store.labels(of: [S.iri("e1")], predicates: []) == [S.iri("e1"): []])
    }

    @Test(arguments: StoreKind.allCases)
    func unusualLiteralsRoundTripExactly(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let texts = ["جشنوارهٔ بین‌المللی فیلم فجر", "🎬🏆 جایزه", "tab\tnew\nline\rcr", "nul\u{0}bell\u{7}del\u{7F}",
                     "", " ", "\"quoted\" \\ back", "e\u{301} composed vs é", "ی ي"]
        let quads = texts.enumerated().map { Quad(S.iri("t\($0.offset)"), S.ex["text"], .string($0.element)) }
        try store.add(quads)
        for quad in quads {
            let found = Array(try store.match(QuadPattern(subject: quad.subject)))
            #expect(found == [quad], "round trip of \(quad.object.ntriples)")
            #expect(Array(try store.match(QuadPattern(object: quad.object))) == [quad])
        }
        #expect(try store.count() == texts.count)
    }

    @Test(arguments: StoreKind.allCases)
    func typedLanguageAndPlainLiteralsStayDistinct(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let forms: [Term] = [
            .string("30"), .integer(30), .typed("30", XSD.decimal), .text("30", language: "en"),
            .text("30", language: "fa"), .iri(try IRI("urn:30")), .blank(BlankNode("30")),
            .typed("30", XSD.string),
        ]
        let quads = forms.map { Quad(S.alice, S.age, $0) }
        try store.add(quads)
        // `.typed("30", XSD.string)` is the same term as `.string("30")`.
        #expect(try store.count() == forms.count - 1)
        for form in forms {
            #expect(Array(try store.match(QuadPattern(object: form))) == [Quad(S.alice, S.age, form)])
        }
        #expect(Set(try store.match(QuadPattern(subject: S.alice)).map(\.object)) == Set(forms))
    }

    @Test(arguments: StoreKind.allCases)
    func blankNodesAreTermsOfTheirOwnKind(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let blank = Term.blank(BlankNode("n1"))
        let sameLabelIRI = Term.iri(try IRI("urn:n1"))
        try store.add([
            Quad(blank, RDFS.label, .string("anonymous")),
            Quad(blank, S.knows, Term.blank(BlankNode("n2")), graph: S.article1),
            Quad(Term.blank(BlankNode("n2")), S.knows, blank, graph: S.article1),
            Quad(sameLabelIRI, S.knows, blank),
        ])
        #expect(Array(try store.match(QuadPattern(subject: blank))).count == 2)
        #expect(Array(try store.match(QuadPattern(object: blank))).count == 2)
        #expect(Array(try store.match(QuadPattern(subject: .blank(BlankNode("urn:n1"))))).isEmpty)
        #expect(try store.entities(withLabel: "Anonymous") == [blank])
        #expect(Set(try store.labels(withPrefix: "anon", limit: 5).map(\.subject)) == [blank])
    }

    @Test(arguments: StoreKind.allCases)
    func graphNamesListNamedGraphsOnly(kind: StoreKind) throws {
        let store = try kind.makeStore()
        try store.add([Quad(S.alice, S.knows, S.bob), Quad(S.alice, S.knows, S.bob, graph: S.article2),
                       Quad(S.bob, S.knows, S.alice, graph: S.article1), Quad(S.bob, S.knows, S.bob, graph: S.article1)])
        #expect(try store.graphNames() == [S.article1, S.article2])
        let sizes = Dictionary(uniqueKeysWithValues: try store.graphSizes().map { ($0.graph?.ntriples ?? "default", $0.count) })
        #expect(sizes == ["default": 1, S.article1.ntriples: 2, S.article2.ntriples: 1])
    }
}
