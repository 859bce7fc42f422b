import KheshtGraph
import KheshtStore

/// A small hand-made graph shaped like extraction output for the sample article (the 4th Golden Brick award at
/// Milad Tower, Mohsen Hashemi's speech, World Cities Day), plus a few neighbours so that joins, dates, optional
/// parts, negation, grouping and paths have something to tell apart. The expected answers in the tests are
/// worked out by hand from this list.
enum NewsDataset {
    static func r(_ path: String) -> Term { .iri(Namespace.khr[path]) }
    static func fa(_ s: String) -> Term { .text(s, language: "fa") }
    static func en(_ s: String) -> Term { .text(s, language: "en") }

    static let article1 = r("article/bbbea4ec4a73e0b9")
    static let article2 = r("article/second")

    static let hashemi = r("person/mohsen-hashemi")
    static let masjedjamei = r("person/ahmad-masjedjamei")
    static let hanachi = r("person/pirouz-hanachi")
    static let council = r("organization/tehran-city-council")
    static let municipality = r("organization/tehran-municipality")
    static let unCommittee = r("organization/un-economic-committee")
    static let tabnak = r("organization/tabnak")
    static let milad = r("place/milad-tower")
    static let cityHall = r("place/tehran-city-hall")
    static let tehran = r("place/tehran")
    static let iran = r("place/iran")
    static let goldenBrick = r("award/golden-brick")
    static let gb3 = r("event/golden-brick-3")
    static let gb4 = r("event/golden-brick-4")
    static let expo = r("event/smart-city-expo")
    static let forum = r("event/resilience-forum")
    static let citiesDay = r("observance/world-cities-day")
    static let chairHolding = r("holding/hashemi-council-chair")
    static let deputyHolding = r("holding/masjedjamei-council-deputy")
    static let quote1 = r("quote/hashemi-resilience")
    static let quote2 = r("quote/hashemi-diplomacy")

    static func date(_ s: String) -> Term { .typed(s, XSD.date) }

