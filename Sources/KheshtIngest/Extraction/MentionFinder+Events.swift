import KheshtGraph
import KheshtText

/// Where the name of an event series ends after its head word ("جشنواره کتاب‌های برگزیده کودک و نوجوان",
/// "مسابقات بین‌المللی قرآن کریم"). Event names differ from the names of organizations and people in three ways the
/// general `continuation` cannot know: "و" joins two words of one name ("کودک و نوجوان", "آب و محیط زیست"), a
/// participle may be an adjective inside the name ("برگزیده", @nameParticiple), and a given name standing alone
/// (no surname after it: "قرآن کریم", "امام رضا") is a word of the name, not the start of a person's.
extension MentionFinder {
    func eventNameEnd(_ s: SentenceAnalysis, from start: Int, maxWords: Int = 6) -> Int {
        var end = start
        var index = start
        // (xevname) Tokens of a year range count as one word of the name.
        var slack = 0
        while index < s.tokens.count, end - start < maxWords + slack {
            if index > start, joinsEventName(s, at: index) {
                index += 1
                continue
            }
            if index > start, let honorific = parentheticalHonorific(s, at: index) {
                index += honorific
                end = index
                continue
            }
            // "آیین تجلیل از برترین‌های سال ۱۴۰۳ شطرنج ایران": a year inside the name, with name words after it, is a
            // word of the name, not when the event was held.
            if index > start, let year = s.mention(at: index), year.kind == .date, year.tokens.lowerBound == index,
               year.dateEnd == nil, year.dateStart?.datatype == XSD.gYear, year.tokens.upperBound < s.tokens.count,
               s.mention(at: year.tokens.upperBound) == nil, isNameWord(s, year.tokens.upperBound) {
                index = year.tokens.upperBound
                continue
            }
            // (xevname) "جشن بهترین‌های فصل ۱۴۰۳-۱۴۰۴ والیبال ایران": a range of years (a season) inside the name, with
            // name words after it, is a word of the name; the hyphen does not end it.
            if index > start, let after = yearRangeEnd(s, at: index), after < s.tokens.count,
               s.mention(at: after)?.kind != .date, isNameWord(s, after), s.match("stop", at: after) == nil {
                slack += 2
                index = after
                continue
            }
            // "بزرگداشت حکیم عمر خیام" (xent): a well-known person honoured (the gazetteer's) is part of the name.
            if let honoured = s.mention(at: index), honoured.tokens.lowerBound == index, honoured.known != nil,
               honoured.entityType == .person {
                index = honoured.tokens.upperBound
                end = index
                continue
            }
            guard isEventNameWord(s, index) else { break }
            if index > start, startsNewName(s, index), parentheticalHonorific(s, at: index + 1) == nil,
               !isLoneGivenName(s, index) {
                break
            }
            index += 1
            end = index
        }
        return end
    }

    /// (xevname) The end of "۱۴۰۳-۱۴۰۴", "2024/25" at `index`: a number, a hyphen, dash or slash, and a number.
    private func yearRangeEnd(_ s: SentenceAnalysis, at index: Int) -> Int? {
        guard index + 2 < s.tokens.count, s.tokens[index].kind == .number, ["-", "–", "—", "/"].contains(s.tokens[index + 1].text),
              s.tokens[index + 2].kind == .number else { return nil }
        if let date = s.mention(at: index), date.tokens.lowerBound == index, date.tokens.upperBound > index + 3 { return nil }
        return index + 3
    }

    /// "و" between two words of one name: a plain word follows it, not another head, name, mention or function word
    /// ("جشنواره فیلم فجر و جشنواره تئاتر", "… و شهرداری تهران", "… و سپس" are two things).
    private func joinsEventName(_ s: SentenceAnalysis, at index: Int) -> Bool {
        guard ["و", "and", "&"].contains(s.tokens[index].text), index + 1 < s.tokens.count,
              s.mention(at: index + 1) == nil, isEventNameWord(s, index + 1), !startsNewName(s, index + 1) else { return false }
        // "آیین پایانی نمایشگاه و اهدای جوایز …", "بزرگداشت فردوسی و پاسداشت …": a second act starts a second event.
        let heads = ["orgHead", "placeHead", "awardHead", "eventHead", "editionWord", "stop", "eventModifier", "eventActNoun"]
        return !heads.contains { s.match($0, at: index + 1) != nil }
    }

