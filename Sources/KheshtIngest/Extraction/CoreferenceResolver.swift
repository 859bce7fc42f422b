import KheshtText

/// Links references to what they refer to, across the sentences of one article: pronouns ("وی", "او", "he") to the
/// last person; short names ("هاشمی", "Hashemi") to the full name; "این مراسم" / "the ceremony" to the event in focus;
/// a role standing alone as a subject ("رئیس شورای شهر تهران … گفت") to its holder.
struct CoreferenceResolver {
    let lexicon: Lexicon
    let finder: MentionFinder

    func resolve(_ sentences: inout [SentenceAnalysis]) {
        addShortNames(&sentences)
        linkSurnameMentions(&sentences)
        linkSpellingVariants(&sentences)
        addAwardShortNames(&sentences)
        addAcronyms(&sentences)
        linkShortForms(&sentences)
        linkEnglishTrophies(&sentences)
        linkSeriesNamesToTheReportedEdition(&sentences)
        attachMunicipalities(&sentences)
        var lastPerson: Mention?
        // Persons in the order last named, so "she" can skip a man named after the woman it refers to.
        var recentPersons: [Mention] = []
        var focusEvent: Mention?
        // The ceremony, session or gathering last named: where the people quoted in a report spoke.
        var occasion: Mention?
        // Events named so far, latest last, so "the ceremony" can find the "closing ceremony" named beside a festival.
        var namedEvents: [Mention] = []
        var holders: [String: Mention] = [:]
        // Roles known for each person (by folded label), so a bare "دبیر جشنواره" is not pinned on the council chief.
        var rolesOf: [String: Set<String>] = [:]
        var lastAward: Mention?
        // Awards named so far, latest last: "تندیس بهترین تدوین" is the last one named "تندیس …".
        var awardsNamed: [Mention] = []
        var lastObservance: Mention?
        // The last event named, the festival series included: what "the four-day show" falls back to.
        var lastEvent: Mention?
        var organizations: [Mention] = []
        for s in sentences.indices {
            sentences[s].focusPerson = lastPerson
            sentences[s].focusAwardBefore = prizeReferent(nil, last: lastAward, named: awardsNamed) ?? prizeGivingSeries(focusEvent)
            // The festival series itself ("جشنواره فیلم فجر") is not what a report's quotes are said at; an edition,
            // a ceremony or a named event is.
            let firstEvent = sentences[s].mentions.first {
                $0.entityType?.isEvent == true && !$0.isAnaphoric && !($0.known != nil && $0.number == nil && $0.qualifier == nil)
            }
            // A ceremony stays in focus when the festival edition it is part of is named again.
            if let firstEvent, !(focusEvent.map { isPart($0, of: firstEvent) } ?? false) { focusEvent = firstEvent }
            sentences[s].focusEvent = focusEvent
            let mentions = sentences[s].mentions
            for m in mentions.indices {
                var mention = mentions[m]
                // What an event or role contains ("چهارمین دوره این جایزه") is resolved first, in text order.
                if let attached = mention.attached?.value {
                    mention.attached = Box(resolveNested(attached, lastAward: &lastAward, lastObservance: &lastObservance,
                                                         focusEvent: focusEvent, namedEvents: namedEvents))
                }
                switch mention.kind {
                case .pronoun:
                    if let person = pronounReferent(mention, recent: recentPersons) ?? lastPerson {
                        mention.antecedent = Box(person)
                    }
                case .entity(.person) where isQuoted(mention, in: sentences[s]):
                    // "هاشمی گفت: … همان‌طور که حافظ گفته است … وی افزود": a person named inside someone's words does
                    // not take "وی"/"he" away from the speaker.
                    break
                case .entity(.person):
                    // "جعفری گفت: … وی افزود": a surname makes its person the one "وی"/"he" refers to next.
                    lastPerson = mention.referent
                    remember(mention.referent, in: &recentPersons)
                case .entity(.award) where mention.isAnaphoric && prizeObjectWords(mention, in: sentences[s]) != nil:
                    // "تندیس بهترین تدوین", "دیپلم افتخار": a prize object refers to the last award named by it, else
                    // (a plaque or diploma) is a prize of its own.
                    if let same = awardNamedBy(mention, in: sentences[s], among: awardsNamed) {
                        mention.antecedent = Box(same)
                    } else if let own = ownPrize(mention, in: sentences[s]) {
                        mention = own
                        lastAward = own
                        awardsNamed.append(own)
                    } else if let target = lastAward ?? prizeGivingSeries(focusEvent) {
                        mention.antecedent = Box(target)
                    }
                case .entity(.award) where (mention.isAnaphoric && ["reference.award-rank-en", "reference.award-rank-fa"].contains(mention.finder))
                    || mention.finder == "award.english-category":
                    // "first prize", "the best actress award": the prize in focus at that rank or in that category
                    // (data/gold README, decisions 1–2: the category is no prize of its own), else a prize of its own.
                    if let target = lastAward ?? prizeGivingSeries(focusEvent) {
                        mention.isAnaphoric = true
                        mention.antecedent = Box(target)
                    } else {
                        mention.isAnaphoric = false
                        lastAward = mention
                        awardsNamed.append(mention)
                    }
                case .entity(let type) where mention.isAnaphoric:
                    let target = type.isEvent ? eventReferent(mention, focus: focusEvent, named: namedEvents)
                                              : type == .organization ? organizationReferent(mention, among: organizations)
                                              : (type == .award ? prizeReferent(mention, last: lastAward, named: awardsNamed)
                                                    ?? prizeGivingSeries(focusEvent) : lastObservance)
                    if let part = mention.qualifier, let target, target.qualifier != part {
                        // "در آیین اختتامیه" while a festival edition is in focus: the closing ceremony of that
                        // edition, an event of its own (one with the headline's "اختتامیه …").
                        let whole = target.qualifier != nil ? target.attached?.value ?? target : target
                        // An award's edition is itself the ceremony; a festival's edition has a ceremony of its own.
                        if whole.number != nil || whole.known != nil, whole.entityType == .event {
                            mention.isAnaphoric = false
                            mention.attached = Box(whole)
                            if mention.entityType == .event { mention.kind = .entity(.awardCeremony) }
                            focusEvent = mention
                        } else {
                            mention.antecedent = Box(target)
                        }
                    } else if mention.standsAlone, type.isEvent {
                        // "the two-day conference", "the four-day show" refer to the event in focus (or the last one
                        // named); "the main global celebration" while an award is in focus is another event, and
                        // "The annual water conference opened …" with no event named before is the event.
                        // "during a ceremony" is the ceremony of the award edition in focus, if one is.
                        let indefinite = mention.finder == "event.indefinite"
                        if indefinite, let target, target.referent.entityType == .awardCeremony {
                            mention.antecedent = Box(target)
                        } else if !indefinite, let referent = target ?? lastEvent, refersBack(mention, to: referent) {
                            mention.antecedent = Box(referent)
                        } else {
                            mention.isAnaphoric = false
                            focusEvent = mention
                        }
                    } else if let target {
                        mention.antecedent = Box(target)
                    }
                case .entity(let type) where type.isEvent:
                    lastEvent = mention
                    namedEvents.append(mention)
                case .entity(.organization):
                    organizations.append(mention.referent)
                case .entity(.award) where mention.known == nil && sameTrophy(mention, among: awardsNamed) != nil:
                    // "تندیس ستاره" after "تندیس زرین ستاره": the statuette without its metal.
                    let same = sameTrophy(mention, among: awardsNamed)!
                    mention.antecedent = Box(same)
                    lastAward = same
                case .entity(.award):
                    lastAward = mention
                    awardsNamed.append(mention)
                case .entity(.observance):
                    lastObservance = mention
                case .role:
                    // "Its founder, Maryam Bandari": a title after "its"/"their" is held in the organization named last.
                    if mention.attached == nil, let owner = organizations.last,
                       possessivePronounBefore(mention, in: sentences[s]) {
                        mention.attached = Box(owner)
                    }
                    // (xconf2) Board elections: "X با ۱۵ رأی نایب‌رئیس شد", "A و B به عنوان منشی هیئت رئیسه انتخاب
                    // شدند": a bare title in a sentence that counts votes or names the presiding board is a post in the
                    // council named last.
                    if mention.attached == nil, let council = organizations.last, isCouncil(council),
                       (0..<sentences[s].tokens.count).contains(where: { sentences[s].match("boardElectionCue", at: $0) != nil }) {
                        mention.attached = Box(council)
                    }
                    let key = roleKey(mention)
                    if let holder = adjacentPerson(to: m, in: sentences[s]) {
                        holders[key] = holder.referent
                        // A title whose words run up to the comma before the name: no rule sees the two side by side.
                        if holder.tokens.lowerBound > mention.tokens.upperBound,
                           !(mention.tokens.upperBound..<holder.tokens.lowerBound).allSatisfy({ [",", "،", "-", "the", "("].contains(sentences[s].tokens[$0].text) }),
                           mention.attached.map({ $0.value.tokens.upperBound < holder.tokens.lowerBound - 1 }) ?? true {
                            mention.antecedent = Box(holder.referent)
                        }
                        rolesOf[personKey(holder.referent), default: []].insert(key)
                    } else if let holder = holders[key] ?? lastPerson.flatMap({ person in
                                  let known = rolesOf[personKey(person)] ?? []
                                  return known.isEmpty || known.contains(key) ? person : nil
                              }),
                              m == 0 || mention.tokens.lowerBound <= 1 || followedBySpeech(m, in: sentences[s]) {
                        mention.antecedent = Box(holder)
                        rolesOf[personKey(holder), default: []].insert(key)
                    }
                default:
                    break
                }
                sentences[s].mentions[m] = mention
                if case .pronoun = mention.kind, let antecedent = mention.antecedent {
                    lastPerson = antecedent.value
                    remember(antecedent.value, in: &recentPersons)
                }
            }
            refreshAttachments(&sentences[s])
            // "چهارمین دوره این جایزه … برگزار شود": the event in focus is the resolved edition (golden-brick-4), not
            // the copy taken before "این جایزه" was followed.
            if let focus = focusEvent,
               let resolved = sentences[s].mentions.first(where: { $0.span == focus.span && $0.finder == focus.finder }) {
                if sentences[s].focusEvent.map({ $0.span == focus.span }) ?? false { sentences[s].focusEvent = resolved }
                focusEvent = resolved
            }
            sentences[s].focusAward = prizeReferent(nil, last: lastAward, named: awardsNamed) ?? prizeGivingSeries(focusEvent)
            for mention in sentences[s].mentions where mention.entityType?.isEvent == true && isOccasion(mention) {
                occasion = mention.referent
            }
            sentences[s].focusOccasion = occasion ?? focusEvent
            if s > 0, continuesInterview(sentences[s], after: sentences[s - 1]) { sentences[s].continuesInterview = true }
        }
    }