    /// (subject, predicate, object) in article 1 unless listed in `secondArticle`.
    static let facts: [(Term, IRI, Term)] = [
        (hashemi, RDF.type, .iri(Schema.person)),
        (hashemi, RDFS.label, fa("محسن هاشمی")), (hashemi, RDFS.label, en("Mohsen Hashemi")),
        (hashemi, SKOS.altLabel, fa("هاشمی")),
        (masjedjamei, RDF.type, .iri(Schema.person)),
        (masjedjamei, RDFS.label, fa("احمد مسجدجامعی")), (masjedjamei, RDFS.label, en("Ahmad Masjed-Jamei")),
        (hanachi, RDF.type, .iri(Schema.person)),
        (hanachi, RDFS.label, fa("پیروز حناچی")), (hanachi, RDFS.label, en("Pirouz Hanachi")),

        (council, RDF.type, .iri(Schema.organization)),
        (council, RDFS.label, fa("شورای اسلامی شهر تهران")), (council, RDFS.label, en("Tehran City Council")),
        (council, SKOS.altLabel, fa("شورای شهر تهران")),
        (municipality, RDF.type, .iri(Schema.organization)),
        (municipality, RDFS.label, fa("شهرداری تهران")), (municipality, RDFS.label, en("Tehran Municipality")),
        (unCommittee, RDF.type, .iri(Schema.organization)),
        (unCommittee, RDFS.label, fa("کمیته اقتصادی و سرمایه‌گذاری سازمان ملل")),
        (unCommittee, RDFS.label, en("UN Economic and Investment Committee")),
        (tabnak, RDF.type, .iri(Schema.organization)), (tabnak, RDFS.label, fa("تابناک")), (tabnak, RDFS.label, en("Tabnak")),

        (milad, RDF.type, .iri(Schema.place)),
        (milad, RDFS.label, fa("برج میلاد")), (milad, RDFS.label, en("Milad Tower")),
        (milad, Schema.containedInPlace, tehran),
        (cityHall, RDF.type, .iri(Schema.place)), (cityHall, RDFS.label, en("Tehran City Hall")),
        (cityHall, Schema.containedInPlace, tehran),
        (tehran, RDF.type, .iri(Schema.place)), (tehran, RDFS.label, fa("تهران")), (tehran, RDFS.label, en("Tehran")),
        (tehran, Schema.containedInPlace, iran),
        (iran, RDF.type, .iri(Schema.place)), (iran, RDFS.label, fa("ایران")), (iran, RDFS.label, en("Iran")),

        (chairHolding, RDF.type, .iri(KH.PositionHolding)),
        (chairHolding, KH.holder, hashemi), (chairHolding, Schema.roleName, fa("رئیس")),
        (chairHolding, KH.inOrganization, council), (hashemi, KH.holdsPosition, chairHolding),
        (deputyHolding, RDF.type, .iri(KH.PositionHolding)),
        (deputyHolding, KH.holder, masjedjamei), (deputyHolding, Schema.roleName, fa("نایب رئیس")),
        (deputyHolding, KH.inOrganization, council), (masjedjamei, KH.holdsPosition, deputyHolding),

        (goldenBrick, RDF.type, .iri(KH.Award)),
        (goldenBrick, RDFS.label, fa("جایزه جهانی خشت طلایی تهران")), (goldenBrick, RDFS.label, en("Golden Brick Award")),
        (goldenBrick, SKOS.altLabel, fa("خشت طلایی")),
        (goldenBrick, KH.conferredBy, municipality),

        (gb4, RDF.type, .iri(KH.AwardCeremony)),
        (gb4, RDFS.label, fa("چهارمین دوره جایزه جهانی خشت طلایی")), (gb4, RDFS.label, en("4th Golden Brick Award")),
        (gb4, KH.editionNumber, .integer(4)), (gb4, KH.editionOf, goldenBrick),
        (gb4, Schema.location, milad), (gb4, Schema.startDate, date("2019-11-02")),
        (gb4, KH.jalaliDate, .string("1398-08-11")), (gb4, KH.dateText, fa("عصر شنبه")),
        (gb4, KH.speaker, hashemi), (gb4, KH.slogan, fa("ایجاد شهرهای هوشمند، تاب‌آور و زیست‌پذیر برای همه")),

        (gb3, RDF.type, .iri(KH.AwardCeremony)),
        (gb3, RDFS.label, fa("سومین دوره جایزه جهانی خشت طلایی")), (gb3, RDFS.label, en("3rd Golden Brick Award")),
        (gb3, KH.editionNumber, .integer(3)), (gb3, KH.editionOf, goldenBrick),
        (gb3, Schema.location, milad), (gb3, Schema.startDate, .typed("2018-10", XSD.gYearMonth)),
        (gb3, KH.speaker, hanachi),

        (expo, RDF.type, .iri(Schema.event)),
        (expo, RDFS.label, fa("نمایشگاه شهر هوشمند")), (expo, RDFS.label, en("Smart City Expo")),
        (expo, Schema.location, milad), (expo, Schema.startDate, .typed("2020", XSD.gYear)),
        (expo, Schema.organizer, municipality),

        (forum, RDF.type, .iri(Schema.event)),
        (forum, RDFS.label, en("Urban Resilience Forum")),
        (forum, Schema.location, cityHall), (forum, KH.speaker, hashemi), (forum, KH.chair, masjedjamei),

        (citiesDay, RDF.type, .iri(KH.Observance)),
        (citiesDay, RDFS.label, fa("روز جهانی شهرها")), (citiesDay, RDFS.label, en("World Cities Day")),
        (citiesDay, KH.establishedIn, .typed("2013", XSD.gYear)), (citiesDay, KH.proposedBy, unCommittee),
        (citiesDay, KH.observedOn, .typed("--10-31", XSD.gMonthDay)),

        (quote1, RDF.type, .iri(KH.Quote)), (quote1, KH.saidBy, hashemi),
        (quote1, Schema.text, fa("در حوزه تاب‌آوری شهر تهران کم کار کرده‌ایم")),
        (quote1, KH.saidAt, gb4), (quote1, Schema.isPartOf, article1), (quote1, KH.sentenceIndex, .integer(1)),
        (quote2, RDF.type, .iri(KH.Quote)), (quote2, KH.saidBy, hashemi),
        (quote2, Schema.text, fa("دیپلماسی شهری سومین شکل متداول دیپلماسی است")),
        (quote2, Schema.isPartOf, article1), (quote2, KH.sentenceIndex, .integer(6)),

        (article1, RDF.type, .iri(Schema.newsArticle)),
        (article1, Schema.headline, fa("محسن هاشمی: در حوزه تاب‌آوری شهر تهران کم کار کرده‌ایم")),
        (article1, Schema.datePublished, .typed("2019-11-03T10:27:00+03:30", XSD.dateTime)),
        (article1, Schema.publisher, tabnak), (article1, KH.newsCode, .string("793790")),
        (article1, Schema.inLanguage, .string("fa")),
    ]

