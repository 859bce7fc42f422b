import KheshtGraph
import KheshtText

/// Where an event was held is the most specific place the article gives: "held in Riyadh, Saudi Arabia", "در تالار
/// وحدت تهران" name the venue and the larger place it is in (a `containedInPlace` fact), not two venues. The gold
/// sets never give an event both a place and a place containing it.
extension Extractor {
    func dropEnclosingLocations(_ graph: inout ArticleGraphBuilder) {
        let quads = graph.quads
        let within = Set(quads.filter { $0.predicate == Schema.containedInPlace }.map { Pair(inner: $0.subject, outer: $0.object) })
        guard !within.isEmpty else { return }
        let locations = quads.filter { $0.predicate == Schema.location }
        let placesOf = Dictionary(grouping: locations, by: \.subject).mapValues { Set($0.map(\.object)) }
        for location in locations {
            let places = placesOf[location.subject] ?? []
            if places.contains(where: { $0 != location.object && within.contains(Pair(inner: $0, outer: location.object)) }) {
                graph.remove(location)
            }
        }
    }

    /// "… در ایران", "held in Iran": a country is no venue. An event given a place
    /// inside it, or any other place, was held there; the country adds nothing (no gold set gives an event a
    /// country beside another place).
    func dropCountriesBesideVenues(_ graph: inout ArticleGraphBuilder) {
        let quads = graph.quads
        let locations = quads.filter { $0.predicate == Schema.location }
        let placesOf = Dictionary(grouping: locations, by: \.subject).mapValues { Set($0.map(\.object)) }
        for location in locations where (placesOf[location.subject]?.count ?? 0) > 1 {
            guard let place = location.object.iri, isCountry(place) else { continue }
            graph.remove(location)
        }
    }

    /// Whether `place` is a country the gazetteer holds places in. Asked only of events with more than one place, so
    /// the scan is rare.
    func isCountry(_ place: IRI) -> Bool {
        guard place.value.hasPrefix(Namespace.khr.iri) else { return false }
        let local = String(place.value.dropFirst(Namespace.khr.iri.count))
        // A country: places are inside it, and it is inside none (a city holds venues but lies in a country).
        let own = gazetteer.entries.first { $0.iri == place }
        guard own?.facts.contains(where: { $0.property == "containedInPlace" }) == false else { return false }
        return gazetteer.entries.contains { entry in entry.facts.contains { $0.property == "containedInPlace" && $0.value == local } }
    }

    /// "at the closing session of the third … Conference, held … at the Kish International Convention Center": a
    /// part of an event (its closing or opening session) named in the sentence that gives the whole's venue, and
    /// given no venue of its own, was held there too.
    func partsTakeTheWholesVenue(_ graph: inout ArticleGraphBuilder) -> Int {
        let quads = graph.quads
        guard quads.contains(where: { $0.predicate == Schema.superEvent }) else { return 0 }
        var added = 0
        let mentioned = Dictionary(grouping: graph.provenance.filter { $0.quad.predicate == RDF.type }, by: \.quad.subject)
            .mapValues { Set($0.map(\.sentenceIndex)) }
        for part in quads where part.predicate == Schema.superEvent {
            guard !quads.contains(where: { $0.subject == part.subject && $0.predicate == Schema.location }),
                  let sentences = mentioned[part.subject] else { continue }
            for fact in quads where fact.subject == part.object && fact.predicate == Schema.location {
                guard let origin = graph.provenance.first(where: { $0.quad == fact }), sentences.contains(origin.sentenceIndex),
                      let ceremony = part.subject.iri, let place = fact.object.iri,
                      // A venue, not the city a festival is held in ("the closing ceremony … in Berlin").
                      isVenue(place, in: quads) else { continue }
                let source = ArticleGraphBuilder.Source(sentence: origin.sentenceIndex,
                                                        span: TextSpan(start: origin.charStart, end: origin.charEnd),
                                                        rule: "infer.part-venue", confidence: 0.55)
                graph.add(ceremony, Schema.location, place, source)
                added += 1
            }
        }
        return added
    }

    /// Whether a place is named as a venue: its label holds a venue word (@placeHead: "تالار", "Convention Center").
    func isVenue(_ place: IRI, in quads: [Quad]) -> Bool {
        let labels = quads.filter { $0.subject == .iri(place) && $0.predicate == RDFS.label }.compactMap(\.object.literal?.lexicalForm)
        return labels.contains { label in
            let words = label.split(separator: " ").map(String.init)
            return words.indices.contains { start in
                (1...3).contains { length in
                    start + length <= words.count && lexicon.contains("placeHead", TextNormalizer.labelKey(words[start..<(start + length)].joined(separator: " ")))
                }
            }
        }
    }

    private struct Pair: Hashable {
        let inner: Term
        let outer: Term
    }
}