    /// Whether a sentence goes on with what its speaker said in the interview reported just before: the sentence before
    /// holds an @interviewCue (or goes on with one), this one starts with the same person (a pronoun or the surname),
    /// and neither names an event where the words could have been said instead.
    private func continuesInterview(_ sentence: SentenceAnalysis, after previous: SentenceAnalysis) -> Bool {
        // An event named in either sentence ("به گزارش خبرنگار ایلنا، این همایش …") may be where the words were said.
        // "Rostami told Iran Daily by phone that …" is an interview too, though no word of the list says so.
        guard previous.listsPresent.contains("interviewCue") || Extractor.isInterview(previous),
              !(sentence.mentions + previous.mentions).contains(where: { $0.entityType?.isEvent == true }) else { return false }
        func firstSpeaker(_ s: SentenceAnalysis) -> Mention? {
            s.mentions.first { $0.kind == .pronoun || $0.referent.entityType == .person }
                .map { $0.kind == .pronoun ? $0.antecedent?.value ?? $0 : $0.referent }
        }
        guard let speaker = firstSpeaker(sentence), let before = firstSpeaker(previous),
              speaker.referent.entityType == .person else { return false }
        return personKey(speaker) == personKey(before)
    }

    /// "جشنواره" while a festival's closing ceremony is in focus means the festival's edition, not the ceremony: an
    /// event word refers to the event in focus, or to what that event is part of, whichever is named with that word.
    /// Failing that, "the ceremony" / "این مراسم" is the latest event named with that word ("a closing ceremony"
    /// written beside the festival in focus).
    private func eventReferent(_ reference: Mention, focus: Mention?, named: [Mention] = []) -> Mention? {
        let word = TextNormalizer.labelKey(reference.label)
        var candidate = focus
        while let event = candidate {
            let label = TextNormalizer.labelKey(event.label)
            if event.qualifier != nil ? label.hasPrefix(word) : label.contains(word) { return event }
            candidate = event.attached?.value
            if candidate?.entityType?.isEvent != true { break }
        }
        guard let head = reference.label.split(separator: " ").last.map({ TextNormalizer.labelKey(String($0)) }) else { return focus }
        let isOccasionWord = lexicon.contains("occasionWord", head)
        if isOccasionWord, let event = named.last(where: { hasWord($0, head) }) { return event.referent }
        // "the exhibition" while its opening ceremony is in focus: a word for a fair, festival or conference never
        // means a ceremony; it means the latest such event named with that word, else the latest numbered edition.
        // "The festival ran from …" after "the main competition": a word for a fair or festival that the event in
        // focus is not named with means the latest event named with it, whatever is in focus.
        if !isOccasionWord {
            let events: [Mention] = named.filter { !isOccasion($0) && !$0.isAnaphoric }
            if let event = events.last(where: { hasWord($0, head) }) { return event.referent }
            if let focus, isOccasion(focus), let event = events.last(where: { $0.number != nil }) { return event.referent }
        }
        return focus
    }

