import KheshtText

/// Where unknown names begin and end: given names written glued to a title or a second given name ("سیدرضا",
/// "محمدحسن"), given names that are part of a venue's name ("پردیس سینمایی کوروش"), and bodies whose names list their
/// fields with a comma ("سازمان میراث فرهنگی، صنایع دستی و گردشگری").
extension MentionFinder {
    /// Words a glued compound given name may open with: "سیدرضا", "سیده‌زهرا", "محمدحسن", "امیرعباس", "میرحسین".
    static let gluedGivenNamePrefixes = ["سیده", "سید", "محمد", "علی", "امیر", "میر", "غلام", "حاج", "ابو"]

    /// A Persian token that is a known given name glued after a title or another given name: "سیدرضا" (سید + رضا),
    /// "محمدحسن" (محمد + حسن), "امیرعباس". The lexicon cannot list every combination; their parts it knows.
    func isGluedGivenName(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        let word = s.tokens[index].text
        guard s.tokens[index].kind == .word, !isLatin(s.tokens[index]), word.count >= 5 else { return false }
        for prefix in Self.gluedGivenNamePrefixes where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if rest.count >= 2, lexicon.contains("givenName", rest) || lexicon.contains("femaleGivenName", rest) { return true }
        }
        return false
    }

    /// "پردیس سینمایی کوروش", "هتل پارسیان آزادی", "سالن فردوسی": a given name inside a venue's or body's name that no
    /// surname follows is the namesake the place is called after, not a person's name starting.
    func isNamesakeGivenName(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard !isLatin(s.tokens[index]), let given = s.match("givenName", at: index), s.match("eventHead", at: index) == nil
        else { return false }
        let next = index + given
        return next >= s.tokens.count || !isSurnameWord(s, next)
    }
}

/// Names that a word in front introduces, whatever the name itself looks like: foreign given names a list cannot
/// hold ("اوسمار ویرا سرمربی پرسپولیس"), companies introduced by what they are ("the French company Capgemini"), apps
/// named by their kind ("the Tiwall app", "its app, \"Doctor Yar\"").
extension MentionFinder {
    /// "اوسمار ویرا سرمربی پرسپولیس پس از بازی گفت", "یوهان شمیت مدیر موزه گفت": two Persian words no list knows,
    /// opening the sentence right before a title that a name word follows, in a sentence that reports speech, are the
    /// speaker's name. Words any list or the gazetteer knows are not.
    func clauseOpeningTitledPersons(_ s: SentenceAnalysis) -> [Mention] {
        guard s.tokens.count > 4, !isLatin(s.tokens[0]),
              let role = s.match("role", at: 2), 2 + role < s.tokens.count, isNameWord(s, 2 + role) || s.match("orgHead", at: 2 + role) != nil,
              (0...1).allSatisfy({ isSurnameWord(s, $0) && !isLatin(s.tokens[$0])
                  && lexicon.lists(forKey: s.tokens[$0].text).allSatisfy { $0 == "givenName" || $0 == "femaleGivenName" }
                  && gazetteer.entries(forKey: s.key($0, 1) ?? "").isEmpty }),
              gazetteer.entries(forKey: s.key(0, 2) ?? "").isEmpty,
              (2..<s.tokens.count).contains(where: { s.match("speechVerb", at: $0) != nil }) else { return [] }
        return [make(.entity(.person), 0..<2, s, finder: "person.clause-opening-title")]
    }

    /// "Maria Gonzalez de la Cruz", "Ludwig van Beethoven": lower-case particles inside a Latin name, followed by
    /// its last capitalized word, belong to the name. Returns the new end (or `end`).
    func extendingNameParticles(_ s: SentenceAnalysis, _ end: Int) -> Int {
        let particles: Set<String> = ["de", "la", "del", "della", "van", "der", "von", "da", "di", "dos", "du", "le", "al", "bin", "ibn"]
        guard end > 0, isLatin(s.tokens[end - 1]) else { return end }
        var index = end
        while index < s.tokens.count, index - end < 2, particles.contains(s.tokens[index].surface) { index += 1 }
        guard index > end, index < s.tokens.count, isLatin(s.tokens[index]), isCapitalized(s.tokens[index]),
              s.match("stop", at: index) == nil, s.match("role", at: index) == nil,
              ["orgHead", "placeHead", "eventHead", "awardHead"].allSatisfy({ s.match($0, at: index) == nil }) else { return end }
        return index + 1
    }

