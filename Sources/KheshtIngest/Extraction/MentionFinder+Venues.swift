import KheshtGraph
import KheshtText

/// Venues that share a name with a known one: "تالار وحدت" is Tehran's hall, but "تالار وحدت شیراز" is Shiraz's.
extension MentionFinder {
    /// Whether the known venue `entry` (matched from `start`), written right before another known place at `next`, is
    /// a namesake there: the gazetteer puts the venue in one city and the text names another city after it (not that
    /// city, nor the province it lies in). The head-word finder then names the venue as a place of its own.
    func namesakeInAnotherCity(_ entry: Gazetteer.Entry, from start: Int, after next: Int, in s: SentenceAnalysis) -> Bool {
        guard entry.type == .place, next < s.tokens.count, s.match("placeHead", at: start) != nil,
              let home = entry.facts.first(where: { $0.property == "containedInPlace" })?.value,
              let homeIRI = try? IRI(Namespace.khr.iri + home) else { return false }
        let homeRegion = gazetteer.entry(homeIRI)?.facts.first { $0.property == "containedInPlace" }?.value
        for count in stride(from: 3, through: 1, by: -1) {
            guard let key = s.key(next, count),
                  let place = gazetteer.entries(forKey: key).first(where: { $0.type == .place }) else { continue }
            let local = String(place.iri.value.dropFirst(Namespace.khr.iri.count))
            return local != home && local != homeRegion && place.facts.contains { $0.property == "containedInPlace" }
                && !place.facts.contains { $0.property == "containedInPlace" && $0.value == home }
        }
        return false
    }

    /// The place a ceremony's act is done to, right after the act noun: "بازگشایی موزه آب یزد", "افتتاح بوستان …",
    /// "رونمایی از تندیس میدان …" (not "افتتاح شد", where the act is the clause's verb).
    func placeActedOn(_ s: SentenceAnalysis, at start: Int) -> Mention? {
        guard start < s.tokens.count, !isLatin(s.tokens[start]), let act = s.match("eventActNoun", at: start),
              s.match("lightVerb", at: start + act) == nil else { return nil }
        var at = start + act
        if at < s.tokens.count, s.tokens[at].text == "از" { at += 1 }
        guard let place = s.mention(at: at), place.tokens.lowerBound == at, place.entityType == .place,
              place.kind != .ordinal else { return nil }
        return place
    }
}