    /// Whether an English definite description ("the two-day conference") can be `event`: its event word is in the
    /// event's name, or its words are ones that only refer (@referringModifier: "two-day", "annual", "same").
    private func refersBack(_ description: Mention, to event: Mention) -> Bool {
        let words = description.label.split(whereSeparator: { $0 == " " || $0 == "-" }).map { TextNormalizer.labelKey(String($0)) }
        guard let head = words.last else { return true }
        if words.dropLast().contains(where: { lexicon.contains("referringModifier", $0) || Int($0) != nil }) { return true }
        // "the opening ceremony" after "the opening session" (xrel2): the same part of the same event, named with
        // another word for a gathering (@occasionWord), is that part, not a second event.
        if let part = description.qualifier, part == event.referent.qualifier, lexicon.contains("occasionWord", head),
           let other = event.referent.label.split(separator: " ").last.map({ TextNormalizer.labelKey(String($0)) }),
           lexicon.contains("occasionWord", other) { return true }
        let names = [event.referent.label] + (event.referent.known?.labels.map(\.text) ?? [])
        return names.contains { name in
            name.split(separator: " ").contains { TextNormalizer.labelKey(String($0)).hasPrefix(head) }
        }
    }

    /// Whether a mention stands inside direct speech: after the colon that follows a speech verb ("… گفت: …",
    /// "… said: …").
    func isQuoted(_ mention: Mention, in s: SentenceAnalysis) -> Bool {
        guard let colon = s.tokens.indices.first(where: { s.tokens[$0].text == ":" }), colon < mention.tokens.lowerBound else {
            return false
        }
        return (max(0, colon - 3)..<colon).contains { s.match("speechVerb", at: $0) != nil }
    }