    private func isEventNameWord(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        if isNameWord(s, index) { return true }
        // "کتاب‌های برگزیده": an adjectival participle before another name word.
        return s.match("nameParticiple", at: index) != nil && index + 1 < s.tokens.count && isNameWord(s, index + 1)
            && s.match("stop", at: index + 1) == nil && s.match("lightVerb", at: index + 1) == nil
    }

    /// A given name with no name word after it cannot open a person's name (a person is named with a surname).
    private func isLoneGivenName(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard s.match("givenName", at: index) != nil, s.match("eventHead", at: index) == nil else { return false }
        return index + 1 >= s.tokens.count || !isNameWord(s, index + 1) || s.match("stop", at: index + 1) != nil
    }
}

/// A later edition than the one reported ("دوره آینده جشنواره", "دوره بعدی مسابقات", "the next edition of the
/// festival"): its event word is not a reference to the event in focus, so where and when it will be held is not
/// said of that event.
extension MentionFinder {
    func followsFutureEdition(_ s: SentenceAnalysis, at start: Int) -> Bool {
        var end = start
        // "the next edition of the festival": past "of" and "the".
        while end > 0, ["of", "the"].contains(s.tokens[end - 1].text) { end -= 1 }
        for length in 1...4 where end - length >= 0 {
            if s.match("futureEdition", at: end - length) == length { return true }
        }
        return false
    }
}

/// Words between an edition and the award it is an edition of, and sessions named by the body that meets.
extension MentionFinder {
    /// "هفدهمین دوره اهدای نشان ملی مرغوبیت", "آیین سومین دوره اعطای جایزه …": an act of giving (@eventModifier)
    /// after the edition word, when an award follows it, belongs to the edition's name. `cursor` is unchanged
    /// otherwise.
    func pastActBeforeAward(_ s: SentenceAnalysis, from cursor: Int) -> Int {
        let past = skipModifiers(s, from: cursor)
        guard past > cursor, let award = s.mention(at: past), award.tokens.lowerBound == past,
              award.entityType == .award else { return cursor }
        return past
    }

    /// "جلسه امروز شورای اسلامی شهر کرج", "نشست دیروز هیئت دولت": a session word, a day word, then the body that
    /// meets names a session of that body. The event mention covers only the session word, so the day stays a date
    /// mention of its own (and the body an organization); its label is the whole phrase.
    func sessionOfBody(_ s: SentenceAnalysis, at start: Int, headLength: Int) -> Mention? {
        guard s.match("sessionHead", at: start) == headLength else { return nil }
        let after = start + headLength
        guard let day = s.mention(at: after), day.kind == .date, day.tokens.lowerBound == after, day.tokens.count <= 3,
              let body = s.mention(at: day.tokens.upperBound), body.tokens.lowerBound == day.tokens.upperBound,
              body.entityType == .organization else { return nil }
        var session = make(.entity(.event), start..<after, s, finder: "event.session-of")
        session.label = s.surface(start..<body.tokens.upperBound, in: text)
        session.attached = Box(body)
        return session
    }
}

/// Cities no gazetteer knows, in English datelines of events.
extension MentionFinder {
    /// "at the 19th Asian Games in Hangzhou, China": one or two capitalized words after "in" and before a comma and
    /// a known place are a place in it (the city of a country, province or island the gazetteer knows).
    func isPlaceBeforeKnownPlace(_ s: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        guard (1...2).contains(range.count), range.lowerBound > 0, s.tokens[range.lowerBound - 1].text == "in",
              range.upperBound + 1 < s.tokens.count, s.tokens[range.upperBound].text == ",",
              range.allSatisfy({ s.match("stop", at: $0) == nil && s.match("givenName", at: $0) == nil }) else { return false }
        let next = range.upperBound + 1
        return (1...3).contains { length in
            guard next + length <= s.tokens.count, let key = s.key(next, length) else { return false }
            return gazetteer.entries(forKey: key).contains { $0.type == .place }
        }
    }
}

