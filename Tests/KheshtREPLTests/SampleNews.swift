import KheshtGraph
import KheshtQuery
import KheshtStore

/// A small news graph with Persian and English labels, an xsd:date, an integer, a CJK-named entity, an emoji
/// label, a literal full of CSV metacharacters and provenance for every fact.
enum SampleNews {
    static let article = IRI(unchecked: "https://w3id.org/khesht/id/article/a1")
    static let milad = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/place/milad-tower"))
    static let azadi = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/place/azadi-tower"))
    static let tokyo = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/place/tokyo"))
    static let brick = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/event/golden-brick-6"))
    static let expo = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/event/expo"))
    static let hashemi = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/person/mohsen-hashemi"))
    static let quote = Term.iri(IRI(unchecked: "https://w3id.org/khesht/id/quote/q1"))
    /// A quote with a comma, a double quote, a tab and a line break.
    static let quoteText = "He said, \"cities\tmatter\"\nand left"

    static func store() throws -> MemoryStore {
        let g = Term.iri(article)
        var quads: [Quad] = []
        func add(_ s: Term, _ p: IRI, _ o: Term) { quads.append(Quad(s, p, o, graph: g)) }
        add(milad, RDF.type, .iri(Schema.place))
        add(milad, RDFS.label, .text("برج میلاد", language: "fa"))
        add(milad, RDFS.label, .text("Milad Tower", language: "en"))
        add(azadi, RDF.type, .iri(Schema.place))
        add(azadi, RDFS.label, .text("برج آزادی", language: "fa"))
        add(tokyo, RDF.type, .iri(Schema.place))
        add(tokyo, RDFS.label, .text("東京タワー", language: "ja"))
        add(brick, RDF.type, .iri(KH.AwardCeremony))
        add(brick, RDFS.label, .text("ششمین جایزهٔ خشت طلایی", language: "fa"))
        add(brick, RDFS.label, .text("6th Golden Brick Award", language: "en"))
        add(brick, Schema.location, milad)
        add(brick, Schema.startDate, .typed("2019-11-02", XSD.date))
        add(brick, KH.editionNumber, .integer(6))
        add(brick, KH.speaker, hashemi)
        add(expo, RDF.type, .iri(Schema.event))
        add(expo, RDFS.label, .text("Expo 🎉 night", language: "en"))
        add(expo, Schema.location, tokyo)
        add(expo, Schema.startDate, .typed("2019-03-21", XSD.date))
        add(expo, KH.editionNumber, .integer(12))
        add(hashemi, RDF.type, .iri(Schema.person))
        add(hashemi, RDFS.label, .text("محسن هاشمی", language: "fa"))
        add(hashemi, RDFS.label, .text("Mohsen Hashemi", language: "en"))
        add(quote, RDF.type, .iri(KH.Quote))
        add(quote, KH.saidBy, hashemi)
        add(quote, Schema.text, .string(quoteText))
        add(.iri(article), RDF.type, .iri(Schema.newsArticle))
        add(.iri(article), Schema.headline, .text("برگزاری ششمین جایزه خشت طلایی در برج میلاد", language: "fa"))
        let provenance = quads.enumerated().map { i, quad in
            Provenance(quad: quad, article: article, sentenceIndex: i % 4, charStart: i * 10, charEnd: i * 10 + 7,
                       ruleId: "rule-\(i % 3)", confidence: 0.9)
        }
        let store = MemoryStore()
        try store.replaceGraph(g, with: quads, provenance: provenance)
        return store
    }

    static func table(_ query: String) throws -> ResultTable {
        guard let table = try QueryEngine(store: try store()).run(query).table else {
            throw Unexpected(description: "not a table: \(query)")
        }
        return table
    }

    struct Unexpected: Error, CustomStringConvertible { let description: String }
}