    private func hasWord(_ mention: Mention, _ word: String) -> Bool {
        mention.label.split(separator: " ").contains { TextNormalizer.labelKey(String($0)) == word }
    }

    /// An event people gather and speak at: one named with an @occasionWord ("آیین", "مراسم", "ceremony",
    /// "session"), or a part of a festival ("اختتامیه").
    /// The festival series in focus, standing for its prize while the article names none: "تندیس جشنواره",
    /// "جایزه بخش نستعلیق" in a report of the 11th calligraphy festival are the festival's own award (data/gold
    /// README: a festival without a named prize is the Award of its conferrals). Followed from a ceremony to the
    /// edition it is part of, and from an edition to its series; nil unless the series is a prize-giving event
    /// (@prizeGivingEvent: جشنواره, festival).
    func prizeGivingSeries(_ focus: Mention?) -> Mention? {
        var current = focus?.referent
        for _ in 0..<4 {
            guard let event = current, event.entityType?.isEvent == true else { return nil }
            let isFestival = event.label.split(separator: " ").contains {
                lexicon.contains("prizeGivingEvent", TextNormalizer.labelKey(String($0)))
            }
            if event.number != nil, let series = event.attached?.value.referent {
                if series.entityType == .award { return nil }
                current = series
                continue
            }
            if event.qualifier != nil || event.isAnaphoric {
                current = event.attached?.value.referent
                continue
            }
            return isFestival ? event : nil
        }
        return nil
    }

    func isOccasion(_ event: Mention) -> Bool {
        if event.qualifier != nil { return true }
        return event.label.split(separator: " ").contains { lexicon.contains("occasionWord", TextNormalizer.labelKey(String($0))) }
    }

    /// "شورا", "the council", "the ministry": the latest organization named with that word ("شورای اسلامی شهر
    /// اصفهان", "Tehran City Council").
    private func organizationReferent(_ reference: Mention, among organizations: [Mention]) -> Mention? {
        guard let word = reference.label.split(separator: " ").last.map({ TextNormalizer.labelKey(String($0)) }), !word.isEmpty else { return nil }
        return organizations.last { organization in
            let names = [organization.label] + (organization.known?.labels.map(\.text) ?? [])
            return names.contains { name in
                name.split(separator: " ").contains { TextNormalizer.labelKey(String($0)).hasPrefix(word) }
            }
        }
    }