/// Venues named after a person's given name: "بیمارستان میلاد تهران", "تالار امام رضا مشهد".
extension MentionFinder {
    /// A given name right before a place the gazetteer knows (the city a venue's name ends with) opens no
    /// person's name: a person is named with a surname, not a city.
    func isGivenNameBeforeKnownPlace(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard s.match("givenName", at: index) != nil, s.match("eventHead", at: index) == nil else { return false }
        let next = index + 1
        return (1...3).contains { length in
            guard next + length <= s.tokens.count, let key = s.key(next, length) else { return false }
            return gazetteer.entries(forKey: key).contains { $0.type == .place }
        }
    }
}

extension MentionFinder {
    /// Where "این جشنواره" / "همین نمایشگاه" (a determiner and an event word) ends when it starts at `index`.
    func ofThisEventEnd(_ s: SentenceAnalysis, after index: Int) -> Int? {
        guard index + 1 < s.tokens.count, ["این", "همین"].contains(s.tokens[index].text), s.mention(at: index + 1) == nil,
              let head = s.match("eventHead", at: index + 1) else { return nil }
        return index + 1 + head
    }
}

/// (xevname) The office a ceremony of an act is held for: "آیین تودیع و معارفه مدیرکل میراث فرهنگی، گردشگری و صنایع
/// دستی استان قزوین", "آیین معارفه فرماندار بندرعباس". The title and the office it names are the ceremony's name (the
/// act alone names nothing), so they belong to its label; the role and the office stay mentions of their own (the
/// event's tokens end at the act), so the organization or place is still found.
extension MentionFinder {
    /// The end of the role at `start` and its office, or nil when no role starts there.
    func officeNamedAfterAct(_ s: SentenceAnalysis, at start: Int) -> Int? {
        guard start < s.tokens.count, let role = s.mention(at: start), role.kind == .role,
              role.tokens.lowerBound == start else { return nil }
        var end = role.tokens.upperBound
        var index = end
        while index < s.tokens.count, index - role.tokens.upperBound < 14 {
            if let found = s.mention(at: index) {
                // A date, a person or another title ends the office; an organization or place is part of it.
                guard found.tokens.lowerBound == index, found.entityType == .organization || found.entityType == .place
                else { break }
                index = found.tokens.upperBound
                end = index
                continue
            }
            // "میراث فرهنگی، گردشگری و صنایع دستی": a comma or "و" between two words of the office.
            if index == end, ["،", ",", "و"].contains(s.tokens[index].text), index + 1 < s.tokens.count,
               s.mention(at: index + 1).map({ $0.entityType == .organization || $0.entityType == .place }) ?? isOfficeWord(s, index + 1) {
                index += 1
                continue
            }
            guard isOfficeWord(s, index) else { break }
            index += 1
            end = index
        }
        return end
    }

    private func isOfficeWord(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        isNameWord(s, index) && s.match("lightVerb", at: index) == nil && s.match("eventHead", at: index) == nil
            && s.match("eventActNoun", at: index) == nil && s.tokens[index].kind == .word
    }
}

