import KheshtGraph
import KheshtText

extension Extractor {
    /// The named graph holding what the gazetteer states about known entities.
    public static let gazetteerGraph = IRI(unchecked: Namespace.khr.iri + "graph/gazetteer")

    /// The gazetteer as quads: every known entity's type, preferred and alternative labels in both languages, and
    /// its background facts (Milad Tower is in Tehran; the Golden Brick is conferred by Tehran Municipality).
    /// Ingest stores it as its own graph, so facts from articles and facts from the gazetteer stay apart.
    public func gazetteerFacts() -> ExtractionResult {
        var graph = ArticleGraphBuilder(article: Extractor.gazetteerGraph)
        let source = ArticleGraphBuilder.Source(sentence: 0, span: TextSpan(start: 0, end: 0), rule: "gazetteer", confidence: 1)
        let properties: [String: IRI] = [
            "containedInPlace": Schema.containedInPlace, "conferredBy": KH.conferredBy,
            "designatedBy": KH.designatedBy, "memberOf": Schema.memberOf, "observedOn": KH.observedOn,
        ]
        var counts: [EntityType: Int] = [:]
        for entry in gazetteer.entries {
            counts[entry.type, default: 0] += 1
            graph.add(entry.iri, RDF.type, .iri(entry.type.classIRI), source)
            if entry.type == .awardCeremony { graph.add(entry.iri, RDF.type, .iri(Schema.event), source) }
            var preferred = Set<String>()
            for label in entry.labels {
                let literal = Term.text(label.text, language: label.language)
                graph.add(entry.iri, RDFS.label, literal, source)
                if preferred.insert(label.language).inserted {
                    graph.add(entry.iri, SKOS.prefLabel, literal, source)
                } else {
                    graph.add(entry.iri, SKOS.altLabel, literal, source)
                }
            }
            // Keys of every label, so a spelling the gazetteer does not list ("Mohsen Hashemy", "Pirooz Hanachi")
            // meets the known entity when the article is stored, instead of becoming a second entity.
            let keys = NameKeyMaker(lexicon: lexicon)
            for key in Set(entry.labels.compactMap({ keys.key(for: $0.text, type: entry.type) })).sorted() {
                graph.add(entry.iri, KH.nameKey, .string(key), source)
            }
            for fact in entry.facts {
                guard let property = properties[fact.property] else { continue }
                if fact.property == "observedOn" {
                    graph.add(entry.iri, property, .typed(fact.value, XSD.gMonthDay), source)
                } else if let object = try? IRI(Namespace.khr.iri + fact.value) {
                    graph.add(entry.iri, property, object, source)
                }
            }
        }
        return ExtractionResult(article: Extractor.gazetteerGraph, quads: graph.quads, provenance: graph.provenance,
                                entityCounts: counts, factCount: 0)
    }
}
