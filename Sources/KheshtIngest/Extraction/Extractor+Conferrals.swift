import KheshtText

/// Checks on a matched conferral that a rule's pattern cannot state.
extension Extractor {
    /// "X and Y were awarded gold medals, while silver medals went to Z", "X مدال طلا و Y مدال نقره گرفت": a rule that
    /// reaches past another prize to pair a recipient with an award pairs the wrong two when that other prize belongs
    /// to a clause of its own — a recipient, a comma or "while" stands between the captured prize and the other.
    /// Prizes joined by a bare "و"/"and" ("تندیس زرین و دیپلم افتخار به X اهدا شد") are both given and pass.
    static func pairsAcrossAnotherPrize(recipient: Mention, award: Mention, in sentence: SentenceAnalysis) -> Bool {
        let awardFirst = award.tokens.upperBound <= recipient.tokens.lowerBound
        let gap = awardFirst ? award.tokens.upperBound..<recipient.tokens.lowerBound
                             : recipient.tokens.upperBound..<award.tokens.lowerBound
        guard !gap.isEmpty else { return false }
        // "کرمانشاه - ایرنا - …", "TEHRAN - …": a place opening the sentence before a dash is the dateline.
        if recipient.tokens.lowerBound == 0, recipient.tokens.upperBound < sentence.tokens.count,
           ["-", "–", "—"].contains(sentence.tokens[recipient.tokens.upperBound].text) {
            return true
        }
        // "کرمانشاه - ایرنا - لوح ثبت پاوه به عنوان «شهر جهانی کلاش»": of two places before a title, the nearer one
        // is designated (the first is a dateline or where the news comes from).
        if !awardFirst, recipient.referentEntityType == .place, award.finder == "award.designation",
           sentence.mentions.contains(where: { $0.referentEntityType == .place && gap.contains($0.tokens.lowerBound) }) {
            return true
        }
        // "X and Y, while Z brought home a bronze": a winner before a clause opened by "while"/"but" is not the subject of
        // the verb after it when another person or body stands in that clause.
        if !awardFirst, let clause = gap.first(where: { ["while", "whereas", "but", "اما", "ولی", ";", "؛"].contains(sentence.tokens[$0].text) }),
           sentence.mentions.contains(where: { mention in
               let type = mention.referentEntityType
               return (type == .person || type == .organization) && mention.tokens.lowerBound > clause && gap.contains(mention.tokens.lowerBound)
           }) {
            return true
        }
        let label = TextNormalizer.labelKey(award.referent.label)
        let breaks: Set<String> = [",", "،", "؛", ";", "while", "whereas", "but", "اما", "ولی"]
        for other in sentence.mentions where other.entityType == .award && gap.contains(other.tokens.lowerBound)
            && other.tokens.upperBound <= gap.upperBound && TextNormalizer.labelKey(other.referent.label) != label {
            // The stretch between the captured prize and the other one.
            let between = awardFirst ? award.tokens.upperBound..<other.tokens.lowerBound
                                     : other.tokens.upperBound..<award.tokens.lowerBound
            if between.contains(where: { breaks.contains(sentence.tokens[$0].text) }) { return true }
            if sentence.mentions.contains(where: { mention in
                let type = mention.referentEntityType
                return (type == .person || type == .organization) && between.contains(mention.tokens.lowerBound)
            }) { return true }
        }
        return false
    }

    /// "X received the plaque on behalf of the restoration team", "X به نمایندگی از گروه جایزه را گرفت": who accepts a
    /// prize for others is not its recipient.
    static func acceptsOnBehalf(recipient: Mention, in sentence: SentenceAnalysis) -> Bool {
        let phrases: [[String]] = [["on", "behalf", "of"], ["به", "نمایندگی", "از"], ["به", "نیابت", "از"]]
        let words = sentence.tokens.map(\.text)
        return phrases.contains { phrase in
            (recipient.tokens.upperBound..<max(recipient.tokens.upperBound, words.count - phrase.count + 1)).contains { start in
                Array(words[start..<(start + phrase.count)]) == phrase
            }
        }
    }
}
