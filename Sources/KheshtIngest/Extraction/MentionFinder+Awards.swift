import KheshtText

/// Prizes named by what they are made of, written without an article: "received gold medals", "an IChO silver
/// medal" (`englishAwardPhrases` finds "the gold medal" after a determiner); and distinctions a jury gives that are
/// no award word ("a special mention", `@namedDistinction`).
extension MentionFinder {
    /// "gold medals", "silver medal", "bronze medals": one award per metal, named in the singular so the medals of
    /// every winner are one prize.
    func englishPrizeWords(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices where isLatin(s.tokens[index]) && !isCapitalized(s.tokens[index]) {
            guard let length = s.match("namedDistinction", at: index) else { continue }
            found.append(make(.entity(.award), index..<(index + length), s, finder: "award.distinction"))
        }
        for index in s.tokens.indices.dropLast() where ["gold", "silver", "bronze"].contains(s.tokens[index].text.lowercased()) {
            // "Silver medals went to …": capitalized only as the sentence's first word.
            guard isLatin(s.tokens[index]), !isCapitalized(s.tokens[index]) || index == 0,
                  ["medal", "medals"].contains(s.tokens[index + 1].text) else { continue }
            // After a determiner "the gold medal" is found by `englishAwardPhrases` (which knows no plural award word).
            if index > 0, ["the", "a", "an", "its", "their", "'s", "’s"].contains(s.tokens[index - 1].text),
               s.tokens[index + 1].text == "medal" { continue }
            var mention = make(.entity(.award), index..<(index + 2), s, finder: "award.english-medal")
            mention.label = s.tokens[index].surface.lowercased() + " medal"
            found.append(mention)
        }
        return found
    }

    /// "جایزه نخست بخش مستند", "تندیس اول": a Persian prize word followed by a rank is the award in focus, given as
    /// that rank (the mention refers back, like "این جایزه").
    func rankedPrizeReferences(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropLast() where !isLatin(s.tokens[index]) {
            guard let head = s.match("awardHead", at: index), index + head < s.tokens.count,
                  s.match("prizeRank", at: index + head) != nil else { continue }
            var mention = make(.entity(.award), index..<(index + head + 1), s, finder: "reference.award-rank")
            mention.isAnaphoric = true
            found.append(mention)
        }
        return found
    }

    /// Whether an ordinal is the rank of a prize word written right before it ("جایزه نخست"): it is part of that
    /// reference, not an edition number.
    func ranksAPrize(_ ordinal: Mention, _ s: SentenceAnalysis) -> Bool {
        let start = ordinal.tokens.lowerBound
        guard start > 0, s.match("prizeRank", at: start) != nil else { return false }
        return (max(0, start - 3)..<start).contains { head in s.match("awardHead", at: head).map { head + $0 == start } ?? false }
    }

    /// "The Tehran Municipality awards the Golden Brick Prize …": "awards" before a determiner or a capitalized name
    /// is the verb, not the last word of the name before it.
    func awardWordIsAVerb(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard ["awards", "prizes"].contains(s.tokens[index].text), index + 1 < s.tokens.count else { return false }
        let next = s.tokens[index + 1]
        return ["the", "a", "an", "its", "their", "his", "her"].contains(next.text) || (isLatin(next) && isCapitalized(next))
    }
}