    /// Facts repeated by a second article: they must count once.
    static let secondArticle: [(Term, IRI, Term)] = [
        (gb4, Schema.location, milad),
        (gb4, KH.speaker, hashemi),
        (hashemi, RDFS.label, fa("محسن هاشمی")),
    ]

    static var quads: [Quad] {
        facts.map { Quad($0.0, $0.1, $0.2, graph: article1) } + secondArticle.map { Quad($0.0, $0.1, $0.2, graph: article2) }
    }

    /// Provenance for the facts the tests ask sources of.
    static var provenance: [Provenance] {
        func p(_ s: Term, _ pr: IRI, _ o: Term, _ graph: Term, sentence: Int, _ start: Int, _ end: Int, rule: String) -> Provenance {
            Provenance(quad: Quad(s, pr, o, graph: graph), article: graph.iri!, sentenceIndex: sentence,
                       charStart: start, charEnd: end, ruleId: rule, confidence: 0.9)
        }
        return [
            p(quote1, KH.saidBy, hashemi, article1, sentence: 1, 0, 62, rule: "quote.colon"),
            p(quote1, Schema.text, fa("در حوزه تاب‌آوری شهر تهران کم کار کرده‌ایم"), article1, sentence: 1, 12, 62, rule: "quote.colon"),
            p(quote2, KH.saidBy, hashemi, article1, sentence: 6, 700, 790, rule: "quote.gofte"),
            p(quote2, Schema.text, fa("دیپلماسی شهری سومین شکل متداول دیپلماسی است"), article1, sentence: 6, 740, 785, rule: "quote.gofte"),
            p(quote1, KH.saidAt, gb4, article1, sentence: 2, 100, 160, rule: "event.speech"),
            p(gb4, KH.speaker, hashemi, article1, sentence: 2, 80, 90, rule: "event.speech"),
            p(gb4, KH.speaker, hashemi, article2, sentence: 3, 10, 20, rule: "event.speech"),
            p(gb4, Schema.location, milad, article1, sentence: 2, 140, 149, rule: "event.location"),
        ]
    }

    /// Writes the dataset into `store`, one article graph at a time with its provenance.
    static func fill(_ store: any GraphStore) throws {
        for article in [article1, article2] {
            try store.replaceGraph(article, with: quads.filter { $0.graph == article },
                                   provenance: provenance.filter { $0.quad.graph == article })
        }
    }

    static func store() -> MemoryStore {
        let store = MemoryStore()
        try! fill(store)
        return store
    }

    /// The dataset as N-Quads, for loading into another SPARQL engine.
    static var nquads: String { quads.map { $0.description + "\n" }.joined() }
}
