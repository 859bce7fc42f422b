import KheshtText

/// Links references to what they refer to, across the sentences of one article: pronouns ("وی", "او", "he") to the
/// last person; short names ("هاشمی", "Hashemi") to the full name; "این مراسم" / "the ceremony" to the event in focus;
/// a role standing alone as a subject ("رئیس شورای شهر تهران … گفت") to its holder.
struct CoreferenceResolver {
    let lexicon: Lexicon
    let finder: MentionFinder

    func resolve(_ sentences: inout [SentenceAnalysis]) {
        addShortNames(&sentences)
        var lastPerson: Mention?
        var focusEvent: Mention?
        var holders: [String: Mention] = [:]
        for s in sentences.indices {
            sentences[s].focusPerson = lastPerson
            let firstEvent = sentences[s].mentions.first { $0.entityType?.isEvent == true && !$0.isAnaphoric }
            if let firstEvent { focusEvent = firstEvent }
            sentences[s].focusEvent = focusEvent
            let mentions = sentences[s].mentions
            for m in mentions.indices {
                var mention = mentions[m]
                switch mention.kind {
                case .pronoun:
                    if let lastPerson { mention.antecedent = Box(lastPerson) }
                case .entity(.person):
                    if mention.antecedent == nil { lastPerson = mention }
                case .entity(let type) where type.isEvent && mention.isAnaphoric:
                    if let focusEvent { mention.antecedent = Box(focusEvent) }
                case .role:
                    let key = roleKey(mention)
                    if let holder = adjacentPerson(to: m, in: sentences[s]) {
                        holders[key] = holder.referent
                    } else if let holder = holders[key] ?? lastPerson,
                              m == 0 || mention.tokens.lowerBound <= 1 || followedBySpeech(m, in: sentences[s]) {
                        mention.antecedent = Box(holder)
                    }
                default:
                    break
                }
                sentences[s].mentions[m] = mention
                if case .pronoun = mention.kind, let antecedent = mention.antecedent { lastPerson = antecedent.value }
            }
        }
    }

    private func roleKey(_ role: Mention) -> String {
        TextNormalizer.labelKey(role.label) + "|" + (role.attached.map { TextNormalizer.labelKey($0.value.label) } ?? "")
    }

    /// A person written right before or after a role, with at most a comma between: "محسن هاشمی، رئیس …",
    /// "Mayor Pirouz Hanachi", "Hashemi, chairman of …".
    private func adjacentPerson(to index: Int, in s: SentenceAnalysis) -> Mention? {
        let role = s.mentions[index]
        func gap(_ from: Int, _ to: Int) -> Bool {
            guard from <= to else { return false }
            return (from..<to).allSatisfy { [",", "،", "-", "the"].contains(s.tokens[$0].text) } && to - from <= 1
        }
        if index > 0 {
            let before = s.mentions[index - 1]
            if before.referent.entityType == .person || before.kind == .pronoun, gap(before.tokens.upperBound, role.tokens.lowerBound) {
                return before
            }
        }
        let roleEnd = role.attached?.value.tokens.upperBound ?? role.tokens.upperBound
        if let after = s.mentions.first(where: { $0.tokens.lowerBound >= roleEnd }),
           after.referent.entityType == .person, gap(roleEnd, after.tokens.lowerBound) {
            return after
        }
        return nil
    }

    private func followedBySpeech(_ index: Int, in s: SentenceAnalysis) -> Bool {
        let start = s.mentions[index].tokens.upperBound
        return (start..<s.tokens.count).contains { s.match(lexicon, "speechVerb", at: $0) != nil }
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
                var mention = Mention(kind: .entity(.person), tokens: index..<(index + 1), span: tokens[index].span,
                                      surface: tokens[index].surface, label: tokens[index].surface, finder: "person.short-name")
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
}
