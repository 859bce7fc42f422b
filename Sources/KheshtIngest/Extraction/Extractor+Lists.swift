import KheshtText

/// People and bodies written as a list: "X and Y received gold medals", "X از تبریز و Y از شیراز برگزیده شدند", "the
/// award went to X and Y", "X و Y گفتند", "X and Y jointly organized …". A rule captures the name nearest its verb or
/// award; the others joined to it by "و"/"and"/a comma share the fact. And the converse: a title written after a
/// second person ("X نایب رئیس شد و Y به عنوان سخنگو انتخاب شد") is not the first one's.
extension Extractor {
    /// The mentions listed with `recipient` in `sentence`: of its type, joined to it by "و", "and" or a comma, each
    /// perhaps followed by where it is from ("from Tabriz", "از شیراز"), the next perhaps after a lower-case occupation
    /// ("poet X and translator Y"). Names before it are always the same list; names after it only when the list ends
    /// there (a verb, the sentence's end, "for"/"برای", "jointly" follows), so "went to X and Y said …" does not make
    /// Y a winner.
    static func listedWith(_ recipient: Mention, in sentence: SentenceAnalysis) -> [Mention] {
        guard let type = recipient.referentEntityType, type == .person || type == .organization else { return [] }
        let joiners: Set<String> = ["و", "and", ",", "،"]
        let origin: Set<String> = ["from", "of", "از"]
        let tokens = sentence.tokens
        var listed: [Mention] = []
        // What a listed winner comes from: a place ("X from Tabriz"), or for a person the school or university
        // ("X from Allameh Helli High School and Y from Sharif University": both persons are listed; xrel2).
        func comesFrom(_ mention: Mention) -> Bool {
            mention.referentEntityType == .place || (type == .person && mention.referentEntityType == .organization)
        }
        // Leftwards: "[X (from P)] and [recipient]".
        var cursor = recipient.tokens.lowerBound
        while cursor > 0, joiners.contains(tokens[cursor - 1].text) {
            var end = cursor - 1
            if end > 0, tokens[end].text == "and", [",", "،"].contains(tokens[end - 1].text) { end -= 1 }
            // "X from Tabriz and …": skip the place a winner comes from.
            if let place = sentence.mentions.last(where: { $0.tokens.upperBound == end }), comesFrom(place),
               place.tokens.lowerBound > 0, origin.contains(tokens[place.tokens.lowerBound - 1].text) {
                end = place.tokens.lowerBound - 1
            }
            guard let previous = sentence.mentions.last(where: { $0.tokens.upperBound == end }),
                  previous.referentEntityType == type else { break }
            listed.append(previous)
            cursor = previous.tokens.lowerBound
        }
        // Rightwards: "[recipient] and [Y]" where the list ends after Y.
        var after = recipient.tokens.upperBound
        var right: [Mention] = []
        func skipOrigin(_ at: Int) -> Int {
            guard at < tokens.count, origin.contains(tokens[at].text),
                  let place = sentence.mentions.first(where: { $0.tokens.lowerBound == at + 1 }),
                  comesFrom(place) else { return at }
            return place.tokens.upperBound
        }
        after = skipOrigin(after)
        while after < tokens.count, joiners.contains(tokens[after].text) {
            var start = after + 1
            if start < tokens.count, tokens[after].text != "and", tokens[start].text == "and" { start += 1 }
            // "poet X and translator Y": a lower-case occupation before the next name.
            if start + 1 < tokens.count, sentence.mentions.first(where: { $0.tokens.lowerBound == start }) == nil,
               tokens[start].kind == .word, tokens[start].text.unicodeScalars.first.map({ $0.isASCII && $0.properties.isLowercase }) == true,
               sentence.match("stop", at: start) == nil,
               // "…, X and Y, while Z brought home a bronze": a word opening a clause ends the list (xconf).
               !["while", "whereas", "but", "who", "which", "where", "when", "after", "before", "as", "with"].contains(tokens[start].text) {
                start += 1
            }
            guard let next = sentence.mentions.first(where: { $0.tokens.lowerBound == start }),
                  next.referentEntityType == type else { break }
            right.append(next)
            after = skipOrigin(next.tokens.upperBound)
        }
        if let last = right.last {
            let end = skipOrigin(last.tokens.upperBound)
            let closes = end >= tokens.count || [".", "،", ",", "for", "برای", "in", "در"].contains(tokens[end].text)
                || ["conferVerb", "receiveVerb", "winnerWord"].contains { sentence.match($0, at: end) != nil }
                || ["were", "was", "شدند", "شد", "برگزیده", "برنده", "jointly", "together", "نیز", "هم"].contains(tokens[end].text)
                // "X و Y به طور مشترک برگزار کردند": "jointly".
                || (end + 1 < tokens.count && tokens[end].text == "به" && tokens[end + 1].text == "طور")
            if closes { listed += right }
        }
        return listed
    }

    /// Whether a position rule matched a person, then another person, then the role: "X نایب رئیس شد و Y به عنوان
    /// سخنگوی شورا انتخاب شد" gives the spokesman's post to Y only.
    static func anotherPersonBetween(rule: Rule, match: (captures: [String: Mention], tokens: Range<Int>), in sentence: SentenceAnalysis) -> Bool {
        guard case .capture(let p)? = rule.output.arguments["person"], case .capture(let r)? = rule.output.arguments["role"],
              p != r, let person = match.captures[p], let role = match.captures[r],
              person.tokens.upperBound <= role.tokens.lowerBound else { return false }
        return sentence.mentions.contains { other in
            other.referentEntityType == .person && other.tokens.lowerBound >= person.tokens.upperBound
                && other.tokens.upperBound <= role.tokens.lowerBound
        }
    }
}

