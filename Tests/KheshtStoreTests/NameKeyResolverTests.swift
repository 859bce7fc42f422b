import Testing
import KheshtGraph
import KheshtStore

/// The store side of cross-article identity, on hand-made article graphs: merge only on exactly one candidate of the
/// same type; the gazetteer's IRI always survives; otherwise the same IRI survives whichever article came first, and
/// IRIs derived from a renamed one follow it. Runs on both stores.
@Suite struct NameKeyResolverTests {
    static func id(_ path: String) -> IRI { IRI(unchecked: Namespace.khr.iri + path) }
    static let gazetteer = Term.iri(id("graph/gazetteer"))

    /// An article graph naming one entity with a label and a key, plus an edition and a position derived from it.
    static func article(_ name: String, entity: String, type: IRI = Schema.person, label: String,
                        key: String, language: String) -> (graph: Term, quads: [Quad], provenance: [Provenance]) {
        let graph = Term.iri(id("article/\(name)"))
        let subject = Term.iri(id(entity))
        let segment = entity.split(separator: "/").last.map(String.init)!
        let holding = Term.iri(id("position/\(segment)/role-\(language)/-"))
        var quads = [
            Quad(subject, RDF.type, .iri(type), graph: graph),
            Quad(subject, RDFS.label, .text(label, language: language), graph: graph),
            Quad(subject, KH.nameKey, .string(key), graph: graph),
            Quad(graph, Schema.mentions, subject, graph: graph),
            Quad(holding, KH.holder, subject, graph: graph),
            Quad(subject, KH.holdsPosition, holding, graph: graph),
        ]
        if type == KH.Award {
            let edition = Term.iri(id("event/\(segment)-3"))
            quads += [Quad(edition, KH.editionOf, subject, graph: graph), Quad(edition, KH.editionNumber, .integer(3), graph: graph)]
        }
        let provenance = quads.enumerated().map { index, quad in
            Provenance(quad: quad, article: graph.iri!, sentenceIndex: index, charStart: 0, charEnd: 5, ruleId: "test", confidence: 0.8)
        }
        return (graph, quads, provenance)
    }

    static func store(_ kind: StoreKind, _ articles: [(graph: Term, quads: [Quad], provenance: [Provenance])],
                      fixed: [Term] = [gazetteer]) throws -> any GraphStore {
        let store = try kind.makeStore()
        let resolver = NameKeyResolver(store: store, fixedGraphs: fixed)
        for article in articles {
            try resolver.resolveAndStore(graph: article.graph, quads: article.quads, provenance: article.provenance)
        }
        return store
    }

    static func subjects(_ store: any GraphStore, labelled label: String) throws -> Set<Term> {
        Set(try store.match(predicate: RDFS.label).filter { $0.object.literal?.lexicalForm == label }.map(\.subject))
    }

    static let persian = article("fa", entity: "person/کاوه-رسولی", label: "کاوه رسولی", key: "KVERSVLI", language: "fa")
    static let english = article("en", entity: "person/kaveh-rasouli", label: "Kaveh Rasouli", key: "KVERSVLI", language: "en")

    @Test(arguments: StoreKind.allCases) func oneCandidateMergesAndTheSurvivorDoesNotDependOnOrder(kind: StoreKind) throws {
        for order in [[Self.persian, Self.english], [Self.english, Self.persian]] {
            let store = try Self.store(kind, order)
            let fa = try Self.subjects(store, labelled: "کاوه رسولی")
            #expect(fa == [.iri(Self.id("person/کاوه-رسولی"))])
            #expect(try Self.subjects(store, labelled: "Kaveh Rasouli") == fa)
            // The English holding now hangs off the survivor, under a name derived from it.
            let holdings = Set(try store.match(predicate: KH.holder, object: fa.first!).map(\.subject))
            #expect(holdings == [.iri(Self.id("position/کاوه-رسولی/role-fa/-")), .iri(Self.id("position/کاوه-رسولی/role-en/-"))])
            #expect(try store.match(subject: .iri(Self.id("person/kaveh-rasouli"))).contains(where: { _ in true }) == false)
            // Provenance moved with its quads.
            let label = Quad(fa.first!, RDFS.label, .text("Kaveh Rasouli", language: "en"), graph: .iri(Self.id("article/en")))
            #expect(try store.provenance(of: label).count == 1)
            let alias = Quad(fa.first!, SKOS.altLabel, .text("Kaveh Rasouli", language: "en"), graph: .iri(Self.id("article/en")))
            #expect(try store.provenance(of: alias).count == 1)
        }
    }

