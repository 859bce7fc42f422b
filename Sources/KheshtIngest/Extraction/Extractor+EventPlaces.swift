import KheshtGraph

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

    private struct Pair: Hashable {
        let inner: Term
        let outer: Term
    }
}
