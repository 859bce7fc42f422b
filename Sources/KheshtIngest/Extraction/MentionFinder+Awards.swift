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
        for index in s.tokens.indices.dropLast() where ["gold", "silver", "bronze"].contains(s.tokens[index].text) {
            guard isLatin(s.tokens[index]), !isCapitalized(s.tokens[index]),
                  ["medal", "medals"].contains(s.tokens[index + 1].text) else { continue }
            // After a determiner the phrase is found by `englishAwardPhrases`.
            if index > 0, ["the", "a", "an", "its", "their", "'s", "’s"].contains(s.tokens[index - 1].text) { continue }
            var mention = make(.entity(.award), index..<(index + 2), s, finder: "award.english-medal")
            mention.label = s.tokens[index].surface + " medal"
            found.append(mention)
        }
        return found
    }
}