    /// "the Tehran-based startup Sepehr Data", "the French company Capgemini", "publisher Nashr-e Ney": one to three
    /// capitalized words right after a lower-case word for a company or group (`@describedOrgNoun`) are its name.
    func introducedOrganizations(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropLast() where isLatin(s.tokens[index]) && !isCapitalized(s.tokens[index]) {
            // "Tehran-based Haft Aseman Film": a place's "-based" introduces a body as a word for one does.
            let based = s.tokens[index].text == "based" && index > 1 && s.tokens[index - 1].text == "-"
            guard let noun = s.match("describedOrgNoun", at: index) ?? (based ? 1 : nil) else { continue }
            let start = index + noun
            guard start < s.tokens.count, isLatin(s.tokens[start]), isCapitalized(s.tokens[start]),
                  s.match("givenName", at: start) == nil, s.match("honorific", at: start) == nil else { continue }
            var end = start
            while end < s.tokens.count, end - start < 3, isLatin(s.tokens[end]), isCapitalized(s.tokens[end]),
                  s.match("stop", at: end) == nil, s.match("role", at: end) == nil {
                end += 1
            }
            guard end > start, end >= s.tokens.count || !(isLatin(s.tokens[end]) && isCapitalized(s.tokens[end])),
                  gazetteer.entries(forKey: s.key(start, end - start) ?? "").isEmpty,
                  !(start..<end).contains(where: { !gazetteer.entries(forKey: s.key($0, 1) ?? "").isEmpty }) else { continue }
            found.append(make(.entity(.organization), start..<end, s, finder: "organization.introduced"))
        }
        return found
    }

    /// "the Tiwall app", "Sepehr Data's app, \"Doctor Yar\"", "the platform \"Shad\"": an English word for a kind of
    /// software (`@productHeadLower`) after one to three capitalized words, or before a quoted name, names a product.
    func englishProducts(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices where isLatin(s.tokens[index]) && !isCapitalized(s.tokens[index]) {
            guard let head = s.match("productHeadLower", at: index) else { continue }
            var quoteAt = index + head
            if quoteAt < s.tokens.count, s.tokens[quoteAt].text == "," { quoteAt += 1 }
            if let quoted = quotedName(s, from: quoteAt), (quoted.lowerBound + 1..<quoted.upperBound - 1).allSatisfy({ s.tokens[$0].kind == .punctuation || isLatin(s.tokens[$0]) }) {
                var mention = make(.entity(.product), quoted, s, finder: "product.english-quoted")
                mention.label = quotedLabel(s, quoted)
                found.append(mention)
                continue
            }
            var start = index
            while start > 0, index - start < 3, isLatin(s.tokens[start - 1]), isCapitalized(s.tokens[start - 1]),
                  s.match("stop", at: start - 1) == nil, s.match("role", at: start - 1) == nil {
                start -= 1
            }
            // The name must be all of the capitalized run: "Sepehr Data's app" is the company's app, not a name.
            guard start < index, start == 0 || !(isLatin(s.tokens[start - 1]) && isCapitalized(s.tokens[start - 1])),
                  (start..<index).allSatisfy({ gazetteer.entries(forKey: s.key($0, 1) ?? "").isEmpty }),
                  s.match("givenName", at: start) == nil else { continue }
            var mention = make(.entity(.product), start..<(index + head), s, finder: "product.english-named")
            mention.label = s.surface(start..<index, in: text)
            found.append(mention)
        }
        return found
    }
}

