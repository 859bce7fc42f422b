import KheshtGraph
import KheshtText

/// Finds the typed spans of a sentence: known entities from the gazetteer, and unknown ones by the words that
/// introduce them — head words ("شورای …", "برج …", "… Council"), titles and given names for people, role words,
/// ordinals and edition words for events.
///
/// Everything it knows about words comes from the lexicon, so a user adds a head word or a given name in
/// `schema/lexicon.txt` without recompiling.
struct MentionFinder {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let text: NormalizedText

    /// A candidate span before overlaps are settled; the higher `priority` wins among spans of one start.
    private struct Candidate {
        var mention: Mention
        var priority: Int
    }

    /// Fills `sentence.mentions`, given the dates already found in it.
    func find(in sentence: inout SentenceAnalysis, dates: [Mention]) {
        var candidates: [Candidate] = dates.map { Candidate(mention: $0, priority: 10) }
        let roles = wordListMentions(sentence, list: "role", kind: .role, finder: "role").filter { !isCountedAdjective($0, sentence) }
        // "معاون اول", "First Vice President": an ordinal inside a title is part of the title.
        candidates += ordinals(sentence).filter { ordinal in
            !roles.contains { $0.tokens.count > ordinal.tokens.count && $0.tokens.contains(ordinal.tokens.lowerBound) }
                && !ranksAPrize(ordinal, sentence) && !rankOfEnglishPrize(sentence, ordinal.tokens.lowerBound)
                && !persianRankWord(sentence, ordinal.tokens.lowerBound - 1)
        }.map { Candidate(mention: $0, priority: 9) }
        candidates += englishRankPrizes(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += persianRankPrizes(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += rankedPrizeReferences(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += gazetteerMatches(sentence).map { Candidate(mention: $0, priority: 6) }
        candidates += headPhrases(sentence).map { Candidate(mention: $0, priority: 3) }
        candidates += persons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += appositivePersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += personsNamedAfterTheirTitle(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += describedPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += surnamedLatinPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += describedOrganizations(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += occupationAppositivePersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += workMakerPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += attendingOfficialPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += clauseOpeningTitledPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += cuedPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += initialedPersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += titledAppositivePersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += countryPossessivePersons(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += introducedOrganizations(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += englishProducts(sentence).map { Candidate(mention: $0, priority: 5) }
        candidates += sentenceOpeningBodyReferences(sentence).map { Candidate(mention: $0, priority: 1) }
        candidates += englishPrizeWords(sentence).map { Candidate(mention: $0, priority: 4) }
        candidates += designationTitles(sentence).map { Candidate(mention: $0, priority: 5) }
        candidates += creativeWorks(sentence).map { Candidate(mention: $0, priority: 7) }
        candidates += capitalizedPhrases(sentence).map { Candidate(mention: $0, priority: 2) }
        candidates += roles.map { Candidate(mention: $0, priority: 5) }
        candidates += wordListMentions(sentence, list: "pronoun", kind: .pronoun, finder: "pronoun").map { Candidate(mention: $0, priority: 5) }
        candidates += references(sentence).map { Candidate(mention: $0, priority: 1) }
        candidates += standalonePrizeReferences(sentence).map { Candidate(mention: $0, priority: 1) }
        sentence.mentions = settle(candidates)
        sentence.nested = candidates.map(\.mention).filter { inner in
            inner.known != nil && inner.entityType == .organization && !sentence.mentions.contains { $0.span == inner.span }
                && sentence.mentions.contains { outer in
                    outer.known == nil && outer.entityType != nil && outer.tokens.count > inner.tokens.count
                        && outer.tokens.lowerBound <= inner.tokens.lowerBound && inner.tokens.upperBound <= outer.tokens.upperBound
                }
        } + candidates.map(\.mention).filter { inner in
            // "باغ فین کاشان", "خیابان امام خمینی تبریز": a venue's name that ends with its city says the venue is in it.
            inner.known != nil && inner.entityType == .place && !sentence.mentions.contains { $0.span == inner.span }
                && Self.enclosingPlace(of: inner, in: sentence.mentions) != nil
                // A country at the end names whose thing it is ("موزه ملی ایران"), not where: only places the
                // gazetteer puts inside another (cities, provinces) say where a venue is.
                && (inner.known?.facts.contains { $0.property == "containedInPlace" } ?? false)
                // "ساختمان شهرداری تهران", "سالن همایش‌های دانشگاه هرمزگان": the city names the body, not where the venue is.
                && !(0..<inner.tokens.lowerBound).contains { start in
                    ["orgHead", "namesakeTitle"].contains { list in
                        sentence.match(list, at: start).map { start + $0 == inner.tokens.lowerBound } ?? false
                    }
                }
                && !(inner.tokens.lowerBound > 0 && sentence.mention(at: inner.tokens.lowerBound - 1)?.entityType == .organization)
        }
        dropAttribution(&sentence)
        buildEvents(&sentence)
        mergeCompoundRoles(&sentence)
        attachRoles(&sentence)
    }

    // MARK: - Settling overlaps

    /// Dates and ordinals first (they are unambiguous); then, left to right, the gazetteer's longest match where one
    /// starts, else the longest candidate with the highest priority.
    private func settle(_ candidates: [Candidate]) -> [Mention] {
        var taken = Set<Int>()
        var chosen: [Mention] = []
        func free(_ range: Range<Int>) -> Bool { range.allSatisfy { !taken.contains($0) } }
        func take(_ mention: Mention) {
            chosen.append(mention)
            taken.formUnion(mention.tokens)
        }
        for candidate in candidates where candidate.priority >= 9 && free(candidate.mention.tokens) {
            take(candidate.mention)
        }
        let rest = candidates.filter { $0.priority < 9 }
        let starts = Set(rest.map(\.mention.tokens.lowerBound)).sorted()
        for start in starts where !taken.contains(start) {
            let here = rest.filter { $0.mention.tokens.lowerBound == start && free($0.mention.tokens) }
            let known = here.filter { $0.mention.known != nil }
            // "Iran Expo", "Tehran Municipality building": an English name typed by its head word that runs past a
            // known name it starts with is the longer entity.
            let longerName = here.filter { candidate in
                candidate.mention.known == nil && candidate.mention.finder.hasPrefix("capitalized.")
                    && candidate.mention.entityType != .person
                    && known.allSatisfy { $0.mention.tokens.count < candidate.mention.tokens.count }
            }
            let pool = !longerName.isEmpty ? longerName : (known.isEmpty ? here : known)
            if let best = pool.max(by: { ($0.mention.tokens.count, $0.priority) < ($1.mention.tokens.count, $1.priority) }) {
                take(best.mention)
            }
        }
        return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The unknown place whose name ends with the known place `inner` ("باغ فین کاشان" for "کاشان"), if any.
    static func enclosingPlace(of inner: Mention, in mentions: [Mention]) -> Mention? {
        mentions.first { outer in
            outer.known == nil && outer.entityType == .place && outer.tokens.count > inner.tokens.count + 0
                && outer.tokens.lowerBound + 1 < inner.tokens.lowerBound && inner.tokens.upperBound == outer.tokens.upperBound
        }
    }

    /// "به گزارش خبرگزاری ایسنا، …", "به گزارش خبرنگار شهری ایرنا": the outlet that reports is the article's
    /// publisher, not something the article is about.
    private func dropAttribution(_ s: inout SentenceAnalysis) {
        guard s.tokens.count > 2, s.key(0, 2) == "بهگزارش" || s.tokens[0].text == "گزارش" else { return }
        let end = s.tokens.firstIndex { ["،", ",", ":"].contains($0.text) } ?? min(s.tokens.count, 8)
        s.mentions.removeAll { $0.entityType == .organization && $0.tokens.upperBound <= end + 3 && $0.tokens.lowerBound < end + 1 }
    }

    // MARK: - Finders

    private func ordinals(_ s: SentenceAnalysis) -> [Mention] {
        NumberWords.scan(s.tokens).filter(\.isOrdinal).map { number in
            var mention = make(.ordinal, number.tokenRange, s, finder: "ordinal")
            mention.number = number.value
            return mention
        }
    }

    /// The longest gazetteer label starting at each token. Latin labels must be capitalized in the text, so
    /// "general assembly" in running English does not become the UN body.
    private func gazetteerMatches(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for start in s.tokens.indices where s.tokens[start].kind != .punctuation {
            if isLatin(s.tokens[start]) && !isCapitalized(s.tokens[start]) { continue }
            if start == 0, isDateline(s) { continue }
            // Extend the phrase while it is still the start of some label; remember the longest full label.
            var best: (count: Int, entry: Gazetteer.Entry)?
            var count = 1
            while let key = s.key(start, count) {
                let asBytes = s.keyComparesAsBytes(start, count)
                if let entry = gazetteer.firstEntry(forKey: key, asBytes: asBytes) { best = (count, entry) }
                guard gazetteer.isPrefix(key, asBytes: asBytes) else {
                    if best == nil || best!.count < count, let entry = gazetteerEntry(key, lastToken: s.tokens[start + count - 1]) {
                        best = (count, entry)
                    }
                    break
                }
                count += 1
            }
            guard let best else { continue }
            // "تالار وحدت شیراز": a venue the gazetteer puts in one city, written before another city, is a namesake
            // in that city (the head-word finder names it), not the known one.
            if namesakeInAnotherCity(best.entry, from: start, after: start + best.count, in: s) { continue }
            var mention = make(.entity(best.entry.type), start..<(start + best.count), s, finder: "gazetteer")
            mention.known = best.entry
            found.append(mention)
        }
        return found
    }

    /// The entry for a phrase key, also when its last word carries a Persian enclitic ("شهرهاست", "تهرانی" is not
    /// stripped: only "است"/"ست" and the ezafe "ی"/"ای" after a vowel-final word).
    private func gazetteerEntry(_ key: String, lastToken: Token) -> Gazetteer.Entry? {
        guard !isLatin(lastToken) else { return nil }
        for suffix in ["است", "ست", "ای", "یی"] where UTF8Key.hasSuffix(key, suffix) && key.count > suffix.count + 2 {
            if let entry = gazetteer.firstEntry(forKey: String(key.dropLast(suffix.count))) { return entry }
        }
        return nil
    }

    /// Persian names introduced by a head word: "شورای اسلامی شهر تهران", "برج آزادی", "جایزه ادبی جلال آل احمد",
    /// "روز جهانی شهرها", "سامانه تهران من".
    private func headPhrases(_ s: SentenceAnalysis) -> [Mention] {
        let heads: [(list: String, type: EntityType, maxWords: Int, allowAnd: Bool)] = [
            // "معاونت امور مطبوعاتی و اطلاع‌رسانی وزارت فرهنگ و ارشاد اسلامی": long names with two "و".
            ("orgHead", .organization, 10, true),
            ("placeHead", .place, 4, false),
            ("awardHead", .award, 6, true),
            ("quotedAwardHead", .award, 0, false),
            ("quotedOrgHead", .organization, 0, false),
            ("observanceHead", .observance, 4, true),
            ("productHead", .product, 3, false),
        ]
        var found: [Mention] = []
        for start in s.tokens.indices where !isLatin(s.tokens[start]) {
            // «خانه‌ای روی آب»: a quoted title that begins with a head word is a work's name, not an organization.
            if start > 0, ["«", "\"", "“"].contains(s.tokens[start - 1].text) { continue }
            for head in heads {
                guard let headLength = s.match(head.list, at: start) else { continue }
                // "هیئت رئیسه شورای …", "هیئت مدیره …": the board of a body is named by the body that follows.
                if head.type == .organization, s.match("subBody", at: start) != nil { continue }
                // "مرکز همایش های …", "سالن همایش های …": a longer venue word starting here wins over the body word in it.
                if head.type == .organization, let venue = s.match("placeHead", at: start), venue > headLength { continue }
                // "مجمع عمومی فدراسیون کشتی": a meeting word starting here ("مجمع عمومی") wins over the body word in it.
                if head.type == .organization, let meeting = s.match("eventHead", at: start), meeting > headLength { continue }
                // "سالن‌های تئاتر شهر", "موزه‌ها": a plural head word names no one thing.
                if let next = s.key(start + headLength, 1), ["ها", "های", "هایی"].contains(next) { continue }
                // "۴۰۰ شرکت داخلی و خارجی", "چند موزه": a counted head word is a common noun.
                if isCountedHeadWord(s, at: start) { continue }
                // "شرکت کرده‌اند", "دفتر می‌کند": a head word before a light verb is the verb's noun, not a name.
                if head.type == .organization, s.match("lightVerb", at: start + headLength) != nil { continue }
                // "در بخش شرکت فناور": after a section word an organization word names the category, not a body.
                if head.type == .organization, start > 0, ["بخش", "رشته", "محور"].contains(s.tokens[start - 1].text) { continue }
                // "به عنوان «شهر خلاق خوراک»": "as" is no title word; the quoted words are (designationTitles; xconf).
                if head.list == "quotedAwardHead", s.tokens[start].text == "عنوان", start > 0, s.tokens[start - 1].text == "به" { continue }
                // "مرکز شهر", "مرکز استان": a body word before a word of geography is a common noun (downtown, capital).
                if head.type == .organization, s.match("orgNonName", at: start) != nil { continue }
                // "اداره کل جدید", "شرکت خصوصی", "دانشگاه دیگری": a body word before a word that only qualifies it
                // (@orgGenericWord) is a common noun.
                // So is a venue word before one ("پل تازه‌ساز", "ساختمان تازه‌ای", "بازار فروش آنلاین"): @placeGenericWord.
                if head.type == .organization, s.match("orgGenericWord", at: start + headLength) != nil { continue }
                // A name may still follow the qualifier ("پل جدید زاینده‌رود"); then the venue is named.
                if head.type == .place,
                   let generic = s.match("orgGenericWord", at: start + headLength) ?? s.match("placeGenericWord", at: start + headLength),
                   case let after = start + headLength + generic,
                   after >= s.tokens.count || !isNameWord(s, after) || s.match("placeHead", at: after) != nil { continue }
                // Bare "روز"/"هفته" would take "روز شنبه"; only their qualified forms introduce an observance here.
                if head.type == .observance && headLength == 1 { continue }
                let nameStart = start + headLength
                let quoted = quotedName(s, from: nameStart)
                // "نشان «…»", "لوح تقدیر «…»": these words name an award only with a quoted name after them.
                if head.maxWords == 0 && quoted == nil { continue }
                // Venues and institutions named after someone keep the title: "سالن شهید بهشتی", "دانشگاه امام صادق".
                let titled = quoted == nil && (head.type == .place || head.type == .organization)
                    ? s.match("namesakeTitle", at: nameStart) ?? 0 : 0
                var end = quoted?.upperBound ?? (head.type == .award
                    ? awardNameEnd(s, from: nameStart, maxWords: head.maxWords)
                    : continuation(s, from: nameStart + titled, maxWords: head.maxWords, allowAnd: head.allowAnd,
                                   keepsNamesakes: keepsNamesakes(s, headAt: start)))
                if titled > 0 && end == nameStart + titled { end = nameStart }
                // A place's name ends with the city written after it: "باغ فین کاشان", "برج آزادی تهران".
                if head.type == .place, quoted == nil, let city = firstKnownPlace(s, in: nameStart..<end) {
                    end = city
                    // "تالار فرشچیان شهر اصفهان": a city written with its city word after the venue says where the
                    // venue is; it is no part of the venue's name (an organization's name keeps it: "ساختمان شورای
                    // اسلامی شهر شیراز").
                    if let word = (nameStart + 1..<end).first(where: { ["شهر", "شهرستان", "استان"].contains(s.tokens[$0].text)
                                      && firstKnownPlace(s, in: $0..<end) == end }),
                       !(nameStart..<word).contains(where: { s.match("orgHead", at: $0) != nil }) {
                        end = word
                    }
                }
                // So does an organization's: "شهرداری کرج پارک تازه‌ای افتتاح کرد", "دانشگاه صنعتی اصفهان و …".
                if head.type == .organization, quoted == nil, nameStart > 0, let city = firstKnownPlace(s, in: (nameStart - 1)..<end) {
                    end = city
                }
                // "هیئت داوران تندیس جشنواره را … اهدا کرد": a trophy word starts what the body gives, not its name (xconf).
                if head.type == .organization, quoted == nil,
                   let trophy = (nameStart..<end).first(where: { s.match("trophyWord", at: $0) != nil }), trophy > nameStart {
                    end = trophy
                }
                // "تندیس طلایی بهترین کارگردانی", "جایزه … بخش شعر": the category is not part of the award's name.
                if head.type == .award, let category = (nameStart..<end).first(where: { s.match("categoryWord", at: $0) != nil }) {
                    end = category
                } else if head.type == .award, quoted == nil, end > nameStart, let named = quotedName(s, from: end),
                          named.upperBound - end <= 6 {
                    // "جایزه ترجمه «ارغوان»": a quoted name right after an award's field words is part of its name (xconf).
                    end = named.upperBound
                }
                // "تندیس جشنواره", "تندیس زرین جایزه", "لوح تقدیر این جشنواره": a trophy of a prize or a festival is
                // that prize. Before a named award ("تندیس زرین جایزه دهخدا") the trophy word names nothing of its own;
                // before a bare award or festival word it refers to the award in focus (or the festival's own prize).
                if head.type == .award, quoted == nil, let owner = trophyOwner(s, trophy: start, headLength: headLength) {
                    if owner.named { continue }
                    var mention = make(.entity(.award), start..<owner.end, s, finder: "reference.award-trophy")
                    mention.isAnaphoric = true
                    found.append(mention)
                    continue
                }
                guard end > nameStart else { continue }
                // "دارنده مدال طلای المپیک": a prize a person holds describes the person; it is not what the article reports.
                // "صاحب مدال طلا شد" (became its holder) is winning it, though (xconf).
                if head.type == .award, start > 0, ["دارنده", "دارندگان", "صاحب"].contains(s.tokens[start - 1].text),
                   !(end..<min(s.tokens.count, end + 4)).contains(where: { ["شد", "شدند", "گردید", "گردیدند"].contains(s.tokens[$0].text) }) { continue }
                var mention = make(.entity(head.type), start..<end, s, finder: "head.\(head.type.rawValue.lowercased())")
                // تندیس «سفیر هوای پاک»: an award named in quotes is called by what the quotes hold.
                if head.type == .award || head.maxWords == 0, let quoted { mention.label = quotedLabel(s, quoted) }
                // "تندیس خشت طلایی", "سامانه تهران من": the name after the head word may itself be known.
                // A venue word before a known city ("نمایشگاه بین‌المللی اصفهان", "فرودگاه مشهد") names a venue in
                // it, never the city itself (a venue word before a known venue, "نگارخانه فرهنگسرای نیاوران", is
                // still read as that venue).
                if let key = s.key(nameStart, end - nameStart),
                   let entry = gazetteer.entries(forKey: key).first(where: { $0.type == head.type }),
                   head.type != .place || s.match("placeHead", at: nameStart) != nil {
                    mention.known = entry
                }
                if head.type == .product {
                    // A system is named by what follows its head word: "سامانه تهران من" is the system "تهران من".
                    let nameRange = quoted.map { ($0.lowerBound + 1)..<($0.upperBound - 1) } ?? nameStart..<end
                    if !nameRange.isEmpty { mention.label = s.surface(nameRange, in: text) }
                }
                found.append(mention)
            }
        }
        return found
    }

    /// The end of a name that continues from `start`: words that are not function words, verbs, roles or
    /// other heads, up to `maxWords`. "و" joins two parts of a name ("وزارت فرهنگ و ارشاد اسلامی") when a name
    /// word follows it.
    func continuation(_ s: SentenceAnalysis, from start: Int, maxWords: Int, allowAnd: Bool, keepsNamesakes: Bool = false) -> Int {
        var end = start
        var index = start
        // Where a person's name inside the name began ("بنیاد فرهنگی احمد محمود"), kept only if the name goes on to its end.
        var namesakeAt: Int?
        while index < s.tokens.count, end - start < maxWords {
            if allowAnd, index > start, ["و", "and", "&"].contains(s.tokens[index].text), index + 1 < s.tokens.count,
               isNameWord(s, index + 1), !startsNewName(s, index + 1),
               // "دانشگاه تهران و شهرداری تهران": a head word after "و" starts a second name.
               !["orgHead", "placeHead", "awardHead"].contains(where: { s.match($0, at: index + 1) != nil }) {
                index += 1
                continue
            }
            // "سازمان میراث فرهنگی، صنایع دستی و گردشگری": a comma inside a name that lists its fields, closed by "و".
            if allowAnd, index > start, let resumed = commaListInName(s, at: index) {
                index = resumed
                continue
            }
            // "با اهدای لوح تقدیر تجلیل شد": the verb's noun ends the name (xconf).
            if ["تجلیل", "قدردانی"].contains(s.tokens[index].text) { break }
            // "نشان افتخار یک عمر فعالیت هنری": set phrases with a number word stay in the name (@awardNamePhrase; xconf).
            if let phrase = s.match("awardNamePhrase", at: index) {
                index += phrase
                end = index
                continue
            }
            if index > start, let honorific = parentheticalHonorific(s, at: index) {
                index += honorific
                end = index
                continue
            }
            // "دانشگاه علوم پزشکی شهید بهشتی", "بیمارستان حضرت رسول": a body named after a martyr or a holy person keeps
            // the title inside its name (only these titles: a living person's "دکتر"/"استاد" after a body starts a name).
            if index > start, ["شهید", "امام", "حضرت", "علامه"].contains(s.tokens[index].text), index + 1 < s.tokens.count,
               isNameWord(s, index + 1), s.match("stop", at: index + 1) == nil {
                index += 1
                continue
            }
            guard isNameWord(s, index) else { break }
            // "تیم ملی دعوت می‌شوند", "انجمن … تشکیل شد": a word before a light verb is the verb's noun.
            // A copula after a name ("برگزارکننده آن انجمن صنایع دستی ایران است") leaves the name whole.
            if s.match("lightVerb", at: index + 1) != nil,
               !["است", "بود", "هست", "نیست", "باشد", "بوده", "اند"].contains(s.tokens[index + 1].text) { break }
            // "بنیاد علم و فناوری مصطفی(ص)": a holy name inside a name starts no person's name.
            if index > start && startsNewName(s, index) && parentheticalHonorific(s, at: index + 1) == nil
                && !isGivenNameBeforeKnownPlace(s, index) && !isNamesakeGivenName(s, index) {
                // "بنیاد فرهنگی احمد محمود", "مدرسه علی اکبر دهخدا": a foundation, school or hall is often named after a
                // person; the person's name is the end of its name.
                guard keepsNamesakes, namesakeAt == nil, s.match("eventHead", at: index) == nil else { break }
                namesakeAt = index
            }
            index += 1
            end = index
        }
        // "… احمد محمود گفت": a person's name right before a speech verb is the speaker, not the namesake.
        if let namesakeAt, end < s.tokens.count, s.match("speechVerb", at: end) != nil { return namesakeAt }
        return end
    }

    /// The end of an award's name after its head word. Awards are named after people ("جایزه ادبی جلال آل احمد",
    /// "جایزه علم و فناوری مصطفی(ص)"), so a given name does not end the name, and "و" joins two name words; the name
    /// ends before the category ("تندیس طلایی بهترین نمایش", "تندیس باربد زرین بخش موسیقی نواحی") and before
    /// another award word ("تندیس و لوح"). A first word that is no name ("جایزه نقدی", "جایزه متعلق به …") makes none.
    private func awardNameEnd(_ s: SentenceAnalysis, from start: Int, maxWords: Int) -> Int {
        guard start < s.tokens.count, s.match("awardNonName", at: start) == nil else { return start }
        var end = start
        var index = start
        while index < s.tokens.count, end - start < maxWords {
            if s.match("categoryWord", at: index) != nil || (index > start && s.match("awardHead", at: index) != nil) { break }
            if index > start, s.tokens[index].text == "و", index + 1 < s.tokens.count, isNameWord(s, index + 1),
               s.match("categoryWord", at: index + 1) == nil, s.match("awardHead", at: index + 1) == nil,
               s.match("eventHead", at: index + 1) == nil, s.match("orgHead", at: index + 1) == nil {
                index += 1
                continue
            }
            // "با اهدای لوح تقدیر تجلیل شد": the verb's noun ends the name (xconf).
            if ["تجلیل", "قدردانی"].contains(s.tokens[index].text) { break }
            // "نشان افتخار یک عمر فعالیت هنری": set phrases with a number word stay in the name (@awardNamePhrase; xconf).
            if let phrase = s.match("awardNamePhrase", at: index) {
                index += phrase
                end = index
                continue
            }
            if index > start, let honorific = parentheticalHonorific(s, at: index) {
                index += honorific
                end = index
                continue
            }
            // "جایزه پژوهشگر جوان", "جایزه معلم نمونه": an award named for a kind of person opens with a role word and
            // a qualifier (@awardRoleQualifier) right after it.
            if index == start, s.match("role", at: index) == 1, index + 1 < s.tokens.count,
               let qualifier = s.match("awardRoleQualifier", at: index + 1) {
                index += 1 + qualifier
                end = index
                continue
            }
            // "جایزه ملی خبرنگار سبز", "جایزه ملی شاعر جوان": inside an award's name a role word with a plain word
            // after it names the kind of person the prize is for; a given name or a body after it starts a holder.
            if index > start, s.match("role", at: index) == 1, index + 1 < s.tokens.count, isNameWord(s, index + 1),
               !["givenName", "orgHead", "placeHead", "eventHead", "role"].contains(where: { s.match($0, at: index + 1) != nil }) {
                index += 2
                end = index
                continue
            }
            guard isNameWord(s, index) else { break }
            if index > start && s.match("eventHead", at: index) != nil { break }
            // "با اهدای لوح تقدیر قدردانی کرد": a noun before "کرد"/"نمود" is the verb's, not the name's.
            if index + 1 < s.tokens.count, ["کرد", "کردند", "نمود", "نمودند"].contains(s.tokens[index + 1].text) { break }
            index += 1
            end = index
        }
        // A name does not end on "و" or a dangling word after it.
        return end
    }

    /// What a trophy word ("تندیس", "لوح تقدیر", @trophyWord) at `trophy` is the trophy of: an award word or a
    /// prize-giving event word after it, past a metal ("زرین", @trophyAdjective) and a determiner ("این"). `named`
    /// when a name follows that award word ("جایزه دهخدا"); `end` is where the owner word ends. Nil for a trophy
    /// with a name of its own ("تندیس رشد زرین", "لوح «…»").
    private func trophyOwner(_ s: SentenceAnalysis, trophy: Int, headLength: Int) -> (end: Int, named: Bool)? {
        guard s.match("trophyWord", at: trophy) == headLength else { return nil }
        var next = trophy + headLength
        if let metal = s.match("trophyAdjective", at: next) { next += metal }
        if next < s.tokens.count, ["این", "همین"].contains(s.tokens[next].text) { next += 1 }
        guard next < s.tokens.count else { return nil }
        if let award = s.match("awardHead", at: next), s.match("trophyWord", at: next) == nil {
            let nameStart = next + award
            return (next + award, awardNameEnd(s, from: nameStart, maxWords: 6) > nameStart)
        }
        if let event = s.match("prizeGivingEvent", at: next) { return (next + event, false) }
        return nil
    }

    /// The event word after an English award's name, past a lower-case "award"/"prize" ("… award ceremony"):
    /// how many tokens to skip before it and its length; nil when none follows.
    private func awardCeremonyHead(_ s: SentenceAnalysis, after index: Int) -> (Int, Int)? {
        if let head = s.match("eventHead", at: index) { return (0, head) }
        guard index < s.tokens.count, ["award", "awards", "prize"].contains(s.tokens[index].text),
              let head = s.match("eventHead", at: index + 1) else { return nil }
        return (1, head)
    }

    /// "(ص)", "(ع)", "(ره)" written after a holy name belong to it: "مصطفی(ص)". The token count, or nil.
    func parentheticalHonorific(_ s: SentenceAnalysis, at index: Int) -> Int? {
        guard index + 2 < s.tokens.count, s.tokens[index].text == "(", s.tokens[index + 2].text == ")",
              ["ص", "ع", "ره", "س", "عج", "رض"].contains(s.tokens[index + 1].text) else { return nil }
        return 3
    }

    /// The end of the first known place (gazetteer) starting inside `range` after its first word, if any.
    private func firstKnownPlace(_ s: SentenceAnalysis, in range: Range<Int>) -> Int? {
        for start in range.dropFirst() {
            for count in stride(from: min(3, range.upperBound - start), through: 1, by: -1) {
                if let key = s.key(start, count), gazetteer.entries(forKey: key).contains(where: { $0.type == .place }) {
                    return start + count
                }
            }
        }
        return nil
    }

    /// What quotes hold, without the punctuation English puts inside them: "A House on the Slopes of Damavand,".
    func quotedLabel(_ s: SentenceAnalysis, _ quoted: Range<Int>) -> String {
        var end = quoted.upperBound - 1
        while end > quoted.lowerBound + 2, [",", ".", "،", ";", "؛"].contains(s.tokens[end - 1].text) { end -= 1 }
        return s.surface((quoted.lowerBound + 1)..<end, in: text)
    }

    /// The closing mark of each opening quote mark, built once (a dictionary literal inside `quotedName` was built
    /// on every call).
    private static let quoteClosers: [String: String] = ["«": "»", "\"": "\"", "“": "”"]

    /// A name in guillemets or quotes right after a head word: «تهران من», "My Tehran".
    func quotedName(_ s: SentenceAnalysis, from start: Int, maxTokens: Int = 10) -> Range<Int>? {
        guard start < s.tokens.count else { return nil }
        let open = s.tokens[start].text
        // Every quote mark is at most three bytes, and no longer string is canonically equivalent to one: the length
        // test spares hashing each Persian word.
        guard open.utf8.count <= 3, let close = MentionFinder.quoteClosers[open] else { return nil }
        for index in (start + 1)..<min(s.tokens.count, start + maxTokens) where s.tokens[index].text == close {
            return index > start + 1 ? start..<(index + 1) : nil
        }
        return nil
    }

    /// People: a title then a name ("دکتر احمدی", "Mr. Smith"), or a given name then a surname
    /// ("محسن هاشمی رفسنجانی", "Pirouz Hanachi").
    private func persons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < s.tokens.count {
            // "یک استاد تبریزی", "a Dr. …": after an indefinite article a title is a common noun ("a master from
            // Tabriz"), not the start of a name.
            if let honorific = s.match("honorific", at: index), !(index > 0 && ["یک", "a", "an"].contains(s.tokens[index - 1].text)),
               // "استاد ادبیات فارسی دانشگاه …", "استاد دانشگاه تهران": a teacher's post before a subject or a body.
               !(s.match("academicTitle", at: index) == honorific
                 && ["teachingSubject", "orgHead"].contains { s.match($0, at: index + honorific) != nil }) {
                var end = index + honorific
                if end < s.tokens.count, s.tokens[end].text == "." { end += 1 }
                let nameEnd = personNameEnd(s, from: end, maxWords: 3)
                if nameEnd > end {
                    var mention = make(.entity(.person), index..<nameEnd, s, finder: "person.title")
                    mention.label = s.surface(end..<nameEnd, in: text)
                    found.append(mention)
                    index = nameEnd
                    continue
                }
            }
            if let given = s.match("givenName", at: index) ?? (isGluedGivenName(s, index) ? 1 : nil),
               !isLatin(s.tokens[index]) || isCapitalized(s.tokens[index]),
               // "به روز" is not "بهروز": a name glued from a function word and the next word is no name.
               given == 1 || (s.match("stop", at: index) == nil && s.match("stop", at: index + given - 1) == nil) {
                var end = index + given
                // Compound given names: "محمد رضا", "علی اکبر".
                if let second = s.match("givenName", at: end), end + second < s.tokens.count,
                   isSurnameWord(s, end + second) {
                    end += second
                }
                if end < s.tokens.count, isSurnameWord(s, end) {
                    var nameEnd = end + 1
                    // "آل احمد", "ابن سینا": a particle takes the next word with it.
                    let particle = ["آل", "ال", "ابن", "بن", "al", "bin", "ibn", "von", "van", "de"].contains(s.tokens[end].text)
                    if nameEnd < s.tokens.count, isSurnameWord(s, nameEnd), particle || looksLikeSurname(s, nameEnd) {
                        nameEnd += 1
                    }
                    // "Maria Gonzalez de la Cruz": particles and the last name after them.
                    nameEnd = extendingNameParticles(s, nameEnd)
                    // "Wanjiru Mbeki-Odhiambo": a double-barrelled English surname is one name.
                    if isLatin(s.tokens[index]), nameEnd + 1 < s.tokens.count, s.tokens[nameEnd].text == "-",
                       isLatin(s.tokens[nameEnd + 1]), isCapitalized(s.tokens[nameEnd + 1]),
                       s.tokens[nameEnd].normalizedRange.lowerBound == s.tokens[nameEnd - 1].normalizedRange.upperBound {
                        nameEnd += 2
                    }
                    found.append(make(.entity(.person), index..<nameEnd, s, finder: "person.given-name"))
                    index = nameEnd
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// "Norwegian filmmaker Ingrid Solberg", "Japanese architect Kenji Morikawa": in English news a nationality and an
    /// occupation written in lower case introduce a person, whatever the given name. Two or three capitalized words
    /// after them, none an organization, place, event or award word, are the person's name.
    private func describedPersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        let endings = ["an", "ese", "ish", "i", "ch"]
        for index in s.tokens.indices.dropLast(3) {
            let word = s.tokens[index].text
            guard isLatin(s.tokens[index]), isCapitalized(s.tokens[index]), word.count >= 4,
                  endings.contains(where: { word.hasSuffix($0) }) || word.hasSuffix("-born") else { continue }
            var nameStart = index + 1
            while nameStart < s.tokens.count, nameStart - index <= 2, isLatin(s.tokens[nameStart]),
                  !isCapitalized(s.tokens[nameStart]), s.match("stop", at: nameStart) == nil,
                  s.tokens[nameStart].text.allSatisfy(\.isLetter) {
                nameStart += 1
            }
            guard nameStart > index + 1 else { continue }
            // "the Swedish firm Nordvik Solar": a word for a company introduces the company's name, not a person's.
            if (index + 1..<nameStart).contains(where: { s.match("describedOrgNoun", at: $0) != nil }) { continue }
            var end = nameStart
            while end < s.tokens.count, end - nameStart < 3, isLatin(s.tokens[end]), isCapitalized(s.tokens[end]),
                  !["orgHead", "placeHead", "eventHead", "awardHead"].contains(where: { s.match($0, at: end) != nil }),
                  gazetteer.entries(forKey: s.key(end, 1) ?? "").isEmpty {
                end += 1
                // "Kwame Asante-Boateng": a hyphen joins two parts of one surname.
                if end + 1 < s.tokens.count, s.tokens[end].text == "-", isLatin(s.tokens[end + 1]), isCapitalized(s.tokens[end + 1]),
                   s.tokens[end].normalizedRange.lowerBound == s.tokens[end - 1].normalizedRange.upperBound {
                    end += 2
                }
            }
            guard end - nameStart >= 2 else { continue }
            found.append(make(.entity(.person), nameStart..<end, s, finder: "person.described"))
        }
        return found
    }

    /// "مهتاب رحیمی، دبیر جشنواره", "Parisa Kamali, the festival's director": two or three name words written
    /// right before a comma and a role are a person, whatever the given name.
    private func appositivePersons(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for comma in s.tokens.indices where [",", "،"].contains(s.tokens[comma].text) && comma >= 2 {
            var roleAt = comma + 1
            if roleAt < s.tokens.count, ["the", "a", "an"].contains(s.tokens[roleAt].text) { roleAt += 1 }
            guard roleAt < s.tokens.count, s.match("role", at: roleAt) != nil
                    || (roleAt + 1 < s.tokens.count && s.match("role", at: roleAt + 1) != nil && isLatin(s.tokens[roleAt])) else { continue }
            var start = comma
            while start > 0, comma - start < 3, isSurnameWord(s, start - 1),
                  !isLatin(s.tokens[start - 1]) || isCapitalized(s.tokens[start - 1]) {
                start -= 1
            }
            // Sentence-initial words other than a name ("وی", "He") are excluded by isSurnameWord; one word is too little.
            guard comma - start >= 2 else { continue }
            // "از زحمات رضا تقوی، سرپرست …": a Persian given name inside the words starts the name.
            if let given = (start + 1..<(comma - 1)).first(where: { !isLatin(s.tokens[$0]) && s.match("givenName", at: $0) != nil }),
               s.match("givenName", at: start) == nil {
                start = given
            }
            if s.match("honorific", at: start) != nil { continue }
            found.append(make(.entity(.person), start..<comma, s, finder: "person.apposition"))
        }
        return found
    }

    /// Works named in quotes after a word for a kind of work: فیلم «کوچه‌های خاموش», the book "A House on …",
    /// and "طرح احیای محله عودلاجان" (a project named by what follows).
    private func creativeWorks(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices {
            guard let head = s.match("workHead", at: index) else { continue }
            var nameStart = index + head
            if nameStart < s.tokens.count, ["his", "her", "its", "their", "the"].contains(s.tokens[nameStart].text) { nameStart += 1 }
            if let quoted = quotedName(s, from: nameStart, maxTokens: 24) {
                var mention = make(.entity(.creativeWork), index..<quoted.upperBound, s, finder: "work.quoted")
                mention.label = quotedLabel(s, quoted)
                found.append(mention)
            } else if lexicon.contains("projectHead", s.tokens[index].text),
                      // "در این طرح سامانه … نصب شد": a project word after a determiner refers back; what follows is no name.
                      !(index > 0 && ["این", "همین", "آن", "همان"].contains(s.tokens[index - 1].text)) {
                let end = continuation(s, from: nameStart, maxWords: 5, allowAnd: false)
                if end - nameStart >= 2 { found.append(make(.entity(.creativeWork), index..<end, s, finder: "work.project")) }
            }
        }
        // "for \"A Low-Cost Sensor …\"", "برای «…»", "\"The Salt Road\", a drama by …": a title in quotes that an award
        // is given for, or that a word for a kind of work describes right after it.
        for index in s.tokens.indices where found.allSatisfy({ !$0.tokens.contains(index) }) {
            guard let quoted = quotedName(s, from: index, maxTokens: 24) else { continue }
            // "Kaveh Jahed's \"Salt Road\"": a title in quotes owned by a name is that maker's work.
            let afterFor = index > 0 && ["for", "برای", "'s", "’s"].contains(s.tokens[index - 1].text)
            var described = false
            var next = quoted.upperBound
            if next < s.tokens.count, [",", "،"].contains(s.tokens[next].text) { next += 1 }
            if next < s.tokens.count, ["a", "an", "the", "his", "her", "their"].contains(s.tokens[next].text) { next += 1 }
            for skip in 0..<3 where next + skip < s.tokens.count && s.match("workHead", at: next + skip) != nil { described = true }
            // «کلاس بی‌دیوار» ساخته رضا کرمانشاهی, "Snow in July" directed by …: a title its maker is named after is a work.
            if s.match("workMaker", at: quoted.upperBound) != nil { described = true }
            // "… was presented to \"A Song for Yazd\", directed by X": the maker after a comma (xconf).
            if quoted.upperBound + 1 < s.tokens.count, [",", "،"].contains(s.tokens[quoted.upperBound].text),
               s.match("workMaker", at: quoted.upperBound + 1) != nil { described = true }
            guard afterFor || described else { continue }
            var mention = make(.entity(.creativeWork), quoted, s, finder: "work.quoted-title")
            mention.label = quotedLabel(s, quoted)
            found.append(mention)
        }
        return found
    }

    /// The end of a name after a title: up to `maxWords` name words.
    private func personNameEnd(_ s: SentenceAnalysis, from start: Int, maxWords: Int) -> Int {
        // "Professor M. K. Farahani": initials after a title belong to the name, before its surname.
        let afterInitials = pastInitials(s, from: start)
        if afterInitials > start {
            return afterInitials < s.tokens.count && isSurnameWord(s, afterInitials)
                ? extendingHyphenatedSurname(s, afterInitials + 1) : start
        }
        var end = start
        while end < s.tokens.count, end - start < maxWords, isSurnameWord(s, end) { end += 1 }
        return extendingHyphenatedSurname(s, end)
    }

    /// English names: runs of capitalized words (with "of", "and", "for", "the" inside), typed by their head word:
    /// "Tehran City Council", "Ministry of Culture", "Vahdat Hall", "Golden Brick Award", "World Cities Day".
    private func capitalizedPhrases(_ s: SentenceAnalysis) -> [Mention] {
        // "e"/"ye" are the Persian ezafe in transliterated names: "Naqsh-e Jahan", "Milad-e Noor".
        let connectors: Set<String> = ["of", "and", "for", "the", "de", "on", "&", "e", "ye", "del", "di", "da", "du", "des"]
        var found: [Mention] = []
        var index = 0
        while index < s.tokens.count {
            guard isLatin(s.tokens[index]), isCapitalized(s.tokens[index]), !lexicon.contains("stop", s.tokens[index].text) else {
                index += 1
                continue
            }
            if lexicon.contains("headlineVerb", s.tokens[index].text) {
                index += 1
                continue
            }
            // "First prize went to …": a rank prize (englishRankPrizes), not a name.
            if rankOfEnglishPrize(s, index) {
                index += 2
                continue
            }
            // "Kenyan Trade Minister Rebecca Miano", "Tehran City Council Chairman Mehdi Chamran": a title splits a
            // run of capitals; the words after it are its holder.
            if let role = s.match("role", at: index) {
                index += role
                continue
            }
            // "Ministry of Industry, Mine and Trade": a ministry's name may list its fields with commas.
            let listsFields = index + 1 < s.tokens.count && s.match("orgHead", at: index) != nil && s.tokens[index + 1].text == "of"
            var end = index + 1
            var lastCapital = index
            while end < s.tokens.count {
                let token = s.tokens[end]
                // "Navid Karimi on Monday": a weekday or another function word ends the name.
                if isLatin(token) && isCapitalized(token) && lexicon.contains("stop", token.text) && token.text != "the" { break }
                // "Kashan Restorer Wins National Heritage Conservation Award": a headline's verb ends a name (xconf).
                if isLatin(token) && isCapitalized(token) && lexicon.contains("headlineVerb", token.text) { break }
                if s.match("role", at: end) != nil { break }
                if isLatin(token) && isCapitalized(token) { lastCapital = end; end += 1; continue }
                // "the Olympic Council of Asia and the Hangzhou … Committee": "and the" before a capital joins two
                // names ("Victoria and Albert Museum" has no "the").
                if token.text == "and", end + 2 < s.tokens.count, s.tokens[end + 1].text == "the", isCapitalized(s.tokens[end + 2]) { break }
                // "TEHRAN - The World Crafts Council …": a dateline in capitals ends before its dash (xconf).
                if token.text == "-", (index..<end).allSatisfy({ s.tokens[$0].surface == s.tokens[$0].surface.uppercased() }) { break }
                if connectors.contains(token.text) || token.text == "-" { end += 1; continue }
                // "UNESCO Avicenna Prize for Ethics in Science": a prize's field may hold "in".
                if token.text == "in", (index..<end).contains(where: { s.tokens[$0].text == "for" && $0 > index
                        && lexicon.contains("awardHead", s.tokens[$0 - 1].text) }) { end += 1; continue }
                if listsFields, token.text == ",", end + 1 < s.tokens.count, isLatin(s.tokens[end + 1]), isCapitalized(s.tokens[end + 1]) {
                    end += 1
                    continue
                }
                break
            }
            var range = index..<(lastCapital + 1)
            index = lastCapital + 1
            // "Sina Ebrahimi of Sharif University of Technology": a person's name ends before "of" and the organization
            // after it, which is a name of its own.
            if s.match("givenName", at: range.lowerBound) != nil,
               let of = range.first(where: { ["of", "from"].contains(s.tokens[$0].text) }), of - range.lowerBound >= 2,
               (of..<range.upperBound).contains(where: { s.match("orgHead", at: $0) != nil || s.match("placeHead", at: $0) != nil }) {
                range = range.lowerBound..<of
                index = of + 1
            }
            // "Khosravi of the Amirkabir University …", "… and Hannah Schulz": a bare name before "of" a body, and a
            // person after "and", are names of their own.
            if let of = endOfBareNameBeforeOf(s, range) ?? endOfVenueBeforeOf(s, range) {
                range = range.lowerBound..<of
                index = of + 1
            } else if let and = endOfNameBeforeAPerson(s, range) {
                range = range.lowerBound..<and
                index = and + 1
            }
            if let and = endOfNameBeforeAnotherBody(s, range) {
                range = range.lowerBound..<and
                index = and + 1
            } else if let on = endOfNameBeforeOnPlace(s, range) {
                range = range.lowerBound..<on
                index = on + 1
            }
            // "Iran Expo 2024": an event's name may end with its year.
            if range.upperBound < s.tokens.count, lexicon.contains("eventHead", s.tokens[range.upperBound - 1].text),
               let year = Int(s.tokens[range.upperBound].text), (1900...2100).contains(year) {
                range = range.lowerBound..<(range.upperBound + 1)
                index = range.upperBound
            }
            // "the Golden Sun award": a lower-case award word right after a capitalized name belongs to it, unless
            // the name has its own award word and "award ceremony" follows ("the Avicenna Prize award ceremony").
            if range.upperBound < s.tokens.count, lexicon.contains("awardHead", s.tokens[range.upperBound].text),
               !isCapitalized(s.tokens[range.upperBound]),
               !(lexicon.contains("awardHead", s.tokens[range.upperBound - 1].text)
                 && s.match("eventHead", at: range.upperBound + 1) != nil),
               !awardWordIsAVerb(s, range.upperBound) {
                range = range.lowerBound..<(range.upperBound + 1)
                index = range.upperBound
            }
            // "held at the Bonlieu theatre": a lower-case venue word right after a capitalized name completes it.
            if range.upperBound < s.tokens.count, !isCapitalized(s.tokens[range.upperBound]),
               let venue = s.match("venueHeadLower", at: range.upperBound),
               // "Iranian cinema", "Persian music hall": a nationality before the word names an art or a kind, no venue.
               !(range.count == 1 && lexicon.contains("demonym", s.tokens[range.lowerBound].text)),
               s.match("placeHead", at: range.upperBound - 1) == nil, s.match("orgHead", at: range.upperBound - 1) == nil,
               !lexicon.contains("eventHead", s.tokens[range.upperBound - 1].text),
               !lexicon.contains("awardHead", s.tokens[range.upperBound - 1].text) {
                range = range.lowerBound..<(range.upperBound + venue)
                index = range.upperBound
                found.append(make(.entity(.place), range, s, finder: "capitalized.place-lower-venue"))
                continue
            }
            if let mention = typedCapitalizedPhrase(s, range) { found.append(mention) }
            else if let acronym = unknownAcronymAfterBy(s, range) { found.append(acronym) }
            else if isSpelledOutByAcronym(s, range) {
                found.append(make(.entity(.organization), range, s, finder: "capitalized.acronym-spelled-out"))
            }
        }
        return found
    }

    /// "The festival, organized by CITIA, ran …": a lone all-capitals word after "by" (an organizer, a giver) is
    /// an organization's abbreviation, though the article never spells it out.
    private func unknownAcronymAfterBy(_ s: SentenceAnalysis, _ range: Range<Int>) -> Mention? {
        guard range.count == 1, range.lowerBound > 0 else { return nil }
        let surface = s.tokens[range.lowerBound].surface
        guard (2...8).contains(surface.count), surface.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        var before = range.lowerBound - 1
        if s.tokens[before].text == "the", before > 0 { before -= 1 }
        guard ["by", "with"].contains(s.tokens[before].text) else { return nil }
        // "hosted by TV presenter Arash Nikpey": an abbreviation before a lower-case noun qualifies the noun.
        if range.upperBound < s.tokens.count, isLatin(s.tokens[range.upperBound]), !isCapitalized(s.tokens[range.upperBound]),
           s.match("stop", at: range.upperBound) == nil { return nil }
        return make(.entity(.organization), range, s, finder: "capitalized.acronym-after-by")
    }

    private func typedCapitalizedPhrase(_ s: SentenceAnalysis, _ range: Range<Int>) -> Mention? {
        let lastWord = s.tokens[range.upperBound - 1].text
        func has(_ list: String) -> Bool { range.contains { s.match(list, at: $0) != nil } }
        let type: EntityType?
        if lastWord == "day" && range.count > 1 {
            type = .observance
        } else if lexicon.contains("awardHead", lastWord) && range.count > 1 {
            type = .award
        } else if range.count > 2, range.dropLast().contains(where: { lexicon.contains("awardHead", s.tokens[$0].text) && s.tokens[$0 + 1].text == "for" }) {
            // "UNESCO Asia-Pacific Awards for Cultural Heritage Conservation": an award for a field.
            type = .award
        } else if range.count > 1, range.contains(where: { index in
                      s.match("orgHead", at: index).map { $0 >= 2 && index + $0 == range.upperBound } ?? false }) {
            // "Pardis Technology Park", "Kish Free Zone Organization": a body's compound head word ending the name
            // types it, though its last word is also a venue's ("Park").
            type = .organization
        } else if range.count > 1, lastWord == "headquarters",
                  gazetteer.entries(forKey: s.key(range.lowerBound, range.count - 1) ?? "").allSatisfy({ $0.type != .organization }),
                  !isAfterLocativePreposition(s, range.lowerBound) {
            // "organized by the National Artificial Intelligence Headquarters": a headquarters named for its task is a
            // body; a known body's headquarters ("UNESCO Headquarters"), or one something happens at, is a building.
            type = .organization
        } else if range.count > 1, range.contains(where: { index in s.match("placeHead", at: index).map { index + $0 == range.upperBound || $0 >= 2 } ?? false }) {
            // "IRIB International Conference Center", "UNESCO Headquarters": a name ending with a venue word is a
            // venue, though an organization's words come before it; so is one holding a venue compound ("Expo Centre
            // Sharjah").
            type = .place
        } else if lexicon.contains("eventHead", lastWord) && range.count > 1 && isCapitalized(s.tokens[range.upperBound - 1]) {
            // "Caspian Theatre Festival", "Museum Night Festival": a name ending with an event word is an event,
            // though a venue or body word stands inside it.
            type = .event
        } else if range.count > 2, range.dropLast().contains(where: { lexicon.contains("eventHead", s.tokens[$0].text)
                    && ["on", "of", "for"].contains(s.tokens[$0 + 1].text) }) {
            // "Iranian Conference on Biomedical Engineering", "Festival of Persian Music", "Conference on Sustainable
            // Island Tourism" (a venue or body word in what the event is about does not type it).
            type = .event
        } else if has("orgHead") && range.count > 1 {
            type = .organization
        } else if has("placeHead") && range.count > 1 {
            type = .place
        } else if lexicon.contains("eventHead", lastWord) && range.count > 1 {
            type = .event
        } else if (2...3).contains(range.count), lexicon.contains("awardAdjective", s.tokens[range.lowerBound].text),
                  !has("orgHead"), !has("placeHead") {
            // "Golden Leopard", "Crystal Simorgh", "Silver Bear": a metal or crystal before a name is a prize.
            type = .award
        } else if s.match("givenName", at: range.lowerBound) != nil, (2...4).contains(range.count),
                  !has("role") {
            type = .person
        } else if range.lowerBound > 0, s.match("honorific", at: range.lowerBound - 1) != nil
                    || (range.lowerBound > 1 && s.tokens[range.lowerBound - 1].text == "." && s.match("honorific", at: range.lowerBound - 2) != nil) {
            type = .person
        } else if range.lowerBound > 0, s.match("role", at: range.lowerBound - 1) != nil, (2...3).contains(range.count) {
            // "Mayor Pirouz Hanachi", "chairman Mohsen Hashemi".
            type = .person
        } else if range.lowerBound > 0, s.match("receiveVerb", at: range.lowerBound - (s.tokens[range.lowerBound - 1].text == "the" ? 2 : 1)) != nil,
                  !has("orgHead"), !has("placeHead"), s.match("givenName", at: range.lowerBound) == nil {
            // "won the Golden Leopard", "received the Simorgh": what is won is an award.
            type = .award
        } else if (2...3).contains(range.count), range.upperBound < s.tokens.count,
                  s.match("speechVerb", at: range.upperBound) != nil, !has("orgHead"), !has("placeHead") {
            // "Parisa Kamali said …": a two- or three-word name right before a speech verb.
            type = .person
        } else if isPlaceBeforeKnownPlace(s, range) {
            type = .place
        } else {
            type = nil
        }
        guard let type else { return nil }
        return make(.entity(type), range, s, finder: "capitalized.\(type.rawValue.lowercased())")
    }

    /// "این جایزه", "the award", "این روز", "the day": a determiner and a head word with no name after it refer
    /// back to the award or observance named before.
    private func references(_ s: SentenceAnalysis) -> [Mention] {
        let determiners: Set<String> = ["این", "همین", "آن", "the", "this", "that"]
        var found: [Mention] = []
        // "دبیر جایزه، …", "هفتمین دوره جایزه": a bare award word after a title or an edition word refers back too.
        func introducesReference(_ index: Int) -> Bool {
            if determiners.contains(s.tokens[index - 1].text) { return true }
            // "رئیس شورا": a Persian word for a body without a name after it is the body named before.
            if s.match("orgReference", at: index) == 1, !isLatin(s.tokens[index]) { return true }
            // "chaired by council head Mehdi Chamran" (qa-en): a lower-case English body word right before a title is
            // the body named before, as "رئیس شورا" is.
            if s.match("orgReference", at: index) == 1, isLatin(s.tokens[index]), !isCapitalized(s.tokens[index]),
               index + 1 < s.tokens.count, s.match("role", at: index + 1) != nil { return true }
            guard s.match("awardHead", at: index) == 1, !isLatin(s.tokens[index]) else { return false }
            return (0..<index).contains { start in
                ["role", "editionWord"].contains { list in s.match(list, at: start).map { start + $0 == index } ?? false }
            }
        }
        for index in s.tokens.indices.dropFirst() where introducesReference(index) {
            let type: EntityType
            let word = UTF8Key.hasSuffix(s.tokens[index].text, "'s") ? String(s.tokens[index].text.dropLast(2)) : s.tokens[index].text
            if s.match("awardHead", at: index) == 1 || lexicon.contains("awardHead", word) {
                type = .award
            } else if ["روز", "day", "هفته", "week"].contains(word) {
                type = .observance
            } else if s.match("orgReference", at: index) == 1, !isCapitalized(s.tokens[index]),
                      index + 1 >= s.tokens.count || !["of", "for", "and", "on"].contains(s.tokens[index + 1].text) {
                // Lower-case "the council", not "the Council of …" or a capitalized name.
                type = .organization
            } else {
                continue
            }
            if index + 1 < s.tokens.count, !["'s", "’s"].contains(s.tokens[index + 1].text), isNameWord(s, index + 1),
               !isLatin(s.tokens[index + 1]) || isCapitalized(s.tokens[index + 1]) {
                continue
            }
            let from = determiners.contains(s.tokens[index - 1].text) ? index - 1 : index
            var mention = make(.entity(type), from..<(index + 1), s, finder: "reference.\(type.rawValue.lowercased())")
            mention.isAnaphoric = true
            found.append(mention)
        }
        return found + categoryAwardReferences(s) + englishAwardPhrases(s) + metalPrizeNames(s)
    }

    /// "عروسک طلایی بهترین نمایش", "کبوتر بلورین جشنواره": a noun and a metal (@trophyAdjective) before a category
    /// or a festival word name a prize, as "Golden Butterfly" does in English. Only there: "فرصت طلایی" is no prize.
    private func metalPrizeNames(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropLast(2) where !isLatin(s.tokens[index]) {
            guard s.match("awardHead", at: index) == nil, s.match("trophyAdjective", at: index) == nil,
                  s.match("stop", at: index) == nil, isNameWord(s, index),
                  let metal = s.match("trophyAdjective", at: index + 1), s.tokens[index + 1].text != "ویژه" else { continue }
            let after = index + 1 + metal
            guard after < s.tokens.count,
                  s.match("categoryWord", at: after) != nil || s.match("prizeGivingEvent", at: after) != nil else { continue }
            found.append(make(.entity(.award), index..<after, s, finder: "award.metal-name"))
        }
        return found
    }

    /// "جایزه بهترین بازیگر زن", "عنوان بهترین ورزشکار سال", "تندیس بخش موسیقی": an award word followed straight by
    /// a category is the award in focus, given in that category. The mention covers the award word only.
    private func categoryAwardReferences(_ s: SentenceAnalysis) -> [Mention] {
        var found: [Mention] = []
        for index in s.tokens.indices.dropLast() where !isLatin(s.tokens[index]) {
            let head = s.match("awardHead", at: index) ?? (["عنوان"].contains(s.tokens[index].text) ? 1 : nil)
            guard let head, index + head < s.tokens.count, s.match("categoryWord", at: index + head) != nil else { continue }
            // "به عنوان بهترین تیم برگزیده شد" names a choice, not an award.
            if s.tokens[index].text == "عنوان", index > 0, ["به", "بعنوان"].contains(s.tokens[index - 1].text) { continue }
            var mention = make(.entity(.award), index..<(index + head), s, finder: "reference.award-category")
            mention.isAnaphoric = true
            found.append(mention)
        }
        return found
    }

    /// Lower-case words before an award word that make it refer to the award in focus ("the grand prize").
    private static let referringPrizeWords: Set<String> = ["top", "grand", "main", "highest", "first", "special", "major", "big", "coveted", "prestigious"]

    /// English awards written in lower case after "the" or a possessive: "the best paper award" is an award of its
    /// own; "the festival's top prize", "the grand prize" refer to the award in focus.
    private func englishAwardPhrases(_ s: SentenceAnalysis) -> [Mention] {
        let referring = MentionFinder.referringPrizeWords
        var found: [Mention] = []
        for index in s.tokens.indices.dropFirst() where MentionFinder.determiners.contains(s.tokens[index - 1].text) {
            var end = index
            while end < s.tokens.count, end - index < 4, isLatin(s.tokens[end]), !isCapitalized(s.tokens[end]),
                  !lexicon.contains("awardHead", s.tokens[end].text), s.match("stop", at: end) == nil {
                end += 1
            }
            guard end > index, end < s.tokens.count, lexicon.contains("awardHead", s.tokens[end].text),
                  !isCapitalized(s.tokens[end]) else { continue }
            let words = s.tokens[index..<end].map(\.text)
            if words.count == 1, ["gold", "silver", "bronze"].contains(words[0]), ["medal", "medals"].contains(s.tokens[end].text) {
                // "won the gold medal": a medal of a metal is a prize of its own.
                found.append(make(.entity(.award), index..<(end + 1), s, finder: "award.english-medal"))
            } else if words.first == "best" && words.count >= 2 {
                found.append(make(.entity(.award), index..<(end + 1), s, finder: "award.english-category"))
            } else if ["'s", "’s"].contains(s.tokens[index - 1].text), !words.allSatisfy({ referring.contains($0) }) {
                // "Tehran Municipality's architecture prize for young architects": an owner's prize, named by its field.
                var last = end + 1
                if last + 1 < s.tokens.count, s.tokens[last].text == "for" {
                    var cursor = last + 1
                    while cursor < s.tokens.count, cursor - last <= 3, isLatin(s.tokens[cursor]), !isCapitalized(s.tokens[cursor]),
                          s.match("stop", at: cursor) == nil {
                        cursor += 1
                    }
                    if cursor > last + 1 { last = cursor }
                }
                found.append(make(.entity(.award), index..<last, s, finder: "award.english-owned"))
            } else if words.allSatisfy({ referring.contains($0) }) {
                var mention = make(.entity(.award), index..<(end + 1), s, finder: "reference.award")
                mention.isAnaphoric = true
                found.append(mention)
            } else if s.tokens[index - 1].text == "the", words.count <= 2, s.match("eventHead", at: end + 1) == nil,
                      !words.contains(where: { lexicon.contains("notFieldWord", $0) || Int($0) != nil }) {
                // "walked away with the translation award": a prize named by its field is the prize in focus given in
                // that field, like "the best actress award" (CoreferenceResolver; xconf).
                found.append(make(.entity(.award), index..<(end + 1), s, finder: "award.english-category"))
            }
        }
        return found
    }

    private func wordListMentions(_ s: SentenceAnalysis, list: String, kind: MentionKind, finder: String) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < s.tokens.count {
            if let length = s.match(list, at: index) {
                found.append(make(kind, index..<(index + length), s, finder: finder))
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Events

    /// Events are built over the settled mentions, because they contain them: a head word, modifiers, an edition
    /// ("چهارمین دوره"), and the award or recurring event it is an edition of ("جایزه جهانی خشت طلایی تهران").
    private func buildEvents(_ s: inout SentenceAnalysis) {
        var index = 0
        while index < s.tokens.count {
            if let event = eventStarting(at: index, in: s) {
                s.mentions.removeAll { $0.tokens.overlaps(event.tokens) }
                s.mentions.append(event)
                s.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                index = event.tokens.upperBound
            } else {
                index += 1
            }
        }
    }

    private func eventStarting(at start: Int, in s: SentenceAnalysis) -> Mention? {
        if s.mention(at: start) == nil, s.match("eventHead", at: start) != nil, followsFutureEdition(s, at: start) { return nil }
        var cursor = start
        var number: Int?
        var headLength: Int?
        // Where the event word after an ordinal starts ("جشنواره" in "دومین جشنواره ملی …"), modifiers or not.
        var seriesHeadAt: Int?
        if let here = s.mention(at: start) {
            guard here.tokens.lowerBound == start else { return nil }
            if here.kind == .ordinal {
                // "روز دوم نمایشگاه", "the second day of the fair": a numbered day or stage of an event is no edition.
                // "رتبه نخست مسابقه …", "مقام اول جشنواره": a rank in a contest is no edition either.
                if start > 0, ["روز", "هفته", "ماه", "سال", "بخش", "مرحله", "بار", "نیمه", "رتبه", "مقام", "رده", "جایگاه",
                               "day", "week", "stage", "half"].contains(s.tokens[start - 1].text) {
                    return nil
                }
                // "چهارمین دوره جایزه …", "سی و هشتمین جشنواره فیلم فجر", "the fourth edition of the … Award".
                number = here.number
                cursor = here.tokens.upperBound
                if let edition = s.match("editionWord", at: cursor) { cursor += edition }
                cursor = pastActBeforeAward(s, from: cursor)
                // "the 12th edition of the prize": "the prize" is a reference that starts at "the"; stop there.
                while cursor < s.tokens.count, ["of", "the"].contains(s.tokens[cursor].text),
                      s.mention(at: cursor)?.tokens.lowerBound != cursor {
                    cursor += 1
                }
                if let english = englishNumberedSeries(s, ordinalAt: start, nameStart: cursor, number: number) { return english }
                // "سی و یکمین نمایشگاه بین‌المللی قرآن": a numbered fair is an event, though "نمایشگاه بین‌المللی …"
                // also names a fairground.
                if let place = s.mention(at: cursor), place.tokens.lowerBound == cursor, place.known == nil,
                   place.entityType == .place, s.match("eventHead", at: cursor) != nil {
                    // "نوزدهمین نمایشگاه بین‌المللی گل و گیاه محلات": the fair's name goes on past "و", which a
                    // fairground's name does not take.
                    var seriesEnd = place.tokens.upperBound
                    if seriesEnd + 1 < s.tokens.count, s.tokens[seriesEnd].text == "و", s.mention(at: seriesEnd + 1) == nil,
                       isNameWord(s, seriesEnd + 1), s.match("stop", at: seriesEnd + 1) == nil {
                        let more = eventNameEnd(s, from: seriesEnd + 1, maxWords: 3)
                        if more > seriesEnd + 1 { seriesEnd = more }
                    }
                    return numberedEdition(s, start..<seriesEnd, number: number, series: place.tokens.lowerBound..<seriesEnd)
                }
                if s.mention(at: cursor) == nil, let head = s.match("eventHead", at: cursor) {
                    seriesHeadAt = cursor
                    cursor += head
                    cursor = skipModifiers(s, from: cursor)
                }
            } else if here.entityType == .award, isLatin(s.tokens[start]),
                      let (skip, head) = awardCeremonyHead(s, after: here.tokens.upperBound),
                      s.mention(at: here.tokens.upperBound) == nil {
                // "the Golden Brick award ceremony", "the Avicenna Prize award ceremony".
                var event = make(.entity(.awardCeremony), start..<(here.tokens.upperBound + skip + head), s, finder: "event.award-ceremony")
                event.attached = Box(here)
                return event
            } else {
                return nil
            }
        } else if let head = s.match("eventHead", at: start), isLatin(s.tokens[start]) {
            // English: a named event ("the closing ceremony", "a conference on …") or a reference ("the festival").
            if let english = englishEvent(at: start, headLength: head, in: s) { return english }
            // "at a ceremony in Bangkok": an indefinite ceremony word introduces the ceremony of the award edition in
            // focus, or else a ceremony of its own (coreference decides).
            if start > 0, ["a", "an"].contains(s.tokens[start - 1].text), s.match("genericEventHead", at: start) == head {
                var ceremony = make(.entity(.event), start..<(start + head), s, finder: "event.indefinite")
                ceremony.isAnaphoric = true
                ceremony.standsAlone = true
                return ceremony
            }
            var reference = make(.entity(.event), start..<(start + head), s, finder: "event.reference")
            reference.isAnaphoric = true
            return reference
        } else if let head = s.match("eventHead", at: start) {
            // "در پایان این همایش تندیس …": after a determiner the event word refers back; what follows is not its name.
            if start > 0, ["این", "همین", "آن"].contains(s.tokens[start - 1].text) {
                var reference = make(.entity(.event), start..<(start + head), s, finder: "event.reference")
                reference.isAnaphoric = true
                return reference
            }
            // "بزرگترین رویداد فرهنگی کشور": some event words only refer back; what follows them describes, not names.
            if s.match("referenceOnlyEventHead", at: start) == head { return nil }
            if let session = sessionOfBody(s, at: start, headLength: head) { return session }
            // "هفته دهم لیگ برتر": a numbered week of a league or a fair is a stage of it, neither an event nor an edition.
            if s.tokens[start].text == "هفته", let ordinal = s.mention(at: start + head), ordinal.kind == .ordinal,
               ordinal.tokens.lowerBound == start + head { return nil }
            headLength = head
            cursor = skipModifiers(s, from: start + head)
            // "مراسم گرامیداشت روز تهران", "آیین رونمایی از جایزه …": an act noun before the observance, award or
            // event the ceremony is about works as a modifier.
            if let act = s.match("eventActNoun", at: cursor), let about = s.mention(at: cursor + act),
               about.tokens.lowerBound == cursor + act, let type = about.entityType, [.observance, .award, .event].contains(type) {
                cursor += act
            }
            if cursor < s.tokens.count, let ordinal = s.mention(at: cursor), ordinal.kind == .ordinal,
               ordinal.tokens.lowerBound == cursor {
                number = ordinal.number
                cursor = ordinal.tokens.upperBound
                if let edition = s.match("editionWord", at: cursor) { cursor += edition }
                cursor = pastActBeforeAward(s, from: cursor)
            }
        } else {
            return nil
        }

        var attached: Mention?
        var named = false
        // (xevname) Where the office a ceremony of an act is held for ends ("آیین تودیع و معارفه مدیرکل …").
        var officeEnd: Int?
        if headLength == nil, let number, cursor > start, s.match("eventHead", at: seriesHeadAt ?? seriesHeadStart(s, before: cursor)) != nil,
           cursor < s.tokens.count, s.mention(at: cursor) == nil || placeOpensSeriesName(s, at: cursor) {
            // "دهمین دوره جشنواره ملی عکس شیراز": an edition of a festival no gazetteer knows. The festival is named by
            // its head word and the words after it, and becomes an entity of its own.
            let seriesStart = seriesHeadAt ?? seriesHeadStart(s, before: cursor)
            // "هفدهمین جشن انتخاب برترین‌های ورزش": the series may be named by what is done at it.
            let end = actNameEnd(s, from: cursor) ?? eventNameEnd(s, from: cursor)
            if end > cursor {
                return numberedEdition(s, start..<end, number: number, series: seriesStart..<end)
            }
        }
        if let headLength, let number, let part = partOfUnknownEdition(s, start: start, headLength: headLength,
                                                                       number: number, seriesStart: cursor) {
            return part
        }
        // "در این آیین لوح «دوستدار طبیعت» … اهدا شد": after "این آیین" (a reference) the award given there begins,
        // not the name of the ceremony.
        let referring = start > 0 && ["این", "همین", "آن", "همان"].contains(s.tokens[start - 1].text) && headLength != nil && number == nil
        // "نخستین مرکز تخصصی بانوان", "دومین دانشگاه برتر کشور": an ordinal right before a body no gazetteer knows ranks
        // it among its kind; a body's numbered meeting says so with an event or edition word ("دومین جلسه شورا").
        if headLength == nil, number != nil, cursor < s.tokens.count, let body = s.mention(at: cursor),
           body.tokens.lowerBound == cursor, body.entityType == .organization, body.known == nil,
           s.mention(at: cursor - 1)?.kind == .ordinal, !isLatin(s.tokens[cursor]), s.match("gatheringBody", at: cursor) == nil {
            return nil
        }
        if cursor < s.tokens.count, let target = s.mention(at: cursor), target.tokens.lowerBound == cursor,
           let type = target.entityType, [.award, .event, .observance, .organization].contains(type),
           !(referring && type == .award),
           // "رشت نخستین شهر خلاق خوراک ایران است": a designation is ranked, never held in editions.
           target.finder != "award.designation" {
            attached = target
            cursor = target.tokens.upperBound
            // An English event word after the name: "the 4th Golden Brick award ceremony".
            if cursor < s.tokens.count, isLatin(s.tokens[cursor]), s.mention(at: cursor) == nil,
               let head = s.match("eventHead", at: cursor) {
                cursor += head
            }
        } else if headLength != nil, number == nil, !referring, let titleEnd = quotedTitleEnd(s, from: cursor) {
            // "همایش ملی «هوای پاک»", "مراسم رونمایی از کتاب «…»": a quoted title after the event word (and a few
            // words that say what kind of event it is) names the event.
            cursor = titleEnd
            named = true
        } else if headLength != nil, number == nil, !referring, let place = placeActedOn(s, at: cursor) {
            // "آیین بازگشایی موزه آب یزد", "آیین افتتاح بوستان بانوان ساوه": the venue the act is done to is part of
            // the ceremony's name and where it is held (attached, so the place stays an entity of its own).
            attached = place
            cursor = place.tokens.upperBound
        } else if headLength != nil, number == nil, !referring, let end = actNameEnd(s, from: cursor) {
            // "آیین بازگشایی", "مراسم کاشت پنج هزار نهال", "جشن انتخاب برترین‌های ورزش": a ceremony named by what is
            // done at it.
            cursor = end
            named = true
            officeEnd = officeNamedAfterAct(s, at: end)
        } else if headLength != nil, number == nil, cursor < s.tokens.count,
                  s.mention(at: cursor).map({ $0.known != nil && $0.entityType == .person && $0.tokens.lowerBound == cursor }) ?? true {
            // A named event needs a name of two words or more: "مراسم پخش" is an act, not an event's name.
            let end = eventNameEnd(s, from: cursor)
            let partWords = (start..<cursor).filter { s.match("eventPart", at: $0) != nil }
            if end - cursor >= 2, !partWords.isEmpty, !isLatin(s.tokens[cursor]), s.match("eventHead", at: cursor) != nil {
                // "آیین اختتامیه جشنواره ملی فیلم سبز", "اختتامیه جشنواره …": the closing ceremony is part of the
                // festival named after it, which is an event of its own.
                var whole = make(.entity(.event), cursor..<end, s, finder: "event.named")
                whole.label = s.surface(cursor..<end, in: text)
                var part = make(.entity(.event), start..<end, s, finder: "event.part")
                part.qualifier = EntityNamer.slug(partWords.map { s.tokens[$0].surface }.joined(separator: " "))
                part.attached = Box(whole)
                return part
            }
            // "همایش ملی آب": a modifier that is a word of the name counts toward it.
            // "آیین بزرگداشت حافظ", "مراسم نکوداشت استاد …": after a ceremony word (@occasionWord, not "هفته
            // بزرگداشت سعدی", an observance) and a word of honouring, one name word is enough.
            let ceremony = s.match("occasionWord", at: start) != nil
            let nameModifiers = (start + (headLength ?? 0)..<cursor).filter {
                s.match("nameModifier", at: $0) != nil || (ceremony && s.match("honouringModifier", at: $0) != nil)
            }.count
            if end - cursor + nameModifiers >= 2, end > cursor { cursor = end; named = true }
        }

        if attached == nil && !named {
            // A bare head word ("این مراسم", "the ceremony") refers to an event named before; an ordinal with
            // nothing to be an edition of is just a number.
            guard let headLength, number == nil else { return nil }
            // "آیین اختتامیه", "مراسم افتتاحیه": a bare ceremony word with the part it names refers to that part of the
            // event in focus (coreference makes it the part); the qualifier says which part.
            var modifiersEnd = skipModifiers(s, from: start + headLength)
            // "آیین افتتاح نمایشگاه", "آیین گشایش این جشنواره", "در آیین افتتاح گفت": an act that names a part
            // ("افتتاح") before a bare event word referring back, or before no name at all, is that part of the event
            // in focus, too.
            if let act = s.match("eventPart", at: modifiersEnd), s.match("eventActNoun", at: modifiersEnd) == act,
               bareEventReferenceEnd(s, after: modifiersEnd + act) != nil || modifiersEnd + act == s.tokens.count
                || !isNameWord(s, modifiersEnd + act) || s.match("stop", at: modifiersEnd + act) != nil {
                modifiersEnd += act
            }
            let partWords = (start..<modifiersEnd).filter { s.match("eventPart", at: $0) != nil }
            // "مراسم اختتامیه این جشنواره": the whole the part belongs to, named by reference, is inside the part's
            // name, so a venue after it is the ceremony's, not the festival's.
            let end = partWords.isEmpty ? start + headLength
                : (ofThisEventEnd(s, after: modifiersEnd) ?? bareEventReferenceEnd(s, after: modifiersEnd) ?? modifiersEnd)
            var reference = make(.entity(.event), start..<end, s, finder: "event.reference")
            if !partWords.isEmpty {
                reference.qualifier = EntityNamer.slug(partWords.map { s.tokens[$0].surface }.joined(separator: " "))
            }
            reference.isAnaphoric = true
            return reference
        }
        if let headLength, let number, let series = attached, series.entityType == .event {
            // "اختتامیه سی و هشتمین جشنواره فیلم فجر": the closing ceremony is part of the festival's 38th edition,
            // which is an event of its own.
            let editionStart = s.tokens[start..<cursor].indices.first { s.mention(at: $0)?.kind == .ordinal } ?? start + headLength
            return partOfEdition(s, start: start, headLength: headLength, number: number, editionStart: editionStart,
                                 end: cursor, series: series)
        }
        let type: EntityType = attached?.entityType == .award ? .awardCeremony : .event
        let finder = number != nil ? "event.edition" : (attached != nil ? "event.of" : "event.named")
        var event = make(.entity(type), start..<cursor, s, finder: finder)
        if let officeEnd { event.label = s.surface(start..<officeEnd, in: text) }
        event.number = number
        event.attached = attached.map(Box.init)
        return event
    }

    /// "اختتامیه یازدهمین جشنواره ملی خوشنویسی میرعماد", "آیین پایانی ۲۹مین جشنواره …", "فینال سی و یکمین دوره
    /// مسابقات …": a part of a numbered edition of a series no gazetteer knows, the series named by its head word at
    /// `seriesStart` and the words after it. The series, its edition and the part are three events.
    private func partOfUnknownEdition(_ s: SentenceAnalysis, start: Int, headLength: Int, number: Int, seriesStart: Int) -> Mention? {
        guard seriesStart < s.tokens.count, s.mention(at: seriesStart) == nil,
              let seriesHead = s.match("eventHead", at: seriesStart) else { return nil }
        let afterHead = seriesStart + seriesHead
        let ordinalAt = s.tokens[start..<seriesStart].indices.first { s.mention(at: $0)?.kind == .ordinal }
        let nameStart = skipModifiers(s, from: afterHead)
        let end: Int, editionStart: Int
        let plainEnd = eventNameEnd(s, from: nameStart)
        if plainEnd > nameStart {
            (end, editionStart) = (plainEnd, ordinalAt ?? start + headLength)
        } else if !isLatin(s.tokens[seriesStart]), let ordinalAt,
                  case let actEnd = actNameEnd(s, from: afterHead) ?? eventNameEnd(s, from: afterHead),
                  actEnd > afterHead {
            // The series named by what is done at it ("… جشن انتخاب برترین‌ها").
            (end, editionStart) = (actEnd, ordinalAt)
        } else {
            return nil
        }
        let series = make(.entity(.event), seriesStart..<end, s, finder: "event.series")
        return partOfEdition(s, start: start, headLength: headLength, number: number, editionStart: editionStart,
                             end: end, series: series)
    }

    /// The part (tokens `start..<end`: "اختتامیه", "آیین پایانی") of edition `number` (from `editionStart`) of
    /// `series`, with the edition as an event of its own. "آیین اختتامیه", "مراسم اختتامیه" and "اختتامیه" are one
    /// closing ceremony: generic words do not name the part.
    private func partOfEdition(_ s: SentenceAnalysis, start: Int, headLength: Int, number: Int, editionStart: Int,
                               end: Int, series: Mention) -> Mention {
        var edition = make(.entity(.event), editionStart..<end, s, finder: "event.edition")
        edition.number = number
        edition.attached = Box(series)
        var part = make(.entity(.event), start..<end, s, finder: "event.part")
        let partWords = (start..<editionStart).filter { s.tokens[$0].kind == .word && s.match("genericEventHead", at: $0) == nil }
        part.qualifier = EntityNamer.slug(partWords.isEmpty ? s.surface(start..<(start + headLength), in: text)
                                                            : partWords.map { s.tokens[$0].surface }.joined(separator: " "))
        part.attached = Box(edition)
        return part
    }

    /// English events named by common words: "the closing ceremony", "a national conference on World Habitat
    /// Day", "a ceremony marking World Architecture Day" — adjectives before the event word, and what it is about
    /// after it. Nil for a bare "the ceremony", which refers back instead.
    private func englishEvent(at start: Int, headLength: Int, in s: SentenceAnalysis) -> Mention? {
        // A "Green Tehran" festival: a quoted title right before the event word is the event's name.
        if start > 1, ["\"", "”"].contains(s.tokens[start - 1].text),
           let open = stride(from: start - 2, through: max(0, start - 8), by: -1).first(where: { ["\"", "“"].contains(s.tokens[$0].text) }),
           open + 1 < start - 1, (open + 1..<(start - 1)).allSatisfy({ isLatin(s.tokens[$0]) || s.tokens[$0].kind == .punctuation }) {
            var event = make(.entity(.event), open..<(start + headLength), s, finder: "event.english-quoted")
            event.label = s.surface((open + 1)..<(start - 1), in: text)
            return event
        }
        var begin = start
        while begin > 0, start - begin < 3, s.tokens[begin - 1].kind == .word, isLatin(s.tokens[begin - 1]),
              !isCapitalized(s.tokens[begin - 1]), s.mention(at: begin - 1) == nil,
              s.match("stop", at: begin - 1) == nil, s.match("role", at: begin - 1) == nil,
              s.match("verbBeforeEvent", at: begin - 1) == nil {
            begin -= 1
            // "the two-day conference", "a 3-day fair": a hyphenated compound is one modifier.
            if begin > 1, s.tokens[begin - 1].text == "-", s.mention(at: begin - 2) == nil,
               s.tokens[begin - 2].kind == .number || (s.tokens[begin - 2].kind == .word && isLatin(s.tokens[begin - 2])) {
                begin -= 2
            }
        }
        var cursor = start + headLength
        var attached: Mention?
        if cursor < s.tokens.count, ["on", "of", "for", "marking", "celebrating", "to"].contains(s.tokens[cursor].text) {
            var target = cursor + 1
            if target < s.tokens.count, s.tokens[target].text == "mark" { target += 1 }
            if target < s.tokens.count, s.tokens[target].text == "the" { target += 1 }
            if let about = s.mention(at: target), about.tokens.lowerBound == target,
               let type = about.entityType, [.observance, .award, .event, .organization].contains(type) {
                attached = about
                cursor = about.tokens.upperBound
            }
        }
        guard attached != nil || begin < start else { return nil }
        // "the country's largest export exhibition" describes an event named elsewhere.
        if attached == nil, begin > 0, ["'s", "’s"].contains(s.tokens[begin - 1].text) { return nil }
        // "the three-day conference", "this annual meeting", "the opening ceremony": a definite event word with only
        // common words before it refers to the event named before (or to a part of it: "opening", "closing"). Words
        // that say what is given there ("the awards ceremony") make a ceremony of its own.
        // "capping a six-day event", "during a three-day conference": an indefinite event word with only words of
        // duration or recurrence before it describes the event named before too.
        let onlyReferring = (begin..<start).allSatisfy { index in
            let word = s.tokens[index]
            return word.text == "-" || word.kind == .number || lexicon.contains("referringModifier", word.text)
        }
        if attached == nil, begin > 0, ["the", "this", "that", "its", "their"].contains(s.tokens[begin - 1].text)
            || (["a", "an"].contains(s.tokens[begin - 1].text) && onlyReferring),
           !(begin..<start).contains(where: { lexicon.contains("awardHead", s.tokens[$0].text) || ["prize-giving", "award-giving", "gala"].contains(s.tokens[$0].text) }) {
            let partWords = (begin..<start).filter { s.match("eventPart", at: $0) != nil }
            var reference = make(.entity(.event), begin..<(start + headLength), s, finder: "event.english-reference")
            if !partWords.isEmpty {
                reference.qualifier = EntityNamer.slug(partWords.map { s.tokens[$0].surface }.joined(separator: " "))
            }
            reference.isAnaphoric = true
            reference.standsAlone = true
            return reference
        }
        let type: EntityType = attached?.entityType == .award ? .awardCeremony : .event
        var event = make(.entity(type), begin..<cursor, s, finder: "event.english")
        // An event about an observance or an organization is not an edition of it.
        if let attached, attached.entityType == .award || attached.entityType == .event { event.attached = Box(attached) }
        return event
    }

    /// The end of a quoted title that follows an event word within three plain words ("ملی", "رونمایی از کتاب"),
    /// or nil. Words in between may not be verbs, roles or other function words (except "از" after a word: "مراسم از
    /// کتاب «…» رونمایی شد" unveils a book at a ceremony named before), so "همایش دیروز
    /// گفت «…»" takes no quote as its name.
    private func quotedTitleEnd(_ s: SentenceAnalysis, from start: Int) -> Int? {
        var index = start
        while index < s.tokens.count, index - start <= 3 {
            if let quoted = quotedName(s, from: index) { return quoted.upperBound }
            let token = s.tokens[index]
            guard token.kind == .word, !isLatin(token), (index > start && token.text == "از") || isNameWord(s, index),
                  s.match("eventHead", at: index) == nil, s.match("orgHead", at: index) == nil,
                  s.match("placeHead", at: index) == nil, s.match("givenName", at: index) == nil else { return nil }
            if let here = s.mention(at: index), here.kind != .ordinal,
               !(here.entityType == .creativeWork || here.entityType == .product) { return nil }
            index += 1
        }
        return nil
    }

    /// The end of a ceremony's name that says what is done at it: an @eventActNoun ("بازگشایی", "کاشت", "انتخاب",
    /// "رونمایی از") that is not the verb of the clause ("انتخاب شد", "افتتاح کرد"), then up to five name words or
    /// numbers ("پنج هزار نهال بومی"). Nil when no act noun starts at `start`.
    func actNameEnd(_ s: SentenceAnalysis, from start: Int) -> Int? {
        guard start < s.tokens.count, !isLatin(s.tokens[start]), let act = s.match("eventActNoun", at: start) else { return nil }
        var end = start + act
        // "آیین تودیع و معارفه": two acts joined by "و" name one ceremony.
        if end + 1 < s.tokens.count, s.tokens[end].text == "و", let more = s.match("eventActNoun", at: end + 1),
           s.match("lightVerb", at: end + 1 + more) == nil {
            end += 1 + more
        }
        if let next = s.key(end, 1), s.match("lightVerb", at: end) != nil || ["می"].contains(next) { return nil }
        let acts = end
        if end < s.tokens.count, s.tokens[end].text == "از" { end += 1 }
        var index = end
        while index < s.tokens.count, index - end < 5 {
            if s.match("lightVerb", at: index) != nil { break }
            if let number = NumberWords.number(in: s.tokens, at: index), !number.isOrdinal {
                index = number.tokenRange.upperBound
                continue
            }
            // "افتتاح فاز نخست خط ۲": an ordinal inside what is opened is part of its name, not an edition.
            if index > end, let ordinal = s.mention(at: index), ordinal.kind == .ordinal, ordinal.tokens.lowerBound == index {
                index = ordinal.tokens.upperBound
                continue
            }
            // "بازگشایی موزه آذربایجان": a place or anything else found ends the name; it stays a mention of its own.
            // "بزرگداشت حکیم عمر خیام": a well-known person (the gazetteer's) honoured is part of the ceremony's name.
            if let honoured = s.mention(at: index), honoured.tokens.lowerBound == index, honoured.known != nil,
               honoured.entityType == .person {
                index = honoured.tokens.upperBound
                continue
            }
            guard isNameWord(s, index), s.mention(at: index) == nil, s.match("eventHead", at: index) == nil else { break }
            index += 1
        }
        // A dangling "از" belongs to the verb, not the name.
        if index == end, end > acts { return acts }
        // "در آیین افتتاح گفت": an act that also names a part of an event (@eventPart), with nothing after it, is that
        // part of the event in focus, not a ceremony named by the act.
        if index == end, s.match("eventPart", at: start) == act { return nil }
        return index
    }

    /// Where the event word before `cursor` starts ("جشنواره" in "دهمین دوره جشنواره ملی …"), or `cursor` when
    /// there is none.
    private func seriesHeadStart(_ s: SentenceAnalysis, before cursor: Int) -> Int {
        for start in stride(from: cursor - 1, through: max(0, cursor - 3), by: -1) {
            if let length = s.match("eventHead", at: start), start + length == cursor { return start }
        }
        return cursor
    }

    func skipModifiers(_ s: SentenceAnalysis, from start: Int) -> Int {
        var cursor = start
        while cursor < s.tokens.count, s.mention(at: cursor) == nil,
              let modifier = s.match("eventModifier", at: cursor) ?? s.match("nameModifier", at: cursor) {
            // "نمایشگاه افتتاح شد": a modifier before a light verb is the clause's verb, not part of the event's name.
            if s.match("lightVerb", at: cursor + modifier) != nil || s.key(cursor + modifier, 1) == "می" { break }
            cursor += modifier
        }
        return cursor
    }

    // MARK: - Roles

    /// "وزیر فرهنگ و ارشاد اسلامی", "Minister of Culture": a minister's title names the ministry without its head
    /// word. The ministry becomes the role's organization (the known one when the gazetteer has it).
    private func ministry(after role: Mention, in s: SentenceAnalysis) -> Mention? {
        // The title ends in a minister word: "وزیر", "معاون وزیر", "معاون سیاسی وزیر", "deputy culture minister".
        guard let ministerAt = role.tokens.first(where: { s.match("ministerRole", at: $0) == role.tokens.upperBound - $0 }) else {
            return nil
        }
        var start = role.tokens.upperBound
        // "Interior Minister", "deputy culture minister": in English the ministry's name may come before the word.
        let before = role.tokens.lowerBound..<ministerAt
        var named: [Int] = []
        var index = before.lowerBound
        while index < before.upperBound {
            if let length = s.match("role", at: index), index + length <= before.upperBound { index += length; continue }
            named.append(index)
            index += 1
        }
        let hasOf = start < s.tokens.count && s.tokens[start].text == "of"
        // "Minister Rebecca Miano": in English a name after the title is its holder, not a ministry.
        if !hasOf, start < s.tokens.count, isLatin(s.tokens[start]), named.isEmpty { return nil }
        if !hasOf, let first = named.first, let last = named.last, named.allSatisfy({ isLatin(s.tokens[$0]) }) {
            let words = named.map { word -> String in
                let text = s.tokens[word].surface
                return text.prefix(1).uppercased() + text.dropFirst()
            }
            let label = words.joined(separator: " ") + " Ministry"
            var mention = make(.entity(.organization), first..<(last + 1), s, finder: "role.ministry")
            mention.label = label
            mention.known = gazetteer.entries(forKey: TextNormalizer.labelKey(label)).first { $0.type == .organization }
            return mention
        }
        let english = start < s.tokens.count && s.tokens[start].text == "of"
        if english { start += 1 }
        guard start < s.tokens.count, s.mention(at: start) == nil else { return nil }
        var end = continuation(s, from: start, maxWords: 5, allowAnd: true)
        // A name that runs past a comma listing its fields has room for the list's words.
        if (start..<end).contains(where: { ["،", ","].contains(s.tokens[$0].text) }) {
            end = continuation(s, from: start, maxWords: 8, allowAnd: true)
        }
        guard end > start else { return nil }
        // "وزیر بهداشت، درمان و آموزش پزشکی": a ministry named by a list runs past the comma to the last item after "و".
        if !isLatin(s.tokens[start]), end + 1 < s.tokens.count, s.tokens[end].text == "،", s.mention(at: end + 1) == nil {
            let listEnd = continuation(s, from: end + 1, maxWords: 5, allowAnd: true)
            if listEnd > end + 2, (end + 1..<listEnd).contains(where: { s.tokens[$0].text == "و" }),
               listEnd - start <= 8 { end = listEnd }
        }
        let name = s.surface(start..<end, in: text)
        let label = english || isLatin(s.tokens[start]) ? "Ministry of " + name : "وزارت " + name
        var mention = make(.entity(.organization), start..<end, s, finder: "role.ministry")
        mention.label = label
        mention.known = gazetteer.entries(forKey: TextNormalizer.labelKey(label)).first { $0.type == .organization }
        return mention
    }

    /// "مدیرکل میراث فرهنگی آذربایجان شرقی", "مدیرکل فرهنگ و ارشاد اسلامی استان فارس": a director-general's title
    /// names the directorate without its head word, often with the province it serves. The directorate ("اداره کل
    /// …") becomes the role's organization. Titles and the office head they name are listed as
    /// `@officeTitle.<head>` in the lexicon (the head's words joined by "_").
    private func officeNamedByTitle(after role: Mention, in s: SentenceAnalysis) -> Mention? {
        guard let head = officeHeads.first(where: { title in
            role.tokens.contains { s.match(title.list, at: $0) == role.tokens.upperBound - $0 }
        })?.head else { return nil }
        var start = role.tokens.upperBound
        while start < s.tokens.count, s.match("roleTimeQualifier", at: start) == 1 { start += 1 }
        // "مدیرکل جدید امور بانوان", "مدیرکل پیشین": a word that qualifies the holder is no part of the office's name.
        if let generic = s.match("orgGenericWord", at: start) {
            start += generic
            // "مدیرکل جدید دفتر امور بانوان": the body is named after the qualifier; the title takes it (attachRoles).
            if start < s.tokens.count, s.match("orgHead", at: start) != nil { return nil }
        }
        guard start < s.tokens.count, s.mention(at: start) == nil, !isLatin(s.tokens[start]) else { return nil }
        var end = continuation(s, from: start, maxWords: 8, allowAnd: true)
        // A name found inside ("استان فارس") is not cut in two: the office's own words end where it starts.
        if let inside = s.mentions.first(where: { $0.tokens.lowerBound > start && $0.tokens.lowerBound < end }) {
            end = inside.tokens.lowerBound
        }
        guard end > start else { return nil }
        // The province or city the office serves is part of its name.
        if let place = s.mentions.first(where: { $0.tokens.lowerBound == end }), place.entityType == .place {
            end = place.tokens.upperBound
        }
        let label = head + " " + s.surface(start..<end, in: text)
        var mention = make(.entity(.organization), start..<end, s, finder: "role.office")
        mention.label = label
        mention.known = gazetteer.entries(forKey: TextNormalizer.labelKey(label)).first { $0.type == .organization }
        return mention
    }

    /// The `@officeTitle.<head>` lists: role words and the office head word their title leaves out.
    private var officeHeads: [(list: String, head: String)] {
        lexicon.lists.keys.filter { $0.hasPrefix("officeTitle.") }.sorted().map { list in
            (list, String(list.dropFirst("officeTitle.".count)).replacingOccurrences(of: "_", with: " "))
        }
    }

    private func roleWithModifiers(_ role: Mention, in s: SentenceAnalysis) -> (Range<Int>, Mention)? {
        var cursor = role.tokens.upperBound
        // "معاون امور فرهنگی وزارت …", "معاون صنایع دستی و هنرهای سنتی وزارت …": up to six words, "و" joining two of them.
        while cursor < s.tokens.count, cursor - role.tokens.upperBound < 6, s.mention(at: cursor) == nil, !isLatin(s.tokens[cursor]),
              isNameWord(s, cursor) || (s.tokens[cursor].text == "و" && cursor > role.tokens.upperBound
                                        && cursor + 1 < s.tokens.count && s.mention(at: cursor + 1) == nil && isNameWord(s, cursor + 1)) {
            cursor += 1
        }
        guard cursor > role.tokens.upperBound, let owner = s.mentions.first(where: { $0.tokens.lowerBound == cursor }),
              let type = owner.entityType, [.organization, .event, .awardCeremony, .award].contains(type) else { return nil }
        return (role.tokens.lowerBound..<cursor, owner)
    }

    /// "معاون وزیر کشور", "معاون سیاسی وزیر امور خارجه", "Deputy Interior Minister", "deputy culture minister": a role
    /// that qualifies the next one, with at most two plain words between them, is one title. Its organization is
    /// found after the whole title. "و", commas and other function words keep two titles apart.
    private func mergeCompoundRoles(_ s: inout SentenceAnalysis) {
        var m = 0
        while m + 1 < s.mentions.count {
            let first = s.mentions[m], second = s.mentions[m + 1]
            let between = first.tokens.upperBound..<second.tokens.lowerBound
            guard first.kind == .role, second.kind == .role, between.count <= 2,
                  between.allSatisfy({ s.tokens[$0].kind == .word && s.match("stop", at: $0) == nil }) else {
                m += 1
                continue
            }
            s.mentions[m] = make(.role, first.tokens.lowerBound..<second.tokens.upperBound, s, finder: "role.compound")
            s.mentions.remove(at: m + 1)
        }
        extendEnglishMinisterTitles(&s)
    }

    /// "Energy Minister Abbas Aliabadi", "Agriculture Minister X" (qa-en): one or two capitalized words right before an
    /// English minister word name the ministry and belong to the title, as in "Deputy Interior Minister". A
    /// nationality ("Kenyan Trade Minister"), a given name or a name already found stays outside.
    private func extendEnglishMinisterTitles(_ s: inout SentenceAnalysis) {
        for m in s.mentions.indices where s.mentions[m].kind == .role {
            let role = s.mentions[m]
            guard isLatin(s.tokens[role.tokens.lowerBound]), s.match("ministerRole", at: role.tokens.lowerBound) == role.tokens.count
            else { continue }
            var start = role.tokens.lowerBound
            while start > 0, role.tokens.lowerBound - start < 2, s.mention(at: start - 1) == nil,
                  isLatin(s.tokens[start - 1]), isCapitalized(s.tokens[start - 1]),
                  !lexicon.contains("stop", s.tokens[start - 1].text), !lexicon.contains("demonym", s.tokens[start - 1].text),
                  s.match("givenName", at: start - 1) == nil, s.match("role", at: start - 1) == nil {
                start -= 1
            }
            guard start < role.tokens.lowerBound else { continue }
            s.mentions[m] = make(.role, start..<role.tokens.upperBound, s, finder: "role.english-minister")
        }
    }

    /// A role takes the organization, place or event written right after it ("رئیس شورای شهر", "mayor of Tehran",
    /// "دبیر جشنواره") or, in English, right before it ("Tehran City Council chairman").
    private func attachRoles(_ s: inout SentenceAnalysis) {
        for position in s.mentions.indices where s.mentions[position].kind == .role {
            var after = s.mentions[position].tokens.upperBound
            // "دبیر این دوره نمایشگاه": the edition word points at the event named after it.
            // "مدیرکل جدید دفتر …", "the new director of …": a word of time after the title says when, not whose.
            while after < s.tokens.count, ["of", "the", "کل", "این", "همین", "this"].contains(s.tokens[after].text)
                    || s.match("roleTimeQualifier", at: after) == 1
                    // "مدیرکل جدید دفتر …": a word qualifying the holder stands between the title and its body.
                    || (after == s.mentions[position].tokens.upperBound && s.match("orgGenericWord", at: after) == 1
                        && s.match("orgHead", at: after + 1) != nil)
                    || (after > s.mentions[position].tokens.upperBound && s.match("editionWord", at: after) == 1
                        && ["این", "همین"].contains(s.tokens[after - 1].text)),
                  s.mention(at: after) == nil {
                after += 1
            }
            // "a professor at the University of Tehran": "at" leads to the body the role serves, never to a venue.
            var atBody = false
            if after == s.mentions[position].tokens.upperBound, after + 1 < s.tokens.count, s.tokens[after].text == "at" {
                atBody = true
                after += s.tokens[after + 1].text == "the" ? 2 : 1
            }
            let owners: [EntityType] = atBody ? [.organization] : [.organization, .place, .event, .awardCeremony, .award]
            if let next = s.mentions.first(where: { $0.tokens.lowerBound == after }), let type = next.entityType,
               owners.contains(type) {
                s.mentions[position].attached = Box(next)
            } else if let ministry = ministry(after: s.mentions[position], in: s) {
                s.mentions[position].attached = Box(ministry)
            } else if let office = officeNamedByTitle(after: s.mentions[position], in: s) {
                s.mentions[position].attached = Box(office)
            } else if let (extended, owner) = roleWithModifiers(s.mentions[position], in: s) {
                // "معاون امور فرهنگی وزارت فرهنگ": the words between the role and its organization belong to the role.
                s.mentions[position].tokens = extended
                s.mentions[position].span = s.span(extended)
                s.mentions[position].label = s.surface(extended, in: text)
                s.mentions[position].surface = s.mentions[position].label
                s.mentions[position].attached = Box(owner)
            } else if position > 0, let previous = Optional(s.mentions[position - 1]),
                      previous.tokens.upperBound == s.mentions[position].tokens.lowerBound
                        || (previous.tokens.upperBound + 1 == s.mentions[position].tokens.lowerBound
                            && ["'s", "’s"].contains(s.tokens[previous.tokens.upperBound].text)),
                      let type = previous.entityType, [.organization, .place, .award, .event].contains(type),
                      isLatin(s.tokens[previous.tokens.lowerBound]) {
                s.mentions[position].attached = Box(previous)
            } else if let town = townAfterLocalTitle(s.mentions[position], in: s) {
                s.mentions[position].attached = Box(town)
            }
        }
    }

    // MARK: - Token tests

    func make(_ kind: MentionKind, _ range: Range<Int>, _ s: SentenceAnalysis, finder: String) -> Mention {
        let surface = s.surface(range, in: text)
        return Mention(kind: kind, tokens: range, span: s.span(range), surface: surface, label: surface, finder: finder)
    }

    func isLatin(_ token: Token) -> Bool {
        guard let first = token.text.unicodeScalars.first else { return false }
        return first.isASCII && first.properties.isAlphabetic
    }

    func isCapitalized(_ token: Token) -> Bool {
        token.surface.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    /// A word that can be part of a name: a letter word or number that is not a function word, verb or role.
    func isNameWord(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        let token = s.tokens[index]
        guard token.kind != .punctuation else { return false }
        if isLatin(token) && !isCapitalized(token) { return false }
        // "بین المللی" written with a space: "بین" is a word of the name, not the preposition.
        if token.text == "بین", index + 1 < s.tokens.count, s.tokens[index + 1].text == "المللی" { return true }
        for list in ["stop", "speechVerb", "role", "pronoun", "honorific"] where s.match(list, at: index) != nil {
            return false
        }
        // Past participles and verb forms ("رسیده", "گرفته", "باشیم") end a name.
        if !isLatin(token), ["یده", "رده", "شده", "فته", "شته"].contains(where: { UTF8Key.hasSuffix(token.text, $0) }),
           token.text.count > 3, !lexicon.contains("givenName", token.text) {
            return false
        }
        return true
    }

    /// Inside a name, a word that starts another name ends this one: another head word or a given name.
    func startsNewName(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        ["eventHead", "givenName"].contains { s.match($0, at: index) != nil }
    }

    func isSurnameWord(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard index < s.tokens.count, isNameWord(s, index), s.tokens[index].kind == .word else { return false }
        for list in ["orgHead", "placeHead", "eventHead", "awardHead", "productHead"] where s.match(list, at: index) != nil {
            return false
        }
        return true
    }

    /// A second surname word is taken only when it looks like one ("رفسنجانی", "زاده", "Rafsanjani").
    func looksLikeSurname(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        let token = s.tokens[index]
        if isLatin(token) { return isCapitalized(token) }
        return ["ی", "زاده", "پور", "نیا", "فر", "راد", "نژاد", "یان", "لو", "وند"].contains { UTF8Key.hasSuffix(token.text, $0) }
    }
}
