import KheshtText

/// Prizes named by what they are made of, written without an article: "received gold medals", "an IChO silver
/// medal" (`englishAwardPhrases` finds "the gold medal" after a determiner); and distinctions a jury gives that are
/// no award word ("a special mention", `@namedDistinction`).
extension MentionFinder {
    /// Words compared with tokens below, as `LiteralWords` (built once; see there why).
    static let englishRanks: LiteralWords = ["first", "second", "third", "1st", "2nd", "3rd"]
    static let prizeOrPlace: LiteralWords = ["prize", "place"]
    static let persianRankWords: LiteralWords = ["رتبه", "مقام", "عنوان"]
    static let givingWords: LiteralWords = ["اهدای", "اعطای"]
    static let medalWords: LiteralWords = ["medal", "medals"]
    static let determiners: LiteralWords = ["the", "a", "an", "its", "their", "'s", "’s"]
    static let metals = ["gold": "gold", "golds": "gold", "silver": "silver", "silvers": "silver", "bronze": "bronze", "bronzes": "bronze"]
    static let metalWords = LiteralWords(Array(metals.keys))
    static let medalCounters: LiteralWords = ["a", "the", "one", "two", "three", "four", "five", "another", "his", "her", "their"]
    static let afterMedal: LiteralWords = ["and", "in", "at", "for", "with", "while"]

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
                  MentionFinder.medalWords.contains(s.tokens[index + 1].text) else { continue }
            // After a determiner "the gold medal" is found by `englishAwardPhrases` (which knows no plural award word).
            if index > 0, MentionFinder.determiners.contains(s.tokens[index - 1].text),
               s.tokens[index + 1].text == "medal" { continue }
            var mention = make(.entity(.award), index..<(index + 2), s, finder: "award.english-medal")
            mention.label = s.tokens[index].surface.lowercased() + " medal"
            found.append(mention)
        }
        // "brought home a bronze", "took the silver", "won two golds": a metal after an article or a number, with no
        // noun after it, is that medal (xconf).
        for index in s.tokens.indices.dropFirst() where MentionFinder.metalWords.contains(s.tokens[index].text) {
            guard let metal = MentionFinder.metals[s.tokens[index].text], isLatin(s.tokens[index]), !isCapitalized(s.tokens[index]),
                  MentionFinder.medalCounters.contains(s.tokens[index - 1].text)
                    || Int(s.tokens[index - 1].text) != nil else { continue }
            let next = index + 1 < s.tokens.count ? s.tokens[index + 1] : nil
            guard next.map({ $0.kind == .punctuation || MentionFinder.afterMedal.contains($0.text) }) ?? true else { continue }
            var mention = make(.entity(.award), index..<(index + 1), s, finder: "award.english-medal")
            mention.label = metal + " medal"
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


extension MentionFinder {
    /// "شایسته دریافت دیپلم افتخار شناخته شد", "لوح تقدیر به X اهدا شد": a prize object (@standalonePrize) written
    /// alone, with no name after it. It is the same prize as an earlier one named with those words, else a prize of
    /// its own (data/gold README, decision 1) — settled by `CoreferenceResolver`, so the mention is a reference.
    func standalonePrizeReferences(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices where !isLatin(s.tokens[index]) {
            // "با اهدای تندیس و لوح تقدیر تجلیل شد": a trophy word right after a word of giving is a prize too.
            let given = index > 0 && MentionFinder.givingWords.contains(s.tokens[index - 1].text)
            guard let length = s.match("standalonePrize", at: index) ?? (given ? s.match("trophyWord", at: index) : nil) else { continue }
            var mention = make(.entity(.award), index..<(index + length), s, finder: "reference.award-object")
            mention.isAnaphoric = true
            found.append(mention)
        }
        return found
    }
}

extension MentionFinder {
    /// "شهر جهانی مبلمان منبت", "روستای جهانی سفال", "World Craft City", "Creative City of Music": a title a place or
    /// body is designated with is an award conferred on it (data/gold README, decision 3), not a place of its own. A
    /// Persian title runs over the name words after it up to the verb; an English one is written capitalized and
    /// runs over capitalized words and "of".
    func designationTitles(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        let ends: Set<String> = ["را", "در", "به", "از", "و", "برای", "توسط", "با", "که", "نیز", "هم"]
        for index in s.tokens.indices {
            guard let length = s.match("designationTitle", at: index) else { continue }
            let latin = isLatin(s.tokens[index])
            // «شهر خلاق خوراک», "World Craft City": a quoted title is the words inside the quotes.
            if index > 0, ["«", "\"", "“"].contains(s.tokens[index - 1].text),
               let close = (index + length..<min(s.tokens.count, index + 8)).first(where: { ["»", "\"", "”"].contains(s.tokens[$0].text) }) {
                var mention = make(.entity(.award), (index - 1)..<(close + 1), s, finder: "award.designation")
                mention.label = s.surface(index..<close, in: text)
                found.append(mention)
                continue
            }
            if latin && !isCapitalized(s.tokens[index]) { continue }
            var end = index + length
            while end < s.tokens.count, end - index < length + 4 {
                let token = s.tokens[end]
                if latin {
                    if token.text == "of", end + 1 < s.tokens.count, isLatin(s.tokens[end + 1]), isCapitalized(s.tokens[end + 1]) {
                        end += 2
                        continue
                    }
                    guard isLatin(token), isCapitalized(token) else { break }
                } else {
                    guard isNameWord(s, end), !ends.contains(token.text), s.match("designateVerb", at: end) == nil,
                          s.match("lightVerb", at: end) == nil, s.match("holdVerb", at: end) == nil else { break }
                }
                end += 1
            }
            // "نخستین شهر خلاق خوراک ایران": a known place after the title says whose it is, not part of its name.
            if !latin, let place = (index + length + 1..<max(index + length + 1, end)).first(where: { start in
                (1...3).contains { count in
                    s.key(start, count).map { key in gazetteer.entries(forKey: key).contains { $0.type == .place } } ?? false
                }
            }) {
                end = place
            }
            // "شهر جهانی" alone names no title.
            if !latin && end == index + length { continue }
            found.append(make(.entity(.award), index..<end, s, finder: "award.designation"))
        }
        return found + englishDesignations(s, besides: found)
    }

    /// "was chosen as the Islamic Tourism Capital", "won the title of National Capital of Rosewater", "was declared
    /// the Asian Tourism Capital": after a word of naming and an article, capitalized words ending in a title's head
    /// (@designationHead: Capital, City, Village, Site) are a designation too.
    private func englishDesignations(_ s: SentenceAnalysis, besides found: [Mention]) -> [Mention] {
        var more: [Mention] = []
        let cues: Set<String> = ["as", "named", "declared", "designated", "crowned", "chosen", "selected", "recognised", "recognized"]
        for index in s.tokens.indices.dropFirst(2) where isLatin(s.tokens[index]) && isCapitalized(s.tokens[index]) {
            let before = s.tokens[index - 1].text, cue = s.tokens[index - 2].text
            let titled = (["a", "an", "the"].contains(before) && cues.contains(cue)) || (before == "of" && cue == "title")
            guard titled, !found.contains(where: { $0.tokens.contains(index) }) else { continue }
            var end = index, lastHead: Int?
            while end < s.tokens.count, end - index < 8 {
                let token = s.tokens[end]
                if token.text == "of", end + 1 < s.tokens.count, isLatin(s.tokens[end + 1]), isCapitalized(s.tokens[end + 1]) {
                    end += 1
                    continue
                }
                guard isLatin(token), isCapitalized(token) else { break }
                if lexicon.contains("designationHead", token.text) { lastHead = end }
                end += 1
            }
            guard let lastHead, lastHead > index else { continue }
            more.append(make(.entity(.award), index..<end, s, finder: "award.designation"))
        }
        return more
    }
}

extension MentionFinder {
    /// "First prize in the students' category went to X", "won second place": an English rank with "prize"/"place"
    /// is the prize in focus given at that rank, or — with no prize in focus — a prize of its own (data/gold README,
    /// decision 2). The mention refers; `CoreferenceResolver` settles which.
    func englishRankPrizes(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropLast() where rankOfEnglishPrize(s, index) {
            var mention = make(.entity(.award), index..<(index + 2), s, finder: "reference.award-rank-en")
            mention.label = s.tokens[index].surface.lowercased() + " " + s.tokens[index + 1].surface.lowercased()
            mention.isAnaphoric = true
            found.append(mention)
        }
        return found
    }

    /// Whether token `index` is "first"/"second"/"third"/"1st"… right before "prize"/"place".
    func rankOfEnglishPrize(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard index + 1 < s.tokens.count else { return false }
        // Token texts are folded (ASCII lower-cased): no allocation here, it runs for every capitalized word.
        return MentionFinder.englishRanks.contains(s.tokens[index].text)
            && MentionFinder.prizeOrPlace.contains(s.tokens[index + 1].text)
    }
}

extension MentionFinder {
    /// "رتبه نخست", "مقام دوم", "عنوان نخست بخش منظره": a rank written with its rank word is the prize in focus given
    /// at that rank, or — with none in focus — a prize of its own (data/gold README, decision 2).
    func persianRankPrizes(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropLast() where persianRankWord(s, index) {
            var mention = make(.entity(.award), index..<(index + 2), s, finder: "reference.award-rank-fa")
            mention.isAnaphoric = true
            found.append(mention)
        }
        return found
    }

    /// Whether token `index` is "رتبه"/"مقام"/"عنوان" right before a rank (@prizeRank).
    func persianRankWord(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard index >= 0, index + 1 < s.tokens.count, MentionFinder.persianRankWords.contains(s.tokens[index].text) else { return false }
        // "به عنوان نخستین …" names a choice, not a prize.
        if index > 0, s.tokens[index - 1].text == "به" { return false }
        return s.match("prizeRank", at: index + 1) != nil
    }
}
