import KheshtGraph
import KheshtText

/// Places the gazetteer cannot name alone: venues that share a name with a known one ("تالار وحدت" is Tehran's hall,
/// "تالار وحدت شیراز" Shiraz's), venues named by what opens them, towns named only by the title of their mayor.
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

    /// Where a name resumes after a comma that lists the fields of a body: "سازمان میراث فرهنگی، صنایع دستی و
    /// گردشگری" — one to three plain words after the comma, then "و" and another plain word. Nil when what follows
    /// is another name (a head word, a known place, a person) or no "و" closes the list.
    func commaListInName(_ s: SentenceAnalysis, at index: Int) -> Int? {
        guard index + 3 < s.tokens.count, ["،", ","].contains(s.tokens[index].text), !isLatin(s.tokens[index + 1]) else { return nil }
        func plain(_ k: Int) -> Bool {
            k < s.tokens.count && isNameWord(s, k) && !startsNewName(s, k)
                && !["orgHead", "placeHead", "awardHead", "eventHead", "role", "honorific"].contains { s.match($0, at: k) != nil }
                && s.key(k, 1).map { gazetteer.firstEntry(forKey: $0) == nil } ?? false
        }
        var k = index + 1
        while k < index + 4, plain(k) { k += 1 }
        guard k > index + 1, k + 1 < s.tokens.count, s.tokens[k].text == "و", plain(k + 1) else { return nil }
        return index + 1
    }

    /// "علی نادری شهردار ساوه در این آیین گفت": the one word after a town's official title (@localTitle) is the town,
    /// known or not, when the clause goes on right after it. Not "شهردار جدید", "فرماندار سابق" (@titleQualifier).
    func townAfterLocalTitle(_ role: Mention, in s: SentenceAnalysis) -> Mention? {
        let at = role.tokens.upperBound
        guard role.tokens.contains(where: { s.match("localTitle", at: $0) == role.tokens.upperBound - $0 }),
              at < s.tokens.count, !isLatin(s.tokens[at]), s.mention(at: at) == nil, isNameWord(s, at),
              s.match("titleQualifier", at: at) == nil, s.match("stop", at: at) == nil,
              !["orgHead", "placeHead", "eventHead", "role", "givenName", "honorific"].contains(where: { s.match($0, at: at) != nil })
        else { return nil }
        let next = at + 1
        guard next == s.tokens.count || s.tokens[next].kind == .punctuation || s.match("stop", at: next) != nil
                || s.match("speechVerb", at: next) != nil else { return nil }
        var town = make(.entity(.place), at..<next, s, finder: "place.town-of-title")
        town.label = s.surface(at..<next, in: text)
        return town
    }

    /// The end of a bare event word right after a part of an event ("آیین افتتاح نمایشگاه با …", "آیین گشایش این
    /// جشنواره"): "این"/"همین" and the word, or the word alone when no name word follows it. Nil otherwise.
    func bareEventReferenceEnd(_ s: SentenceAnalysis, after index: Int) -> Int? {
        if let end = ofThisEventEnd(s, after: index) { return end }
        guard index < s.tokens.count, !isLatin(s.tokens[index]), s.mention(at: index) == nil,
              let head = s.match("eventHead", at: index) else { return nil }
        let next = index + head
        guard next == s.tokens.count || !isNameWord(s, next) || s.match("stop", at: next) != nil else { return nil }
        return next
    }
}
