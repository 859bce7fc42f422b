import KheshtGraph
import KheshtStore

/// A hand-made graph around the Tehran Golden Brick award, shaped as docs/data-model.md describes: three dated
/// editions at three precisions, one undated edition, a multi-day panel, World Cities Day, places nested in Tehran.
///
/// - 3rd edition: `"2018"^^xsd:gYear` with `kh:jalaliDate "1397"`, English label only.
/// - 4th edition: `"2019-11-02"^^xsd:date` = 1398-08-11, at Milad Tower (in Tehran), speaker, provenance.
/// - 5th edition: only `kh:jalaliDate "۱۳۹۹"` (a Jalali year in Persian digits), no label (title is composed).
/// - 6th edition: no date at all.
enum GoldenBrickDataset {
    static func iri(_ path: String) -> Term { .iri(Namespace.khr[path]) }

    static let award = iri("award/golden-brick")
    static let municipality = iri("org/tehran-municipality")
    static let unHabitat = iri("org/un-habitat")
    static let tehran = iri("place/tehran")
    static let iran = iri("place/iran")
    static let miladTower = iri("place/milad-tower")
    static let hashemi = iri("person/mohsen-hashemi")
    static let winnerCity = iri("place/shiraz")
    static let third = iri("event/golden-brick-3")
    static let fourth = iri("event/golden-brick-4")
    static let fifth = iri("event/golden-brick-5")
    static let sixth = iri("event/golden-brick-6")
    static let panel = iri("event/city-diplomacy-panel")
    static let citiesDay = iri("event/world-cities-day-2019")
    static let conferral = iri("conferral/golden-brick-4-shiraz")
    static let article = iri("article/793790")
    static let articleIRI = Namespace.khr["article/793790"]

    static let fourthTitleFa = "چهارمین دوره جایزه جهانی خشت طلایی تهران"
    static let fourthTitleEn = "4th Tehran Golden Brick World Award"
    static let thirdTitleEn = "3rd Tehran Golden Brick World Award"
    static let panelTitleEn = "City diplomacy panel <Tehran & the world>"
    static let citiesDayTitleFa = "روز جهانی شهرها ۲۰۱۹"

    static func fa(_ text: String) -> Term { .text(text, language: "fa") }
    static func en(_ text: String) -> Term { .text(text, language: "en") }

    /// Facts read from the sample article (graph = the article) with their provenance.
    static var articleQuads: [(Quad, sentence: Int)] {
        let g = article
        return [
            (Quad(fourth, RDF.type, .iri(KH.AwardCeremony), graph: g), 3),
            (Quad(fourth, KH.editionNumber, .integer(4), graph: g), 3),
            (Quad(fourth, KH.editionOf, award, graph: g), 3),
            (Quad(fourth, Schema.location, miladTower, graph: g), 3),
            (Quad(fourth, KH.speaker, hashemi, graph: g), 3),
            (Quad(fourth, Schema.startDate, .typed("2019-11-02", XSD.date), graph: g), 3),
            (Quad(fourth, KH.jalaliDate, .string("1398-08-11"), graph: g), 3),
            (Quad(fourth, KH.dateText, fa("عصر شنبه"), graph: g), 3),
            (Quad(fourth, RDFS.label, fa(fourthTitleFa), graph: g), 3),
            (Quad(fourth, KH.slogan, fa("ایجاد شهرهای هوشمند، تاب‌آور، زیست‌پذیر برای همه"), graph: g), 11),
        ]
    }

