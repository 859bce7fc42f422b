import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtStore
import KheshtTestSupport

/// One unknown person, hall and award reported by a Persian and an English article become one entity each in the
/// store, whichever article is stored first; a different person with a near name stays apart.
@Suite struct CrossLingualResolutionTests {
    static let extractor = try! Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))
    static let fixtures = ExternalTool.packageRoot.appendingPathComponent("Tests/KheshtIngestTests/Fixtures/CrossLingual")

    /// Stores the named fixtures in order the way `khesht ingest` does: gazetteer first, each article resolved.
    static func ingest(_ names: [String], into store: MemoryStore = MemoryStore()) throws -> MemoryStore {
        try ingest(articles: names.flatMap { try ArticleReader().read(contentsOf: fixtures.appendingPathComponent($0)) }, into: store)
    }

    static func ingest(articles: [Article], into store: MemoryStore = MemoryStore()) throws -> MemoryStore {
        let gazetteer = extractor.gazetteerFacts()
        try store.replaceGraph(.iri(gazetteer.article), with: gazetteer.quads, provenance: gazetteer.provenance)
        let resolver = NameKeyResolver(store: store, fixedGraphs: [.iri(Extractor.gazetteerGraph)])
        for article in articles {
            let result = extractor.extract(article)
            try resolver.resolveAndStore(graph: .iri(result.article), quads: result.quads, provenance: result.provenance)
        }
        return store
    }

    /// Subjects of `type` outside the gazetteer graph having a label whose text is `label`.
    static func entities(_ store: MemoryStore, type: IRI, label: String) throws -> Set<IRI> {
        var found = Set<IRI>()
        for quad in try store.match(predicate: RDFS.label) where quad.object.literal?.lexicalForm == label {
            guard let subject = quad.subject.iri,
                  try store.match(subject: .iri(subject), predicate: RDF.type, object: .iri(type)).contains(where: { _ in true })
            else { continue }
            found.insert(subject)
        }
        return found
    }

    static func sortedQuads(_ store: MemoryStore) throws -> [String] {
        try store.match(QuadPattern()).map { "\($0)" }.sorted()
    }

    static let orders = [["sepidar_fa.txt", "sepidar_en.txt"], ["sepidar_en.txt", "sepidar_fa.txt"]]

    @Test(arguments: orders) func personHallAndAwardAreOneEntityEach(order: [String]) throws {
        let store = try Self.ingest(order)
        for (type, persian, english) in [(Schema.person, "بهنام قربانیان", "Behnam Ghorbanian"),
                                         (Schema.place, "تالار فردوسی", "Ferdowsi Hall"),
                                         (KH.Award, "جایزه سپیدار", "Sepidar Award")] {
            let fa = try Self.entities(store, type: type, label: persian)
            let en = try Self.entities(store, type: type, label: english)
            #expect(fa.count == 1, "\(persian): \(fa)")
            #expect(fa == en, "\(persian) \(fa) / \(english) \(en)")
        }
        // The edition is named from its award, so the reports of the second Sepidar Award meet too.
        let editions = try store.match(predicate: KH.editionOf).compactMap(\.subject.iri)
        #expect(Set(editions).count == 1)
        // The English spelling stays as an alternative label of the survivor.
        let person = try Self.entities(store, type: Schema.person, label: "بهنام قربانیان")
        let aliases = try person.flatMap { try store.match(subject: .iri($0), predicate: SKOS.altLabel).map(\.object) }
        #expect(aliases.contains(.text("Behnam Ghorbanian", language: "en")))
    }

    @Test func theStoreIsTheSameInBothOrdersAndAfterIngestingAgain() throws {
        let forward = try Self.ingest(Self.orders[0])
        let backward = try Self.ingest(Self.orders[1])
        #expect(try Self.sortedQuads(forward) == Self.sortedQuads(backward))
        let before = try Self.sortedQuads(forward)
        let again = try Self.ingest(Self.orders[0] + Self.orders[1], into: forward)
        #expect(try Self.sortedQuads(again) == before)
        let provenance = try again.match(QuadPattern()).reduce(0) { $0 + (try again.provenance(of: $1).count) }
        let backwardProvenance = try backward.match(QuadPattern()).reduce(0) { $0 + (try backward.provenance(of: $1).count) }
        #expect(provenance == backwardProvenance)
    }

    @Test func aNearNameOfAnotherPersonStaysAnotherPerson() throws {
        let store = try Self.ingest(["sepidar_fa.txt", "ghorbanian_other_en.txt", "sepidar_en.txt"])
        let behnam = try Self.entities(store, type: Schema.person, label: "بهنام قربانیان")
        let hossein = try Self.entities(store, type: Schema.person, label: "Hossein Ghorbanian")
        #expect(behnam.count == 1)
        #expect(hossein.count == 1)
        #expect(behnam.isDisjoint(with: hossein))
    }

    @Test func aSurnameAloneNeverMerges() throws {
        let english = try ArticleReader().read(bytes: Array("""
            Tehran Times
            Ghorbanian speaks
            Published: June 3, 2023 - 19:40

            Mr. Ghorbanian said that the festival will be held in the autumn.
            """.utf8), path: "surname-en.txt")
        let persian = try ArticleReader().read(bytes: Array("""
            کد خبر: 1402031301
            ۱۴۰۲/۰۳/۱۳ - ۱۰:۳۰

            قربانیان: جشنواره در پاییز برگزار می شود

            دکتر قربانیان گفت: جشنواره در پاییز برگزار می شود.
            """.utf8), path: "surname-fa.txt")
        let full = try ["sepidar_fa.txt", "sepidar_en.txt"].flatMap {
            try ArticleReader().read(contentsOf: Self.fixtures.appendingPathComponent($0))
        }
        let store = try Self.ingest(articles: english + full + persian)
        let surnames = try Self.entities(store, type: Schema.person, label: "Ghorbanian")
            .union(Self.entities(store, type: Schema.person, label: "قربانیان"))
        let behnam = try Self.entities(store, type: Schema.person, label: "بهنام قربانیان")
        #expect(surnames.count == 2, "the surname is found as a person in both articles: \(surnames)")
        #expect(behnam.count == 1 && surnames.isDisjoint(with: behnam))
        for surname in surnames {
            #expect(try store.match(subject: .iri(surname), predicate: KH.nameKey).contains(where: { _ in true }) == false)
        }
    }

    @Test func aSpellingTheGazetteerDoesNotListMeetsTheKnownEntity() throws {
        let article = try ArticleReader().read(bytes: Array("""
            Tehran Times
            Mayor speaks
            Published: May 31, 2023 - 19:40

            Pirooz Hanachi, the mayor of Tehran, said that the city will plant trees.
            """.utf8), path: "pirooz.txt")
        let store = try Self.ingest(articles: article)
        let known = IRI(unchecked: Namespace.khr.iri + "person/pirouz-hanachi")
        #expect(try Self.entities(store, type: Schema.person, label: "Pirooz Hanachi") == [known])
        #expect(try store.match(subject: .iri(IRI(unchecked: Namespace.khr.iri + "person/pirooz-hanachi"))).contains(where: { _ in true }) == false)
    }
}
