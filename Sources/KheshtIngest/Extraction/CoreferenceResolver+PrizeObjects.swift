import KheshtText

/// Prize objects written without a name of their own ("تندیس بهترین فیلمنامه", "دیپلم افتخار", "لوح تقدیر جشنواره"):
/// the data/gold README (decision 1) makes a named prize object the award, so such a word is the award last named
/// with the same words ("تندیس زرین رویش" before), and a plaque or diploma (@standalonePrize) named by nothing
/// before is a prize of its own rather than whatever award happened to be named last.
extension CoreferenceResolver {
    /// The prize-object words a reference opens with (@trophyWord or @standalonePrize), folded, or nil.
    func prizeObjectWords(_ mention: Mention, in s: SentenceAnalysis) -> [String]? {
        let start = mention.tokens.lowerBound
        // "تندیس این جایزه", "لوح تقدیر جایزه": the trophy of an award word is that award, in focus.
        if mention.tokens.dropFirst().contains(where: { s.match("awardHead", at: $0) != nil }) { return nil }
        let length = [s.match("standalonePrize", at: start), s.match("trophyWord", at: start)].compactMap { $0 }.max()
        guard let length, start + length <= mention.tokens.upperBound else { return nil }
        return (start..<(start + length)).map { TextNormalizer.labelKey(s.tokens[$0].text) }
    }

    /// The latest award named before whose name opens with the same prize-object words; or the award the reference
    /// stands in apposition to ("تندیس نور، جایزه بزرگ مسابقات، …").
    func awardNamedBy(_ mention: Mention, in s: SentenceAnalysis, among named: [Mention]) -> Mention? {
        let start = mention.tokens.lowerBound
        if start >= 2, [",", "،"].contains(s.tokens[start - 1].text),
           let before = s.mentions.first(where: { $0.tokens.upperBound == start - 1 && $0.entityType == .award }) {
            return before.referent
        }
        guard let words = prizeObjectWords(mention, in: s) else { return nil }
        return named.last { award in
            let label = award.referent.label.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }
            return label.count > words.count && Array(label.prefix(words.count)) == words
        }
    }

    /// The reference made a prize of its own when it opens with a @standalonePrize ("لوح تقدیر جشنواره" → the award
    /// "لوح تقدیر جشنواره"; "این"/"همین" left out of the name), else nil.
    func ownPrize(_ mention: Mention, in s: SentenceAnalysis) -> Mention? {
        guard s.match("standalonePrize", at: mention.tokens.lowerBound) != nil else { return nil }
        var own = mention
        own.isAnaphoric = false
        own.label = mention.tokens.filter { !["این", "همین", "آن"].contains(s.tokens[$0].text) }
            .map { s.tokens[$0].surface }.joined(separator: " ")
        return own
    }

    /// An earlier award named by the same trophy and name but for its metal or colour (@trophyAdjective): "تندیس
    /// ستاره" is the "تندیس زرین ستاره" named before.
    func sameTrophy(_ mention: Mention, among named: [Mention]) -> Mention? {
        func words(_ label: String) -> [String] {
            label.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }.filter { !lexicon.contains("trophyAdjective", $0) }
        }
        let own = words(mention.label)
        guard let head = own.first, lexicon.contains("trophyWord", head) else { return nil }
        let ownKey = TextNormalizer.labelKey(mention.label)
        // "تندیس زرین بهترین بازیگر زن" after "تندیس زرین مهتاب": a trophy and its metal alone, before a category,
        // is the statuette with a name named before.
        if own.count == 1 {
            return named.last { other in
                let theirs = words(other.referent.label)
                return theirs.count > 1 && theirs.first == head
            }?.referent
        }
        return named.last { other in
            TextNormalizer.labelKey(other.referent.label) != ownKey && words(other.referent.label) == own
        }?.referent
    }

    /// "the Hafez statuette" in an article about the "24th Hafez Awards": an English prize object named by an award's
    /// name is that award (the statuette is how the award is given), wherever in the article the award is named.
    func linkEnglishTrophies(_ sentences: inout [SentenceAnalysis]) {
        let objects: Set<String> = ["statuette", "statuettes", "trophy", "plaque"]
        let heads: Set<String> = ["award", "awards", "prize", "prizes"]
        func stem(_ label: String, endingIn ends: Set<String>) -> [String]? {
            let words = label.split(separator: " ").map { $0.lowercased() }.filter { $0 != "the" }
            guard words.count >= 2, let last = words.last, ends.contains(last) else { return nil }
            return Array(words.dropLast())
        }
        var owners: [[String]: Mention] = [:]
        for sentence in sentences {
            for mention in sentence.mentions {
                for candidate in Self.attachmentChain(of: mention) where candidate.entityType == .award && !candidate.isAnaphoric {
                    if let key = stem(candidate.label, endingIn: heads), owners[key] == nil { owners[key] = candidate }
                }
            }
        }
        guard !owners.isEmpty else { return }
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                guard mention.entityType == .award, !mention.isAnaphoric, mention.antecedent == nil, mention.known == nil,
                      let key = stem(mention.label, endingIn: objects), let owner = owners[key] else { continue }
                sentences[s].mentions[m].antecedent = Box(owner)
            }
        }
    }

    /// What "the prize", "the award", "این جایزه" refer to: the award last named, unless that was a medal, rank or
    /// plaque (@notEditionPrize) and the reference is no such word itself — "Each laureate receives a gold medal …
    /// The prize, awarded biennially by …" is the Mustafa Prize named before, not the medal.
    /// With no mention (the prize in focus for a sentence's rules), the same preference.
    func prizeReferent(_ mention: Mention?, last: Mention?, named: [Mention]) -> Mention? {
        func isLesser(_ label: String) -> Bool {
            label.split(separator: " ").contains { lexicon.contains("notEditionPrize", TextNormalizer.labelKey(String($0))) }
        }
        guard let last, isLesser(last.referent.label), !isLesser(mention?.label ?? "") else { return last }
        return named.last { !isLesser($0.referent.label) } ?? last
    }
}