    /// "Trade Promotion Organization of Iran (TPO)": an abbreviation in parentheses after an organization's name is
    /// that organization wherever else the article uses it.
    private func addAcronyms(_ sentences: inout [SentenceAnalysis]) {
        var acronyms: [String: Mention] = [:]
        for sentence in sentences {
            for mention in sentence.mentions where mention.entityType == .organization && !mention.isAnaphoric {
                let open = mention.tokens.upperBound
                guard open + 2 < sentence.tokens.count, sentence.tokens[open].text == "(", sentence.tokens[open + 2].text == ")",
                      sentence.tokens[open + 1].kind == .word, sentence.tokens[open + 1].text.count >= 2 else { continue }
                acronyms[sentence.tokens[open + 1].text] = acronyms[sentence.tokens[open + 1].text] ?? mention
            }
        }
        guard !acronyms.isEmpty else { return }
        for s in sentences.indices {
            var added: [Mention] = []
            for (index, token) in sentences[s].tokens.enumerated() where sentences[s].mention(at: index) == nil {
                guard let full = acronyms[token.text], full.span != token.span else { continue }
                var mention = Mention(kind: .entity(.organization), tokens: index..<(index + 1), span: token.span,
                                      surface: token.surface, label: token.surface, finder: "organization.acronym")
                mention.antecedent = Box(full)
                added.append(mention)
            }
            if !added.isEmpty {
                sentences[s].mentions = (sentences[s].mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
                // "the head of TPO": a title right before the abbreviation belongs to that organization.
                for acronym in added {
                    var before = acronym.tokens.lowerBound
                    while before > 0, ["of", "the"].contains(sentences[s].tokens[before - 1].text) { before -= 1 }
                    if let r = sentences[s].mentions.firstIndex(where: { $0.kind == .role && $0.tokens.upperBound == before }),
                       sentences[s].mentions[r].attached == nil {
                        sentences[s].mentions[r].attached = Box(acronym)
                    }
                }
            }
        }
    }

    /// "شهردار تهران", "Tehran Mayor": a mayor works for the city's municipality when the article names it
    /// ("شهرداری تهران", "Tehran Municipality", "Municipality of Tehran"); the role is attached to it rather than to
    /// the city. Roles that head a city this way are listed under @mayorRole in the lexicon.
    private func attachMunicipalities(_ sentences: inout [SentenceAnalysis]) {
        func labels(_ mention: Mention) -> [String] {
            [mention.label] + (mention.known?.labels.map(\.text) ?? [])
        }
        var organizations: [String: Mention] = [:]
        for sentence in sentences {
            for mention in sentence.mentions + sentence.nested where mention.entityType == .organization && !mention.isAnaphoric {
                for label in labels(mention) where organizations[TextNormalizer.labelKey(label)] == nil {
                    organizations[TextNormalizer.labelKey(label)] = mention.referent
                }
            }
        }
        guard !organizations.isEmpty else { return }
        for s in sentences.indices {
            for m in sentences[s].mentions.indices where sentences[s].mentions[m].kind == .role {
                let role = sentences[s].mentions[m]
                guard let written = role.attached?.value, written.antecedent == nil, let place = Optional(written),
                      place.entityType == .place else { continue }
                // Persian names the office after the title: شهردار → شهرداری, استاندار → استانداری, فرماندار → فرمانداری.
                let office = role.label + "ی"
                let isMayor = lexicon.contains("mayorRole", TextNormalizer.labelKey(role.label))
                var names: [String] = []
                for city in labels(place) {
                    names.append(office + " " + city)
                    if isMayor {
                        names += ["شهرداری " + city, city + " Municipality", "Municipality of " + city, city + " Metropolitan Municipality"]
                    }
                }
                let municipality = names.lazy.compactMap { organizations[TextNormalizer.labelKey($0)] }.first
                // The city stays where it is written (rules see "شهردار تهران" as one item); it stands for the municipality.
                if let municipality {
                    var city = written
                    city.antecedent = Box(municipality)
                    sentences[s].mentions[m].attached = Box(city)
                }
            }
        }
    }

    /// Resolves an award, observance or event nested in another mention, and notes it as the latest of its kind.
    private func resolveNested(_ mention: Mention, lastAward: inout Mention?, lastObservance: inout Mention?,
                               focusEvent: Mention?, namedEvents: [Mention]) -> Mention {
        var mention = mention
        if let inner = mention.attached?.value {
            mention.attached = Box(resolveNested(inner, lastAward: &lastAward, lastObservance: &lastObservance,
                                                 focusEvent: focusEvent, namedEvents: namedEvents))
        }
        switch mention.entityType {
        case .award?:
            if mention.isAnaphoric { if let lastAward { mention.antecedent = Box(lastAward) } } else { lastAward = mention }
        case .observance?:
            if mention.isAnaphoric { if let lastObservance { mention.antecedent = Box(lastObservance) } } else { lastObservance = mention }
        default:
            if mention.isAnaphoric, mention.entityType?.isEvent == true,
               // "Festival director X" while a ceremony is in focus: the festival named before, as for a bare "the festival".
               let target = eventReferent(mention, focus: focusEvent, named: namedEvents) { mention.antecedent = Box(target) }
        }
        return mention
    }

    /// Roles and events hold a copy of the mention they are attached to, taken before coreference; give them the
    /// resolved one, so "دبیر این جایزه" belongs to the award "این جایزه" refers to.
    private func refreshAttachments(_ sentence: inout SentenceAnalysis) {
        let bySpan = Dictionary(sentence.mentions.map { ($0.span, $0) }, uniquingKeysWith: { a, _ in a })
        for m in sentence.mentions.indices {
            guard let attached = sentence.mentions[m].attached?.value, attached.antecedent == nil,
                  let resolved = bySpan[attached.span], resolved.antecedent != nil else { continue }
            sentence.mentions[m].attached = Box(resolved)
        }
    }

    private func isPart(_ part: Mention, of whole: Mention) -> Bool {
        guard part.qualifier != nil, let edition = part.attached?.value, let number = whole.number else { return false }
        return edition.number == number && edition.attached?.value.known?.iri == whole.attached?.value.known?.iri
    }

    private func personKey(_ person: Mention) -> String { TextNormalizer.labelKey(person.referent.label) }

    private func roleKey(_ role: Mention) -> String {
        TextNormalizer.labelKey(role.label) + "|" + (role.attached.map { TextNormalizer.labelKey($0.value.label) } ?? "")
    }

    /// A person written right before or after a role, with at most a comma between: "محسن هاشمی، رئیس …",
    /// "Mayor Pirouz Hanachi", "Hashemi, chairman of …".
    private func adjacentPerson(to index: Int, in s: SentenceAnalysis) -> Mention? {
        let role = s.mentions[index]
        func gap(_ from: Int, _ to: Int) -> Bool {
            guard from <= to else { return false }
            return (from..<to).allSatisfy { [",", "،", "-", "the", "("].contains(s.tokens[$0].text) } && to - from <= 2
        }
        if index > 0 {
            let before = s.mentions[index - 1]
            if before.referent.entityType == .person || before.kind == .pronoun, gap(before.tokens.upperBound, role.tokens.lowerBound) {
                return before
            }
        }
        let roleEnd = max(role.tokens.upperBound, role.attached?.value.tokens.upperBound ?? 0)
        if let after = s.mentions.first(where: { $0.tokens.lowerBound >= roleEnd && $0.referent.entityType == .person }),
           gap(roleEnd, after.tokens.lowerBound) || titleRunsToComma(roleEnd, after, in: s) {
            return after
        }
        return nil
    }

    /// "سرمربی سپاهان، حمیدرضا ترکان، …", "دبیر جشنواره رازی، دکتر …", "وزیر بهداشت، درمان و آموزش پزشکی، دکتر …":
    /// a title opening a clause runs, with the words of the body it names, up to the comma before its holder's
    /// name. Only name words, "و" and commas may lie between (no verb, preposition or other person), at most six.
    private func titleRunsToComma(_ from: Int, _ person: Mention, in s: SentenceAnalysis) -> Bool {
        let to = person.tokens.lowerBound
        guard from < to, to - from <= 7, [",", "،"].contains(s.tokens[to - 1].text) else { return false }
        return (from..<(to - 1)).allSatisfy { index in
            let token = s.tokens[index]
            if [",", "،", "و", "and", "of", "the"].contains(token.text) { return true }
            if let mention = s.mention(at: index) { return mention.referent.entityType != .person && mention.kind != .pronoun }
            guard token.kind == .word else { return false }
            return ["stop", "speechVerb", "speakVerb", "pronoun"].allSatisfy { s.match($0, at: index) == nil }
        }
    }

    /// Whether an organization is an elected council or board ("شورای اسلامی شهر …", "City Council"), whose
    /// presiding board an election fills.
    private func isCouncil(_ organization: Mention) -> Bool {
        let label = organization.label.lowercased()
        return label.hasPrefix("شورای") || label.hasPrefix("شورا ") || label.contains("council")
    }

    private func possessivePronounBefore(_ role: Mention, in s: SentenceAnalysis) -> Bool {
        role.tokens.lowerBound > 0 && ["its", "their"].contains(s.tokens[role.tokens.lowerBound - 1].text)
    }

    private func followedBySpeech(_ index: Int, in s: SentenceAnalysis) -> Bool {
        let start = s.mentions[index].tokens.upperBound
        return (start..<s.tokens.count).contains { s.match("speechVerb", at: $0) != nil }
    }

    /// "جایزه جلال" after (or before) "جایزه ادبی جلال آل احمد", "the council" style short forms of a name: an unknown
    /// award, organization, place or observance whose words all occur, in order, in a longer name of the same type in
    /// the same article is that entity.
    private func linkShortForms(_ sentences: inout [SentenceAnalysis]) {
        // Events too: a headline's "آیین اختتامیه جشنواره خوارزمی" is the body's "آیین اختتامیه سی و دومین جشنواره …".
        let types: Set<EntityType> = [.award, .organization, .place, .observance, .event, .awardCeremony]
        var names: [(mention: Mention, words: [String])] = []
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                // The whole chain: a part's edition's series ("اختتامیه یازدهمین جشنواره …") is a name too.
                for candidate in Self.attachmentChain(of: mention) {
                    guard let type = candidate.entityType, types.contains(type), !candidate.isAnaphoric else { continue }
                    names.append((candidate, nameWords(candidate, in: sentences[s])))
                }
            }
        }
        // "وزیر آموزش و پرورش" names the ministry (وزارت …) from the title; "سازمان پژوهش … وزارت آموزش و پرورش" is a
        // body within it, not its full name. A name built from a title is a short form only of a name opening with the
        // same head word.
        func sameHead(_ mention: Mention, _ other: Mention) -> Bool {
            guard ["role.ministry", "role.office"].contains(mention.finder) else { return true }
            let head = { (label: String) in label.split(separator: " ").first.map { TextNormalizer.labelKey(String($0)) } }
            return head(mention.label) == head(other.label)
        }
        func longer(for mention: Mention, words: [String], editionsToo: Bool = true) -> Mention? {
            // A town named by its official's title ("شهردار ساوه") is the town, not a venue in it ("بوستان … ساوه").
            if mention.finder == "place.town-of-title" { return nil }
            return names.first { other in
                sameHead(mention, other.mention) && !differentBodies(words, other.words)
                    && (editionsToo || (other.mention.number == nil && other.mention.qualifier == nil)) &&
                (other.mention.entityType == mention.entityType
                    || (other.mention.entityType?.isEvent == true && mention.entityType?.isEvent == true))
                    && other.words.count > words.count
                    && other.mention.span != mention.span && isSubsequence(words, of: other.words)
                    // A festival's name is not a short form of one of its editions ("بیست و ششمین نمایشگاه …").
                    && other.mention.number == nil
                    // Nor of a part of an edition ("اختتامیه هجدهمین جشنواره ملی …"): the festival is the series. A
                    // name with the part's word ("اختتامیه جشنواره خوارزمی") is that part.
                    && !(other.mention.qualifier != nil && other.mention.attached?.value.number != nil
                         && !words.contains { lexicon.contains("eventPart", TextNormalizer.labelKey($0)) })
                    && (other.mention.known != nil || other.words.count > words.count)
            }?.mention
        }
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                if let type = mention.entityType, types.contains(type), mention.known == nil, !mention.isAnaphoric,
                   mention.number == nil, mention.qualifier == nil,
                   let full = longer(for: mention, words: nameWords(mention, in: sentences[s])) {
                    sentences[s].mentions[m].antecedent = Box(full)
                }
                if let attached = mention.attached?.value, let type = attached.entityType, types.contains(type),
                   attached.known == nil, !attached.isAnaphoric, attached.number == nil, attached.qualifier == nil,
                   // The festival an edition belongs to is never itself an edition of another.
                   let full = longer(for: attached, words: nameWords(attached, in: sentences[s]), editionsToo: false),
                   full.span != mention.span,
                   // "Hangzhou Asian Games" is the edition held in Hangzhou, not the series' full name.
                   !namesAHostPlace(full, beyond: sentences[s].tokens[attached.tokens].map(\.text), places: names) {
                    var linked = attached
                    linked.antecedent = Box(full)
                    sentences[s].mentions[m].attached = Box(linked)
                }
                // "آیین پایانی یازدهمین جشنواره …" in a headline: the series of the part's edition may be a short form too.
                if var edition = mention.attached?.value, edition.number != nil, let series = edition.attached?.value,
                   series.known == nil, !series.isAnaphoric, series.number == nil, series.qualifier == nil,
                   series.entityType?.isEvent == true,
                   let full = longer(for: series, words: sentences[s].tokens[series.tokens].map(\.text), editionsToo: false),
                   full.span != series.span, full.span != edition.span {
                    var linked = series
                    linked.antecedent = Box(full)
                    edition.attached = Box(linked)
                    sentences[s].mentions[m].attached = Box(edition)
                }
            }
        }
    }

    /// A mention and what it is attached to, all the way down (part → edition → series).
    static func attachmentChain(of mention: Mention) -> [Mention] {
        var chain = [mention]
        while chain.count < 4, let next = chain.last?.attached?.value { chain.append(next) }
        return chain
    }

    /// Whether two words are one word but for a plural ending: "کتاب" in a headline, "کتاب‌های" in the body.
    static func sameWordButPlural(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count >= 3 && long.hasPrefix(short) && ["ها", "های", "s"].contains(String(long.dropFirst(short.count)))
    }

    /// The words a name is compared by. An award's are its words without quote marks and without a leading trophy
    /// word: the headline's "تندیس «معلم الهام‌بخش»" is the trophy of the body's "جایزه ملی معلم الهام‌بخش", so its
    /// short form (two words or more stay after the trophy word).
    private func nameWords(_ mention: Mention, in s: SentenceAnalysis) -> [String] {
        let tokens = s.tokens[mention.tokens]
        guard mention.entityType == .award else { return tokens.map(\.text) }
        var words = tokens.filter { $0.kind == .word }.map(\.text)
        if let trophy = s.match("trophyWord", at: mention.tokens.lowerBound), trophy < words.count,
           words.count - trophy >= 2, s.tokens[mention.tokens.lowerBound..<(mention.tokens.lowerBound + trophy)].allSatisfy({ $0.kind == .word }) {
            words.removeFirst(trophy)
        }
        return words
    }

    /// "دانشگاه گیلان" is not short for "هیئت علمی دانشگاه گیلان" (a body within it): two Persian names opening with
    /// different organization head words name two bodies.
    private func differentBodies(_ short: [String], _ long: [String]) -> Bool {
        guard let a = short.first, let b = long.first, a != b, !a.unicodeScalars.first!.isASCII,
              lexicon.contains("orgHead", a), lexicon.contains("orgHead", b) else { return false }
        return true
    }

    private func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var index = long.startIndex
        for word in short {
            guard let found = long[index...].firstIndex(where: { Self.sameWordButPlural($0, word) }) else { return false }
            index = long.index(after: found)
        }
        return true
    }

    /// "باربد زرین" after "تندیس باربد زرین": the name of an award written without its award word, two words or
    /// more, is that award wherever else the article writes it and nothing else was found there.
    private func addAwardShortNames(_ sentences: inout [SentenceAnalysis]) {
        var names: [(words: [String], mention: Mention)] = []
        for s in sentences.indices {
            // The award may be inside a ceremony's name: "مراسم اهدای تندیس ققنوس سپید".
            let candidates = sentences[s].mentions.flatMap { [$0] + ($0.attached.map { [$0.value] } ?? []) }
            for mention in candidates where mention.entityType == .award && !mention.isAnaphoric
                && mention.finder == "head.award" {
                guard let head = sentences[s].match("awardHead", at: mention.tokens.lowerBound) else { continue }
                let words = sentences[s].tokens[(mention.tokens.lowerBound + head)..<mention.tokens.upperBound]
                    .filter { $0.kind == .word }.map(\.text)
                if words.count >= 2, !names.contains(where: { $0.words == words }) { names.append((words, mention)) }
            }
        }
        guard !names.isEmpty else { return }
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            var added: [Mention] = []
            for index in tokens.indices where sentences[s].mention(at: index) == nil {
                for name in names where index + name.words.count <= tokens.count {
                    let range = index..<(index + name.words.count)
                    guard tokens[range].map(\.text) == name.words,
                          range.allSatisfy({ sentences[s].mention(at: $0) == nil }),
                          !added.contains(where: { $0.tokens.overlaps(range) }) else { continue }
                    let span = tokens[range.lowerBound].span.union(tokens[range.upperBound - 1].span)
                    let surface = tokens[range].map(\.surface).joined(separator: " ")
                    var mention = Mention(kind: .entity(.award), tokens: range, span: span,
                                          surface: surface, label: surface, finder: "award.short-name")
                    mention.antecedent = Box(name.mention)
                    added.append(mention)
                }
            }
            guard !added.isEmpty else { continue }
            sentences[s].mentions = (sentences[s].mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// Surnames standing alone ("هاشمی", "Hashemi") become person mentions referring to the full name: the nearest
    /// before them, or the first after them (a headline may use the surname before the body names the person).
    private func addShortNames(_ sentences: inout [SentenceAnalysis]) {
        var fullNames: [(sentence: Int, mention: Mention, surname: String)] = []
        for s in sentences.indices {
            for mention in sentences[s].mentions where mention.entityType == .person && mention.tokens.count >= 2 {
                guard let last = sentences[s].tokens[mention.tokens].last, last.kind == .word else { continue }
                fullNames.append((s, mention, last.text))
            }
        }
        guard !fullNames.isEmpty else { return }
        let surnames = Set(fullNames.map(\.surname))
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            var added: [Mention] = []
            for index in tokens.indices where sentences[s].mention(at: index) == nil {
                var key = tokens[index].text
                if key.hasSuffix("'s") { key = String(key.dropLast(2)) }
                guard surnames.contains(key), tokens[index].kind == .word,
                      !finder.isLatin(tokens[index]) || finder.isCapitalized(tokens[index]) else { continue }
                let before = fullNames.last { $0.surname == key && ($0.sentence < s || ($0.sentence == s && $0.mention.tokens.upperBound <= index)) }
                guard let antecedent = (before ?? fullNames.first { $0.surname == key })?.mention else { continue }
                // "قلی زاده", "آل احمد": a surname of two words is taken whole when the full name ends in both.
                var start = index
                let words = antecedent.label.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }
                if words.count >= 3, index > 0, sentences[s].mention(at: index - 1) == nil,
                   !added.contains(where: { $0.tokens.contains(index - 1) }),
                   TextNormalizer.labelKey(tokens[index - 1].text) == words[words.count - 2] {
                    start = index - 1
                }
                let span = tokens[start].span.union(tokens[index].span)
                let surface = tokens[start...index].map(\.surface).joined(separator: " ")
                var mention = Mention(kind: .entity(.person), tokens: start..<(index + 1), span: span,
                                      surface: surface, label: surface, finder: "person.short-name")
                mention.antecedent = Box(antecedent)
                added.append(mention)
            }
            // Single-word names after a title ("آقای هاشمی") refer to the full name too.
            for m in sentences[s].mentions.indices where sentences[s].mentions[m].entityType == .person
                && sentences[s].mentions[m].antecedent == nil {
                let label = TextNormalizer.labelKey(sentences[s].mentions[m].label)
                if let full = fullNames.first(where: { $0.surname == label && $0.mention != sentences[s].mentions[m] }) {
                    sentences[s].mentions[m].antecedent = Box(full.mention)
                }
            }
            sentences[s].mentions = (sentences[s].mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    // MARK: - Pronoun gender

    /// The person an English gendered pronoun refers to: the most recently named one whose given name does not
    /// contradict it ("She" skips a man named last, "he" a woman). Nil when the pronoun carries no gender (وی, او)
    /// or no recent person's given name tells, so the caller falls back to the last person.
    func pronounReferent(_ pronoun: Mention, recent: [Mention]) -> Mention? {
        let word = TextNormalizer.labelKey(pronoun.surface)
        let wantsFemale: Bool
        switch word {
        case "she", "her", "hers", "herself": wantsFemale = true
        case "he", "him", "his", "himself": wantsFemale = false
        default: return nil
        }
        return recent.reversed().first { person in
            guard let female = isFemale(person) else { return true }
            return female == wantsFemale
        }
    }

    /// Whether a person's name starts with a given name from the lexicon's female or male list; nil when it
    /// starts with neither (an unknown or ambiguous name never rules a pronoun out).
    func isFemale(_ person: Mention) -> Bool? {
        // A title tells first: "Ms. Golrokh Tabesh", "Mr. Darius Rahimi", "خانم …" (@femaleTitle, @maleTitle).
        for word in (person.surface + " " + person.label).split(separator: " ").prefix(1) {
            let key = TextNormalizer.labelKey(String(word))
            if lexicon.contains("femaleTitle", key) { return true }
            if lexicon.contains("maleTitle", key) { return false }
        }
        for word in person.label.split(separator: " ").prefix(2) {
            let key = TextNormalizer.labelKey(String(word))
            if lexicon.contains("femaleGivenName", key) { return true }
            if lexicon.contains("givenName", key) { return false }
        }
        return nil
    }

    private func remember(_ person: Mention, in recent: inout [Mention]) {
        recent.removeAll { $0.label == person.label }
        recent.append(person)
        if recent.count > 6 { recent.removeFirst() }
    }
}