/// Persons that the words around them introduce: a phrase naming what someone did to a work ("به قلم", "به رهبری"),
/// a title or occupation written before the name between commas ("کارگردان تاجیک، فیروزه رحمان‌اوا،", "Art Jameel's
/// director, Rania Haddad,"), and a country's athlete in English ("Kazakhstan's Nursultan Abenov").
extension MentionFinder {
    /// "به قلم خوزه مارتین روبلس", "به رهبری مهرزاد پاکروان", "با صدای …": two or three name words after a phrase
    /// that says who made or performed something (`@personCue`). A word before a light verb ends the name.
    func cuedPersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices where !isLatin(s.tokens[index]) {
            guard let cue = s.match("personCue", at: index) else { continue }
            let start = index + cue
            var end = start
            // A known given name takes one surname word, or two when the second looks like one ("نسرین آقاجانی
            // بیشترین جوایز …" ends before the adjective); an unknown one ("خوزه مارتین روبلس") up to three words.
            let known = s.match("givenName", at: start) != nil || s.match("femaleGivenName", at: start) != nil
            while end < s.tokens.count, end - start < 3, !isLatin(s.tokens[end]), isUnknownNameWord(s, end),
                  s.match("lightVerb", at: end + 1) == nil, !UTF8Key.hasSuffix(s.tokens[end].text, "ترین"),
                  end - start < 2 || !known || looksLikeSurname(s, end) {
                end += 1
            }
            guard end - start >= 2 else { continue }
            found.append(make(.entity(.person), start..<end, s, finder: "person.cued"))
        }
        return found
    }

    /// "کارگردان تاجیک، فیروزه رحمان‌اوا، …", "Art Jameel's director, Rania Haddad, described …": two or three name
    /// words between two commas right after a title or an occupation (and an adjective) are the holder's name.
    func titledAppositivePersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for comma in s.tokens.indices where [",", "،"].contains(s.tokens[comma].text) && comma >= 1 {
            let titled = (max(0, comma - 2)..<comma).contains { at in
                ["role", "occupation"].contains { list in s.match(list, at: at).map { at + $0 == comma || at + $0 + 1 == comma } ?? false }
            }
            guard titled else { continue }
            let start = comma + 1
            var end = start
            while end < s.tokens.count, end - start < 3, isUnknownNameWord(s, end),
                  !isLatin(s.tokens[end]) || isCapitalized(s.tokens[end]) {
                end += 1
            }
            guard end - start >= 2, end < s.tokens.count, [",", "،"].contains(s.tokens[end].text),
                  isLatin(s.tokens[start]) == isLatin(s.tokens[end - 1]) else { continue }
            found.append(make(.entity(.person), start..<end, s, finder: "person.titled-apposition"))
        }
        return found
    }

    /// "Kazakhstan's Nursultan Abenov", "Kyrgyzstan's Aibek Tokonov": a country's possessive before two capitalized
    /// words no list knows names its athlete or envoy.
    func countryPossessivePersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropFirst() where ["'s", "’s"].contains(s.tokens[index].text) && index + 2 < s.tokens.count {
            // Only a country (a place the gazetteer puts inside no other): "Yazd's Lari House" is a city's building.
            guard let key = s.key(index - 1, 1),
                  gazetteer.entries(forKey: key).contains(where: { $0.type == .place && !$0.facts.contains { $0.property == "containedInPlace" } }),
                  (index + 1...index + 2).allSatisfy({ isLatin(s.tokens[$0]) && isCapitalized(s.tokens[$0]) && isUnknownNameWord(s, $0) })
            else { continue }
            let end = index + 3
            if end < s.tokens.count, isLatin(s.tokens[end]), isCapitalized(s.tokens[end]) { continue }
            found.append(make(.entity(.person), (index + 1)..<end, s, finder: "person.country-possessive"))
        }
        return found
    }

    /// A word that may be part of a name no list holds: a name word, no head word, no list's word but a given name's,
    /// and not a name the gazetteer knows.
    func isUnknownNameWord(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard index < s.tokens.count, isSurnameWord(s, index), s.match("role", at: index) == nil,
              s.match("occupation", at: index) == nil else { return false }
        let lists = lexicon.lists(forKey: s.tokens[index].text)
        guard lists.allSatisfy({ $0 == "givenName" || $0 == "femaleGivenName" }) else { return false }
        return gazetteer.entries(forKey: s.key(index, 1) ?? "").isEmpty
    }
}