    /// Background knowledge (default graph, no provenance): the gazetteer's entities and other events.
    static var backgroundQuads: [Quad] {
        [
            Quad(award, RDF.type, .iri(KH.Award)),
            Quad(award, RDFS.label, fa("جایزه جهانی خشت طلایی تهران")),
            Quad(award, RDFS.label, en("Tehran Golden Brick World Award")),
            Quad(award, KH.conferredBy, municipality),
            Quad(municipality, RDFS.label, fa("شهرداری تهران")),
            Quad(municipality, RDFS.label, en("Tehran Municipality")),
            Quad(unHabitat, RDFS.label, en("UN-Habitat")),
            Quad(iran, RDFS.label, fa("ایران")),
            Quad(iran, RDFS.label, en("Iran")),
            Quad(tehran, RDFS.label, fa("تهران")),
            Quad(tehran, RDFS.label, en("Tehran")),
            Quad(tehran, Schema.containedInPlace, iran),
            Quad(miladTower, RDFS.label, fa("برج میلاد")),
            Quad(miladTower, RDFS.label, en("Milad Tower")),
            Quad(miladTower, Schema.containedInPlace, tehran),
            Quad(hashemi, RDF.type, .iri(Schema.person)),
            Quad(hashemi, RDFS.label, fa("محسن هاشمی")),
            Quad(hashemi, RDFS.label, en("Mohsen Hashemi")),
            Quad(winnerCity, RDFS.label, fa("شیراز")),
            Quad(winnerCity, RDFS.label, en("Shiraz")),
            Quad(fourth, RDFS.label, en(fourthTitleEn)),
            Quad(fourth, Schema.organizer, municipality),

            Quad(third, RDF.type, .iri(KH.AwardCeremony)),
            Quad(third, KH.editionNumber, .integer(3)),
            Quad(third, KH.editionOf, award),
            Quad(third, RDFS.label, en(thirdTitleEn)),
            Quad(third, Schema.startDate, .typed("2018", XSD.gYear)),
            Quad(third, KH.jalaliDate, .string("1397")),

            Quad(fifth, RDF.type, .iri(KH.AwardCeremony)),
            Quad(fifth, KH.editionNumber, .integer(5)),
            Quad(fifth, KH.editionOf, award),
            Quad(fifth, KH.jalaliDate, .string("۱۳۹۹")),
            Quad(fifth, Schema.location, tehran),

            Quad(sixth, RDF.type, .iri(KH.AwardCeremony)),
            Quad(sixth, KH.editionNumber, .integer(6)),
            Quad(sixth, KH.editionOf, award),

            Quad(conferral, RDF.type, .iri(KH.AwardConferral)),
            Quad(conferral, KH.recipient, winnerCity),
            Quad(conferral, KH.award, award),
            Quad(conferral, KH.ceremony, fourth),

            Quad(panel, RDF.type, .iri(Schema.event)),
            Quad(panel, RDFS.label, en(panelTitleEn)),
            Quad(panel, Schema.startDate, .typed("2019-11-02", XSD.date)),
            Quad(panel, Schema.endDate, .typed("2019-11-04", XSD.date)),
            Quad(panel, Schema.location, miladTower),
            Quad(panel, KH.chair, hashemi),

            Quad(citiesDay, RDF.type, .iri(Schema.event)),
            Quad(citiesDay, RDFS.label, fa(citiesDayTitleFa)),
            Quad(citiesDay, RDFS.label, en("World Cities Day 2019")),
            Quad(citiesDay, Schema.startDate, .typed("2019-10-31T18:00:00+03:30", XSD.dateTime)),
            Quad(citiesDay, Schema.location, tehran),
            Quad(citiesDay, Schema.organizer, unHabitat),

            Quad(articleIRIterm, RDF.type, .iri(Schema.newsArticle)),
            Quad(articleIRIterm, Schema.headline, fa("محسن هاشمی: در حوزه تاب‌آوری شهر تهران کم کار کرده‌ایم")),
            Quad(articleIRIterm, Schema.url, .iri(IRI(unchecked: "https://www.tabnak.ir/fa/news/793790"))),
            Quad(articleIRIterm, KH.jalaliDate, .string("1398-08-12")),
            Quad(articleIRIterm, Schema.datePublished, .typed("2019-11-03T10:27:00+03:30", XSD.dateTime)),
        ]
    }

    static var articleIRIterm: Term { article }

    /// The whole dataset in a fresh `MemoryStore`.
    static func store() throws -> MemoryStore {
        let store = MemoryStore()
        try store.add(backgroundQuads)
        let facts = articleQuads
        let provenance = facts.map { quad, sentence in
            Provenance(quad: quad, article: articleIRI, sentenceIndex: sentence, charStart: 0, charEnd: 0,
                       ruleId: "test", confidence: 1.0)
        }
        try store.replaceGraph(article, with: facts.map(\.0), provenance: provenance)
        return store
    }
}