/// (xevname) English numbered series: "the eighth Kish International Marathon", "the 31st Iran Agrofood exhibition",
/// "the 77th iENA international trade fair for ideas, inventions and new products". An ordinal before a proper name
/// (capitalized words, or a brand with a capital inside: "iENA") that ends in, or is followed by, an event word
/// (@eventHead, or a word of a recurring contest, @seriesHead) is an edition of the series the proper name names.
extension MentionFinder {
    func englishNumberedSeries(_ s: SentenceAnalysis, ordinalAt start: Int, nameStart: Int, number: Int?) -> Mention? {
        guard let number, nameStart < s.tokens.count, isLatin(s.tokens[nameStart]) else { return nil }
        // "the First Feature competition": a capitalized ordinal inside a sentence is a word of a title, no edition.
        if start > 0, isCapitalized(s.tokens[start]) { return nil }
        func isProperWord(_ i: Int) -> Bool {
            let token = s.tokens[i]
            return token.kind == .word && isLatin(token) && token.surface.unicodeScalars.contains { $0.properties.isUppercase }
                && s.match("role", at: i) == nil && s.match("stop", at: i) == nil
        }
        var nameEnd = nameStart
        while nameEnd < s.tokens.count, nameEnd - nameStart < 6, isProperWord(nameEnd) { nameEnd += 1 }
        guard nameEnd > nameStart else { return nil }
        // A name found already (a person, "Iran Expo", an award) is left to the finders that know it; only a place
        // ("Iran", "Kish") may open the series' name.
        if let found = s.mention(at: nameStart), found.entityType != .place { return nil }
        // "the first Iranian Conference on …": an event word inside the capitalized name is the general English
        // finder's (it reads what the event is about); only a contest word (@seriesHead) ends a name here.
        if (nameStart..<nameEnd).contains(where: { s.match("eventHead", at: $0) != nil }) { return nil }
        var end: Int
        let seriesEnd = nameEnd
        if let last = (nameStart..<nameEnd).last, s.match("seriesHead", at: last) == 1 {
            // "Kish International Marathon": the event word is a word of the proper name.
            end = nameEnd
        } else {
            // "Iran Agrofood exhibition", "iENA international trade fair": lower-case words up to an event word.
            var index = nameEnd
            while index < s.tokens.count, index - nameEnd < 3, s.match("eventHead", at: index) == nil,
                  s.tokens[index].kind == .word, isLatin(s.tokens[index]), !isCapitalized(s.tokens[index]),
                  s.match("stop", at: index) == nil { index += 1 }
            guard index < s.tokens.count, let head = s.match("eventHead", at: index) else { return nil }
            end = index + head
        }
        // "… trade fair for ideas, inventions and new products": what the fair is for is part of its name.
        if end + 1 < s.tokens.count, s.tokens[end].text == "for" {
            var index = end + 1
            var last = end
            while index < s.tokens.count, index - end < 10 {
                let token = s.tokens[index]
                if token.kind == .word, isLatin(token), s.match("stop", at: index) == nil || token.text == "and" {
                    if token.text != "and" { last = index + 1 }
                    index += 1
                } else if token.text == ",", index + 1 < s.tokens.count, !["which", "that", "who", "where"].contains(s.tokens[index + 1].text) {
                    index += 1
                } else { break }
            }
            if last > end + 1 { end = last }
        }
        return numberedEdition(s, start..<end, number: number, series: nameStart..<seriesEnd)
    }

    /// An edition numbered `number`, over `edition`, attached to its series named by the words in `series` (the
    /// series is an entity of its own: "نمایشگاه بین‌المللی کتاب تهران" beside its 29th edition).
    func numberedEdition(_ s: SentenceAnalysis, _ edition: Range<Int>, number: Int?, series: Range<Int>) -> Mention {
        var event = make(.entity(.event), edition, s, finder: "event.edition")
        event.number = number
        event.attached = Box(make(.entity(.event), series, s, finder: "event.series"))
        return event
    }
}

/// (xevname) "شانزدهمین نمایشگاه ایران نانو", "دهمین جشنواره تهران مستند": a known place that opens a series' name
/// with more name words after it is a word of the name, not where the series is held.
extension MentionFinder {
    func placeOpensSeriesName(_ s: SentenceAnalysis, at index: Int) -> Bool {
        guard let place = s.mention(at: index), place.tokens.lowerBound == index, place.entityType == .place,
              place.known != nil, !isLatin(s.tokens[index]) else { return false }
        let after = place.tokens.upperBound
        guard after < s.tokens.count, s.mention(at: after) == nil, s.match("stop", at: after) == nil,
              s.match("eventHead", at: after) == nil, s.match("lightVerb", at: after) == nil else { return false }
        return eventNameEnd(s, from: index) > after
    }
}