/// Where a head word names no one thing, and English names written with initials.
extension MentionFinder {
    /// Words of quantity before a head word: "چند شرکت", "برخی دانشگاه‌ها", "صدها موزه".
    static let quantityWords: Set<String> = ["چند", "برخی", "تعدادی", "بسیاری", "دهها", "صدها", "هزاران", "چندین"]

    /// "۴۰۰ شرکت داخلی و خارجی", "سه دانشگاه", "چند موزه": a head word counted by a number or a quantity word is a
    /// common noun, not the start of a name.
    func isCountedHeadWord(_ s: SentenceAnalysis, at start: Int) -> Bool {
        guard start > 0, !isLatin(s.tokens[start]) else { return false }
        let before = s.tokens[start - 1]
        if before.kind == .number || Self.quantityWords.contains(before.text) { return true }
        let window = Array(s.tokens[max(0, start - 4)..<start])
        return NumberWords.scan(window).contains { !$0.isOrdinal && $0.tokenRange.upperBound == window.count }
    }

    /// Where a run of initials ("M. K. ") starting at `start` ends; `start` when none starts there.
    func pastInitials(_ s: SentenceAnalysis, from start: Int) -> Int {
        var end = start
        while end + 1 < s.tokens.count, isLatin(s.tokens[end]), s.tokens[end].surface.count == 1, isCapitalized(s.tokens[end]),
              s.tokens[end + 1].text == "." {
            end += 2
        }
        return end
    }

    /// "Professor A. R. Khosravi", "J. K. Rowling", "Mohammad J. Ansari": one or more initials (a capital letter and a
    /// full stop) before a capitalized surname make a person's name, with a capitalized given name before them if any.
    func initialedPersons(_ s: SentenceAnalysis) -> [Mention] {
        func isInitial(_ index: Int) -> Bool {
            index >= 0 && index + 1 < s.tokens.count && isLatin(s.tokens[index]) && s.tokens[index].surface.count == 1
                && isCapitalized(s.tokens[index]) && s.tokens[index + 1].text == "."
        }
        var found: [Mention] = []
        var index = 0
        while index < s.tokens.count {
            guard isInitial(index), index == 0 || !isInitial(index - 2) else { index += 1; continue }
            var end = index
            while isInitial(end) { end += 2 }
            guard end < s.tokens.count, isLatin(s.tokens[end]), isCapitalized(s.tokens[end]), isSurnameWord(s, end),
                  s.match("role", at: end) == nil, gazetteer.entries(forKey: s.key(end, 1) ?? "").isEmpty else {
                index = end
                continue
            }
            end = extendingHyphenatedSurname(s, end + 1)
            var start = index
            if start > 0, isLatin(s.tokens[start - 1]), isCapitalized(s.tokens[start - 1]), isSurnameWord(s, start - 1),
               s.match("role", at: start - 1) == nil, s.match("honorific", at: start - 1) == nil {
                start -= 1
            }
            found.append(make(.entity(.person), start..<end, s, finder: "person.initials"))
            index = end
        }
        return found
    }

    /// "Khosravi of the Amirkabir University of Technology": a capitalized run whose words before "of" hold no head
    /// word (a person's or a thing's bare name) while a body's or venue's head word follows "of" is two names; the
    /// first ends before "of". ("Ministry of Culture", "Festival of Persian Music" keep their "of".)
    func endOfBareNameBeforeOf(_ s: SentenceAnalysis, _ range: Range<Int>) -> Int? {
        guard let of = range.first(where: { s.tokens[$0].text == "of" }), of > range.lowerBound else { return nil }
        let heads = ["orgHead", "placeHead", "eventHead", "awardHead"]
        guard !(range.lowerBound..<of).contains(where: { at in heads.contains { s.match($0, at: at) != nil } }),
              (of + 1..<range.upperBound).contains(where: { s.match("orgHead", at: $0) != nil || s.match("placeHead", at: $0) != nil })
        else { return nil }
        return of
    }

