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
                let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: "infer.part-venue", confidence: 0.55)
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

/// "the 76th Locarno Film Festival", "نمایشگاه جهانی اکسپو ۲۰۱۰ شانگهای": an edition named with its host city and
/// given no place anywhere else in the article was held in that city (the gold sets annotate it so).
extension Extractor {
    func hostCitiesFromNames(_ graph: inout ArticleGraphBuilder) -> Int {
        let quads = graph.quads
        let located = Set(quads.filter { $0.predicate == Schema.location }.map(\.subject))
        let series = Set(quads.filter { $0.predicate == KH.editionOf || $0.predicate == Schema.superEvent }.map(\.object))
        var added = 0
        for edition in quads where edition.predicate == KH.editionNumber {
            guard !located.contains(edition.subject), !series.contains(edition.subject), let event = edition.subject.iri,
                  let origin = graph.provenance.first(where: { $0.quad == edition }) else { continue }
            // An edition of a festival, fair or games; a prize named with a city ("جایزه جهانی خشت طلایی تهران") is
            // given by that city, not held there.
            let wholes = quads.filter { $0.subject == edition.subject && ($0.predicate == KH.editionOf || $0.predicate == Schema.superEvent) }
                .map(\.object)
            guard wholes.contains(where: { whole in
                quads.contains { $0.subject == whole && $0.predicate == RDF.type && $0.object == .iri(Schema.event) }
                    && !quads.contains { $0.subject == whole && $0.predicate == RDF.type && $0.object == .iri(KH.Award) }
            }) else { continue }
            let labels = quads.filter { $0.subject == edition.subject && $0.predicate == RDFS.label }.compactMap(\.object.literal?.lexicalForm)
            guard let (city, surface) = labels.lazy.compactMap({ self.knownCity(in: $0) }).first else { continue }
            let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: "infer.host-city-in-name", confidence: 0.55)
            graph.add(city, RDF.type, .iri(Schema.place), source)
            graph.add(city, RDFS.label, ArticleGraphBuilder.label(surface), source)
            graph.add(graph.article, Schema.mentions, city, source)
            graph.add(event, Schema.location, city, source)
            added += 1
        }
        return added
    }

    /// A city the gazetteer knows (a place inside another) named by one or two words of `label`, with those words.
    private func knownCity(in label: String) -> (IRI, String)? {
        let words = label.split(separator: " ").map(String.init)
        for length in [2, 1] where words.count > length {
            for start in 0...(words.count - length) {
                let surface = words[start..<(start + length)].joined(separator: " ")
                if let entry = gazetteer.entries(forKey: TextNormalizer.labelKey(surface)).first(where: { entry in
                    entry.type == .place && entry.facts.contains { $0.property == "containedInPlace" }
                }) {
                    return (entry.iri, surface)
                }
            }
        }
        return nil
    }
}