    @Test(arguments: StoreKind.allCases) func twoCandidatesMergeNothing(kind: StoreKind) throws {
        // Two known people whose names share a key (the gazetteer keeps them apart; nothing merges them).
        let known = [Self.id("person/rasouli-1"), Self.id("person/rasouli-2")].flatMap { person in
            [Quad(.iri(person), RDF.type, .iri(Schema.person), graph: Self.gazetteer),
             Quad(.iri(person), KH.nameKey, .string("KVERSVLI"), graph: Self.gazetteer)]
        }
        let store = try kind.makeStore()
        try store.replaceGraph(Self.gazetteer, with: known, provenance: [])
        let resolver = NameKeyResolver(store: store, fixedGraphs: [Self.gazetteer])
        let resolved = try resolver.resolveAndStore(graph: Self.english.graph, quads: Self.english.quads, provenance: Self.english.provenance)
        #expect(resolved.merges.isEmpty)
        #expect(Set(resolved.quads) == Set(Self.english.quads))
    }

    @Test(arguments: StoreKind.allCases) func anotherTypeIsNoCandidate(kind: StoreKind) throws {
        let place = Self.article("place", entity: "place/kaveh-rasouli-square", type: Schema.place, label: "Kaveh Rasouli",
                                 key: "KVERSVLI", language: "en")
        let store = try Self.store(kind, [place, Self.persian])
        #expect(try Self.subjects(store, labelled: "کاوه رسولی") == [.iri(Self.id("person/کاوه-رسولی"))])
        #expect(try Self.subjects(store, labelled: "Kaveh Rasouli") == [.iri(Self.id("place/kaveh-rasouli-square"))])
    }

    @Test(arguments: StoreKind.allCases) func theGazetteerEntityAlwaysSurvives(kind: StoreKind) throws {
        let known = (graph: Self.gazetteer,
                     quads: [Quad(.iri(Self.id("person/rasouli")), RDF.type, .iri(Schema.person), graph: Self.gazetteer),
                             Quad(.iri(Self.id("person/rasouli")), KH.nameKey, .string("KVERSVLI"), graph: Self.gazetteer)],
                     provenance: [Provenance]())
        let store = try kind.makeStore()
        try store.replaceGraph(known.graph, with: known.quads, provenance: [])
        let resolver = NameKeyResolver(store: store, fixedGraphs: [Self.gazetteer])
        let resolved = try resolver.resolveAndStore(graph: Self.persian.graph, quads: Self.persian.quads, provenance: Self.persian.provenance)
        #expect(resolved.merges == [NameKeyResolver.Merge(from: Self.id("person/کاوه-رسولی"), to: Self.id("person/rasouli"))])
        #expect(resolved.rewrittenGraphs.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func editionsOfOneAwardMeetWithIt(kind: StoreKind) throws {
        let fa = Self.article("fa", entity: "award/جایزه-سپیدار", type: KH.Award, label: "جایزه سپیدار", key: "SPIDR/award", language: "fa")
        let en = Self.article("en", entity: "award/sepidar-award", type: KH.Award, label: "Sepidar Award", key: "SPIDR/award", language: "en")
        for order in [[fa, en], [en, fa]] {
            let store = try Self.store(kind, order)
            let editions = Set(try store.match(predicate: KH.editionOf).map(\.subject))
            #expect(editions == [.iri(Self.id("event/جایزه-سپیدار-3"))])
        }
    }

    @Test func theSurvivorIsPersianThenShorterThenSmaller() {
        let persian = Self.id("person/کاوه-رسولی"), latin = Self.id("person/kaveh-rasouli")
        #expect(NameKeyResolver.preferred(persian, latin) == persian)
        #expect(NameKeyResolver.preferred(latin, persian) == persian)
        let short = Self.id("person/ab-cd"), long = Self.id("person/abc-de")
        #expect(NameKeyResolver.preferred(long, short) == short)
    }
}