    /// "the Persian Gulf Hall of Espinas Palace Hotel": a venue "of" another venue is two places (the hall is in the
    /// hotel); the first ends before "of".
    func endOfVenueBeforeOf(_ s: SentenceAnalysis, _ range: Range<Int>) -> Int? {
        guard let of = range.first(where: { s.tokens[$0].text == "of" }), of > range.lowerBound + 1,
              s.match("placeHead", at: of - 1) != nil, s.match("placeHead", at: range.upperBound - 1) != nil,
              range.upperBound - of > 2 else { return nil }
        return of
    }

    /// "… University of Technology and Hannah Schulz": a given name right after "and" starts a person's name, whatever
    /// the words before "and" are, when no head word follows it.
    func endOfNameBeforeAPerson(_ s: SentenceAnalysis, _ range: Range<Int>) -> Int? {
        guard let and = range.first(where: { s.tokens[$0].text == "and" }), and > range.lowerBound, and + 1 < range.upperBound,
              s.match("givenName", at: and + 1) != nil || s.match("femaleGivenName", at: and + 1) != nil else { return nil }
        let heads = ["orgHead", "placeHead", "eventHead", "awardHead"]
        guard !(and + 1..<range.upperBound).contains(where: { at in heads.contains { s.match($0, at: at) != nil } }) else { return nil }
        return and
    }
}

/// Names of bodies that their own words explain: a foundation named after a person, a body spelled out before its
/// abbreviation.
extension MentionFinder {
    /// Whether the head word at `headAt` names places and bodies often named after a person (`@namesakeOrgHead`:
    /// بنیاد، مدرسه، تالار …) and is not a title's organization: after "رئیس بنیاد …" the person's name that follows is
    /// the holder's ("رئیس بنیاد نخبگان علی اکبری گفت").
    func keepsNamesakes(_ s: SentenceAnalysis, headAt: Int) -> Bool {
        guard s.match("namesakeOrgHead", at: headAt) != nil else { return false }
        return !(max(0, headAt - 3)..<headAt).contains { at in s.match("role", at: at).map { at + $0 == headAt } ?? false }
    }

    /// "United World Wrestling (UWW)", "Iran Information Technology Association (IITA)": capitalized words followed by
    /// an abbreviation in parentheses made of their initials are a body's name, though no head word types it.
    func isSpelledOutByAcronym(_ s: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        let open = range.upperBound
        guard range.count >= 2, open + 2 < s.tokens.count, s.tokens[open].text == "(", s.tokens[open + 2].text == ")" else { return false }
        let acronym = s.tokens[open + 1].surface
        guard (2...8).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return false }
        let initials = range.filter { isCapitalized(s.tokens[$0]) }.compactMap { s.tokens[$0].surface.first }
        return String(initials) == acronym
    }
}

extension MentionFinder {
    /// Whether the name starting at `start` follows "at"/"in" (and "the"): where something happens.
    func isAfterLocativePreposition(_ s: SentenceAnalysis, _ start: Int) -> Bool {
        var before = start - 1
        if before >= 0, s.tokens[before].text == "the" { before -= 1 }
        return before >= 0 && ["at", "in", "inside"].contains(s.tokens[before].text)
    }
}

extension MentionFinder {
    /// "TEHRAN - …", "TEHRAN, Dec. 06 (MNA) – …": a city in capitals opening an English report, before a dash or a
    /// comma, is the dateline (where the report was filed), not something the report is about.
    func isDateline(_ s: SentenceAnalysis) -> Bool {
        guard s.tokens.count > 2, isLatin(s.tokens[0]) else { return false }
        let word = s.tokens[0].surface
        if word.count >= 3, word.allSatisfy({ $0.isUppercase || !$0.isLetter }), ["-", "–", "—", ","].contains(s.tokens[1].text) {
            return true
        }
        // "Tehran, Oct 5, IRNA - …": a capitalized city, a comma and a month.
        return isCapitalized(s.tokens[0]) && s.tokens[1].text == "," && Self.monthWords.contains(s.tokens[2].text)
    }

    static let monthWords: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                          "dec", "january", "february", "march", "april", "june", "july", "august",
                                          "september", "october", "november", "december"]
}

