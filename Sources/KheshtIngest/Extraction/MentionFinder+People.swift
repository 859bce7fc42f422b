import KheshtText

/// People and the small organizations English news names without a head word. Iranian names in English text are
/// mostly unknown to any list of given names ("Amirali Rostami", "Mohammad-Hossein Jafari"), but their surnames end
/// in a few typical ways (-i, -ian, -zadeh, -pour, …: `@latinSurnameEnding`); a startup or lodge is introduced by what
/// it is ("Sabzineh, an agritech startup").
extension MentionFinder {
    /// "Amirali Rostami", "Parsa Ebrahimi", "Mohammad-Hossein Jafari": two capitalized words (the first may be two
    /// parts joined by a hyphen) whose last one ends like an Iranian surname, none of them a head word, a known name,
    /// a role or a function word, and not inside a longer capitalized name.
    func surnamedLatinPersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        func glued(_ left: Int, _ right: Int) -> Bool {
            s.tokens[left].normalizedRange.upperBound == s.tokens[right].normalizedRange.lowerBound
        }
        func plainCapital(_ index: Int) -> Bool {
            guard index < s.tokens.count, isLatin(s.tokens[index]), isCapitalized(s.tokens[index]),
                  isSurnameWord(s, index), s.tokens[index].text.count >= 3 else { return false }
            if gazetteer.entries(forKey: s.key(index, 1) ?? "").isEmpty == false { return false }
            return !["placeHead", "role", "honorific", "awardAdjective", "eventModifier"].contains { s.match($0, at: index) != nil }
        }
        var index = 0
        while index + 1 < s.tokens.count {
            // The name must start a capitalized run: "Sharif University …" words are not a person's.
            if index > 0, isLatin(s.tokens[index - 1]), isCapitalized(s.tokens[index - 1]), s.tokens[index - 1].text != "dr" {
                index += 1
                continue
            }
            guard plainCapital(index) else { index += 1; continue }
            // "110 Bahar Azadi gold coins": a name counted is a thing's.
            if index > 0, s.tokens[index - 1].kind == .number { index += 1; continue }
            var surname = index + 1
            var hyphenated = false
            // "Mohammad-Hossein": a given name of two parts.
            if surname + 1 < s.tokens.count, s.tokens[surname].text == "-", glued(index, surname), glued(surname, surname + 1),
               plainCapital(surname + 1) {
                surname += 2
                hyphenated = true
            }
            guard plainCapital(surname) else { index += 1; continue }
            let word = s.tokens[surname].text
            let known = s.match("givenName", at: index) != nil || (hyphenated && s.match("givenName", at: index + 2) != nil)
            // "Another Iranian film": a nationality ends like a surname but names no one.
            guard known || (!lexicon.contains("demonym", word)
                            && lexicon.entries("latinSurnameEnding").contains(where: { word.count > $0.count + 2 && word.hasSuffix($0) })) else {
                index += 1
                continue
            }
            var end = surname + 1
            // "Hamid-Reza Sadeghian", "Mbeki-Odhiambo": a hyphen joins two parts of the surname too.
            if end + 1 < s.tokens.count, s.tokens[end].text == "-", glued(surname, end), glued(end, end + 1), plainCapital(end + 1) {
                end += 2
            }
            // A third capitalized word makes it a longer name ("Mehdi Karimi Foundation" is an organization's).
            if end < s.tokens.count, isLatin(s.tokens[end]), isCapitalized(s.tokens[end]) { index = end; continue }
            found.append(make(.entity(.person), index..<end, s, finder: "person.latin-surname"))
            index = end
        }
        return found
    }

    /// "Sabzineh, an agritech startup that …", "Darmanyar, a telemedicine platform": one to three capitalized words
    /// followed by a comma, an indefinite article and up to four lower-case words ending in a word for a company or a
    /// group (`@describedOrgNoun`) name an organization.
    func describedOrganizations(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for comma in s.tokens.indices where s.tokens[comma].text == "," && comma >= 1 && comma + 2 < s.tokens.count {
            guard ["a", "an"].contains(s.tokens[comma + 1].text) else { continue }
            var noun = comma + 2
            var described = false
            while noun < s.tokens.count, noun - comma <= 6, isLatin(s.tokens[noun]) || s.tokens[noun].text == "-",
                  !isCapitalized(s.tokens[noun]) {
                if s.match("describedOrgNoun", at: noun) != nil { described = true; break }
                noun += 1
            }
            guard described else { continue }
            var start = comma
            while start > 0, comma - start < 3, isLatin(s.tokens[start - 1]), isCapitalized(s.tokens[start - 1]),
                  isSurnameWord(s, start - 1) || s.match("orgHead", at: start - 1) != nil {
                start -= 1
            }
            guard start < comma, s.match("givenName", at: start) == nil else { continue }
            // A run of capitals that goes on before it is a longer name found elsewhere.
            if start > 0, isLatin(s.tokens[start - 1]), isCapitalized(s.tokens[start - 1]), s.match("stop", at: start - 1) == nil { continue }
            if (start..<comma).contains(where: { !gazetteer.entries(forKey: s.key($0, 1) ?? "").isEmpty }) { continue }
            found.append(make(.entity(.organization), start..<comma, s, finder: "organization.described"))
        }
        return found
    }

    /// "the four-member team", "a 12-member jury": a role word joined by a hyphen to a number describes a group's
    /// size; nobody holds it. "دبیر فیزیک" is a physics teacher, no post either.
    func isCountedAdjective(_ role: Mention, _ s: SentenceAnalysis) -> Bool {
        let start = role.tokens.lowerBound
        // "دبیر فیزیک از سنندج": a teacher of a school subject, not a secretary.
        if s.tokens[start].text == "دبیر", role.tokens.upperBound < s.tokens.count,
           s.match("teachingSubject", at: role.tokens.upperBound) != nil { return true }
        guard start >= 2, s.tokens[start - 1].text == "-",
              s.tokens[start - 2].normalizedRange.upperBound == s.tokens[start - 1].normalizedRange.lowerBound else { return false }
        let count = s.tokens[start - 2]
        return count.kind == .number || NumberWords.scan([count]).contains { !$0.isOrdinal }
    }

    /// "Toranj Ecolodge on Qeshm Island", "Kish Convention Center on Kish Island": a name that ends with an
    /// organization's or venue's head word ends before "on" and the island or place after it, which is a name of its
    /// own. ("Conference on Sustainable Island Tourism" keeps its "on": an event's word comes before it.) Returns where
    /// the first name ends.
    func endOfNameBeforeOnPlace(_ s: SentenceAnalysis, _ range: Range<Int>) -> Int? {
        guard let on = range.first(where: { s.tokens[$0].text == "on" }), on > range.lowerBound, on + 1 < range.upperBound else { return nil }
        let before = on - 1
        guard s.match("orgHead", at: before) != nil || s.match("placeHead", at: before) != nil,
              !(range.lowerBound..<on).contains(where: { s.match("eventHead", at: $0) != nil }) else { return nil }
        let after = (on + 1)..<range.upperBound
        let placeAfter = after.contains { s.match("placeHead", at: $0) != nil }
            || after.contains { !gazetteer.entries(forKey: s.key($0, range.upperBound - $0) ?? "").isEmpty }
        return placeAfter ? on : nil
    }

    /// "مهناز رخشانی، آموزگار روستای گشت، …", "کیانا مرادی، عکاس جوان تبریزی، …": two Persian name words before a
    /// comma and an occupation (`@occupation`) are a person when the last looks like a surname and the first opens a
    /// phrase (the sentence's start, or after "به", "و", "از", "نیز", "همچنین" or a comma): "در بخش شعر، شاعر …" is a
    /// section, not a person.
    func occupationAppositivePersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        let openers: Set<String> = ["به", "و", "از", "نیز", "همچنین", "،", ",", "را"]
        for comma in s.tokens.indices where s.tokens[comma].text == "،" && comma >= 2 && comma + 1 < s.tokens.count {
            guard s.match("occupation", at: comma + 1) != nil else { continue }
            let start = comma - 2
            guard (start..<comma).allSatisfy({ !isLatin(s.tokens[$0]) && isSurnameWord(s, $0) }),
                  looksLikeSurname(s, comma - 1), s.match("honorific", at: start) == nil,
                  !(start..<comma).contains(where: { s.match("categoryWord", at: $0) != nil || s.match("occupation", at: $0) != nil }),
                  start == 0 || openers.contains(s.tokens[start - 1].text),
                  // "وزیر فرهنگ و ارشاد اسلامی، …" (xent): words after "و" that end a title's ministry are no name.
                  !(start > 0 && s.tokens[start - 1].text == "و"
                    && (max(0, start - 5)..<(start - 1)).contains { s.match("ministerRole", at: $0) != nil || s.match("orgHead", at: $0) != nil }),
                  // "روز جهانی، هنرمند …": a word any list knows (a date word, a head word) is no unknown name.
                  (start..<comma).allSatisfy({ lexicon.lists(forKey: s.tokens[$0].text).allSatisfy { $0 == "givenName" || $0 == "femaleGivenName" } }),
                  gazetteer.entries(forKey: s.key(start, 2) ?? "").isEmpty,
                  (start..<comma).allSatisfy({ gazetteer.entries(forKey: s.key($0, 1) ?? "").isEmpty }) else { continue }
            found.append(make(.entity(.person), start..<comma, s, finder: "person.occupation-apposition"))
        }
        return found
    }

    /// "با حضور عابدین خرم استاندار آذربایجان شرقی": two Persian name words between "حضور" and a title are a person
    /// whatever the given name (an official attending is named, then titled). Words any list knows, places and the
    /// names of bodies are not.
    func attendingOfficialPersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for presence in s.tokens.indices where s.tokens[presence].text == "حضور" && presence + 3 < s.tokens.count {
            let start = presence + 1
            guard s.match("role", at: start + 2) != nil, s.mention(at: start) == nil, s.mention(at: start + 1) == nil,
                  (start...(start + 1)).allSatisfy({ !isLatin(s.tokens[$0]) && isSurnameWord(s, $0)
                      && lexicon.lists(forKey: s.tokens[$0].text).allSatisfy { $0 == "givenName" || $0 == "femaleGivenName" }
                      && gazetteer.entries(forKey: s.key($0, 1) ?? "").isEmpty }),
                  gazetteer.entries(forKey: s.key(start, 2) ?? "").isEmpty else { continue }
            found.append(make(.entity(.person), start..<(start + 2), s, finder: "person.attending-official"))
        }
        return found
    }

    /// "Professor Hossein Rezaei-Rad", "Dr. Sara Amin-Zadeh": a Latin name that ends where a hyphen glues on another
    /// capitalized part goes on to that part.
    func extendingHyphenatedSurname(_ s: SentenceAnalysis, _ end: Int) -> Int {
        guard end > 0, end + 1 < s.tokens.count, isLatin(s.tokens[end - 1]), s.tokens[end].text == "-",
              isLatin(s.tokens[end + 1]), isCapitalized(s.tokens[end + 1]),
              s.tokens[end - 1].normalizedRange.upperBound == s.tokens[end].normalizedRange.lowerBound,
              s.tokens[end].normalizedRange.upperBound == s.tokens[end + 1].normalizedRange.lowerBound else { return end }
        return end + 2
    }

    /// "Khorasan Razavi Cultural Heritage Department and Mashhad Municipality": a name ending with an organization's
    /// head word, then "and" and another name ending with one, are two bodies ("Victoria and Albert Museum" has no
    /// head word before "and"). So is a person named after the "and". Returns where the first name ends.
    func endOfNameBeforeAnotherBody(_ s: SentenceAnalysis, _ range: Range<Int>) -> Int? {
        // "University of Tehran and Sharif University of Technology" (xent): the first body's head word may stand
        // anywhere before "and", when the words after "and" are a body with a head word of its own.
        // "Ministry of Health and Medical Education and Tehran University of …": the last such "and" splits.
        let splitsHere = { (and: Int) -> Bool in
            (range.lowerBound..<and).contains { s.match("orgHead", at: $0) != nil }
                && (and + 1..<range.upperBound).contains { s.match("orgHead", at: $0) != nil }
        }
        let ands = range.filter { s.tokens[$0].text == "and" && $0 > range.lowerBound + 1 && $0 + 1 < range.upperBound }
        guard let and = ands.first(where: { s.match("orgHead", at: $0 - 1) != nil }) ?? ands.last(where: splitsHere)
        else { return nil }
        let after = (and + 1)..<range.upperBound
        // "Allameh Helli High School and Sina Farahani": a person's given name after "and" starts a name of its own.
        guard after.contains(where: { s.match("orgHead", at: $0) != nil })
                || s.match("givenName", at: and + 1) != nil || s.match("femaleGivenName", at: and + 1) != nil else { return nil }
        return and
    }

    /// "عکس «موج» اثر آوا شریفی", "فیلم «کوچ» ساخته کاوه نادری": two Persian name words right after a maker word
    /// (`@workMaker`) that follows a quoted title are the maker, whatever the given name, when the second looks like
    /// a surname.
    func workMakerPersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices where index > 0 && ["»", "\""].contains(s.tokens[index - 1].text) {
            guard let maker = s.match("workMaker", at: index), !isLatin(s.tokens[index]) else { continue }
            let start = index + maker
            guard start + 1 < s.tokens.count,
                  (start...(start + 1)).allSatisfy({ isSurnameWord(s, $0) && !isLatin(s.tokens[$0])
                      && lexicon.lists(forKey: s.tokens[$0].text).allSatisfy { $0 == "givenName" || $0 == "femaleGivenName" } }),
                  looksLikeSurname(s, start + 1) else { continue }
            found.append(make(.entity(.person), start..<(start + 2), s, finder: "person.work-maker"))
        }
        return found
    }

    /// "Council member Yasaman Rahnavard said …", "Ministry spokesman X": a body's word opening the sentence right
    /// before a title is the body named before (like "the council"), written capitalized only because it opens the
    /// sentence.
    func sentenceOpeningBodyReferences(_ s: SentenceAnalysis) -> [Mention] {
        guard s.tokens.count > 2, isLatin(s.tokens[0]), s.match("orgReference", at: 0) == 1,
              s.match("role", at: 1) != nil, !isCapitalized(s.tokens[1]) else { return [] }
        var mention = make(.entity(.organization), 0..<1, s, finder: "reference.organization-opening")
        mention.isAnaphoric = true
        return [mention]
    }

    /// "The newly appointed director of the National Museum, Jebrael Nokandeh, said …", "مدیر موزه ملی، جبرئیل
    /// نوکنده، گفت": a name set off by commas right after a title (within eight words) is its holder, whatever the
    /// given name. Two or three name words (capitalized in English), then a comma or a verb of speaking.
    func personsNamedAfterTheirTitle(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for comma in s.tokens.indices where [",", "،"].contains(s.tokens[comma].text) && comma >= 1 {
            let window = max(0, comma - 8)..<comma
            guard window.contains(where: { s.match("role", at: $0) != nil }),
                  !window.contains(where: { [",", "،", ".", ":"].contains(s.tokens[$0].text) }) else { continue }
            let start = comma + 1
            var end = start
            while end < s.tokens.count, end - start < 3, isSurnameWord(s, end), s.match("stop", at: end) == nil,
                  s.match("role", at: end) == nil, s.match("honorific", at: end) == nil,
                  !isLatin(s.tokens[end]) ? !isLatin(s.tokens[start]) : (isLatin(s.tokens[start]) && isCapitalized(s.tokens[end])) {
                end += 1
            }
            guard end - start >= 2, end < s.tokens.count,
                  [",", "،"].contains(s.tokens[end].text) || s.match("speechVerb", at: end) != nil else { continue }
            // "، نوازنده پیشکسوت کمانچه،": a description is no name; an unknown Persian name needs a surname's ending.
            if s.match("occupation", at: start) != nil || s.match("teachingSubject", at: start) != nil { continue }
            if !isLatin(s.tokens[start]), !looksLikeSurname(s, end - 1) { continue }
            // Known names (a place, a body) are not people.
            if let key = s.key(start, end - start), gazetteer.firstEntry(forKey: key) != nil { continue }
            if (start..<end).contains(where: { s.key($0, 1).map { gazetteer.firstEntry(forKey: $0) != nil } ?? false }) { continue }
            found.append(make(.entity(.person), start..<end, s, finder: "person.after-title"))
        }
        return found
    }
}

