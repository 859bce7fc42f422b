import KheshtText

/// The `kh:nameKey` of an entity's label: what lets a Persian and an English article's spellings of one person,
/// place, organization or award be found to be one entity when the article is stored (`NameKeyResolver`).
///
/// A label is read as name words and head words. Name words become their `NameSkeleton` (so "هاشمی" and
/// "Hashemi" agree); head words that the lexicon lists as one kind in both languages (`@sameHead.<kind>`:
/// جایزه/Award/Prize, برج/Tower) become that kind, order-free, because "جایزه پروین" and "Parvin Award" put it on
/// opposite sides; honorifics and function words ("of", "the") are dropped. Persons need two name words: a surname
/// alone ("هاشمی") names too many people to meet anyone across articles.
struct NameKeyMaker {
    let lexicon: Lexicon

    /// The entity types whose unknown names are keyed. Events are named from their award and edition instead, and
    /// the rest (works, products, observances) are translated, not transliterated.
    static let keyedTypes: Set<EntityType> = [.person, .organization, .place, .award]

    /// Fewest skeleton symbols a key must have: shorter ones ("LI" for علی) meet unrelated names too easily.
    static let minimumSymbols = 2

    /// The key of `label` for an entity of `type`, or nil when the label is not distinctive enough to key.
    func key(for label: String, type: EntityType) -> String? {
        guard NameKeyMaker.keyedTypes.contains(type) else { return nil }
        var nameWords: [String] = []
        var kinds: [String] = []
        for word in NameSkeleton.words(label) {
            let key = TextNormalizer.labelKey(word)
            if lexicon.contains("honorific", key) || lexicon.contains("stop", key) { continue }
            // `lists(forKey:)` answers as `listsByKey[key]` does, by the key's bytes (no NFC normalization per probe).
            if let kind = lexicon.lists(forKey: key).first(where: { $0.hasPrefix("sameHead.") }) {
                kinds.append(String(kind.dropFirst("sameHead.".count)))
                continue
            }
            nameWords.append(word)
        }
        if type == .person, nameWords.count < 2 || !kinds.isEmpty { return nil }
        let skeleton = NameSkeleton.key(nameWords.joined(separator: " "))
        guard skeleton.count >= NameKeyMaker.minimumSymbols else { return nil }
        return ([skeleton] + kinds.sorted()).joined(separator: "/")
    }
}
