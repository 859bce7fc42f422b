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
}
