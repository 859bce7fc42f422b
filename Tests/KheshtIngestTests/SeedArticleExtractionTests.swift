import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// What the knowledge base must hold after reading the sample Tabnak article (news code 793790): the facts the
/// issue lists, each checked in the article's own graph (the gazetteer adds only background knowledge).
@Suite struct SeedArticleExtractionTests {
    static let result: ExtractionResult = {
        let root = ExternalTool.packageRoot
        let extractor = try! Extractor.load(schemaDirectory: root.appendingPathComponent("schema"))
        let article = try! ArticleReader().read(contentsOf: root.appendingPathComponent("data/articles/000_tabnak_793790.txt"))[0]
        return extractor.extract(article)
    }()

    static func id(_ path: String) -> IRI { IRI(unchecked: Namespace.khr.iri + path) }
    static let hashemi = id("person/mohsen-hashemi")
    static let council = id("org/tehran-city-council")
    static let edition = id("event/golden-brick-4")

    func objects(_ subject: IRI, _ predicate: IRI) -> [Term] {
        Self.result.quads.filter { $0.subject == .iri(subject) && $0.predicate == predicate }.map(\.object)
    }

    func subjects(_ predicate: IRI, _ object: Term) -> [IRI] {
        Self.result.quads.filter { $0.predicate == predicate && $0.object == object }.compactMap(\.subject.iri)
    }

    @Test func hashemiChairsTehranCityCouncil() {
        let holdings = subjects(KH.holder, .iri(Self.hashemi))
        #expect(holdings.contains { holding in
            objects(holding, KH.inOrganization).contains(.iri(Self.council))
                && objects(holding, Schema.roleName).contains { $0.literal?.lexicalForm == "رئیس" }
        })
    }

    @Test func fourthGoldenBrickEditionAtMiladTowerOnSaturday() {
        #expect(objects(Self.edition, RDF.type).contains(.iri(KH.AwardCeremony)))
        #expect(objects(Self.edition, KH.editionNumber) == [.integer(4)])
        #expect(objects(Self.edition, KH.editionOf) == [.iri(Self.id("award/golden-brick"))])
        #expect(objects(Self.edition, Schema.location) == [.iri(Self.id("place/milad-tower"))])
        #expect(objects(Self.edition, Schema.startDate) == [.typed("2019-11-02", XSD.date)])
        #expect(objects(Self.edition, KH.jalaliDate) == [.string("1398-08-11")])
        #expect(objects(Self.edition, KH.dateText).contains { $0.literal?.lexicalForm == "عصر شنبه" })
        #expect(objects(Self.edition, KH.speaker).contains(.iri(Self.hashemi)))
    }

    @Test func worldCitiesDayEstablishedIn2013OnAUNCommitteeProposal() throws {
        let day = Self.id("observance/world-cities-day")
        #expect(objects(day, KH.establishedIn) == [.typed("2013", XSD.gYear)])
        let proposers = objects(day, KH.proposedBy).compactMap(\.iri)
        #expect(proposers.count == 1)
        let label = try #require(proposers.first.flatMap { objects($0, RDFS.label).first?.literal?.lexicalForm })
        #expect(label.hasPrefix("کمیته اقتصادی") && label.hasSuffix("سازمان ملل"))
    }

    @Test func theTehranManSystemIsMentioned() {
        let article = Self.result.article
        #expect(objects(article, Schema.mentions).contains(.iri(Self.id("product/tehran-man"))))
    }

    @Test func articleMetadata() {
        let article = Self.result.article
        #expect(objects(article, KH.newsCode) == [.string("793790")])
        #expect(objects(article, Schema.datePublished).first?.literal?.lexicalForm.hasPrefix("2019-11-03T10:27") == true)
        #expect(objects(article, KH.jalaliDate) == [.string("1398-08-12")])
        #expect(objects(article, Schema.publisher) == [.iri(Self.id("org/tabnak"))])
        #expect(objects(article, Schema.inLanguage) == [.string("fa")])
    }

    @Test func hashemiIsQuotedWithTheSentencesThatCarryHisWords() {
        let quotes = subjects(KH.saidBy, .iri(Self.hashemi))
        #expect(quotes.count >= 5)
        for quote in quotes {
            #expect(objects(quote, Schema.isPartOf) == [.iri(Self.result.article)])
            #expect(objects(quote, KH.sentenceIndex).count == 1)
        }
        let texts = quotes.flatMap { objects($0, Schema.text) }.compactMap { $0.literal?.lexicalForm }
        #expect(texts.contains { $0.contains("سیاست خارجی از دو طریق") })
    }

    @Test func everyFactHasProvenanceInsideTheArticle() {
        let covered = Set(Self.result.provenance.map(\.quad))
        #expect(Self.result.quads.allSatisfy { covered.contains($0) })
        #expect(Self.result.provenance.allSatisfy { $0.charStart <= $0.charEnd && $0.article == Self.result.article })
    }

    @Test func pageFurnitureYieldsNothing() {
        let labels = Self.result.quads.filter { $0.predicate == RDFS.label }.compactMap { $0.object.literal?.lexicalForm }
        for furniture in ["اشتراک گذاری", "نظر شما", "آخرین اخبار", "ایمیل"] {
            #expect(!labels.contains { $0.contains(furniture) })
        }
    }
}
