import KheshtText

/// Whether the text places a speaker at the event in focus (data/gold/README.md decision 6).
///
/// In a report of a ceremony, "X گفت …" alone does not say X spoke there: news quotes people who talked to the outlet,
/// issued a statement or spoke somewhere else the week before. A speaker is inferred for the occasion in focus only
/// when the sentence, or the first sentence of its paragraph, says the words were said at an event: "در این مراسم",
/// "در سخنانی", "speaking at", "addressing", "told the ceremony", "on stage", a message read there (@speechPlaceCue),
/// or "در|at|during" right before a named event ("… در آیین اختتامیه گفت").
extension Extractor {
    /// Sets `speechPlaced` on every sentence that holds a placing cue or whose paragraph's first sentence does.
    /// Paragraphs are the runs of sentences with no line break between them in `text` (the article's `fullText`,
    /// which sentence spans index by Unicode scalar).
    static func markPlacedSpeech(_ sentences: inout [SentenceAnalysis], text: String) {
        let scalars = Array(text.unicodeScalars)
        func breaksParagraph(from end: Int, to start: Int) -> Bool {
            let low = max(0, min(end, scalars.count)), high = max(low, min(start, scalars.count))
            return scalars[low..<high].contains { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }
        }
        var paragraphPlaced = false
        for s in sentences.indices {
            let placed = placesSpeech(sentences[s])
            if s == 0 || breaksParagraph(from: sentences[s - 1].sentence.span.end, to: sentences[s].sentence.span.start) {
                paragraphPlaced = placed
            }
            sentences[s].speechPlaced = placed || paragraphPlaced
        }
    }

    /// Whether one sentence says words were said at an event: an entry of @speechPlaceCue, or "در"/"at"/"during"
    /// right before an event mention.
    static func placesSpeech(_ sentence: SentenceAnalysis) -> Bool {
        if sentence.listsPresent.contains("speechPlaceCue") { return true }
        for mention in sentence.mentions where mention.referentEntityType?.isEvent == true && mention.tokens.lowerBound > 0 {
            var before = mention.tokens.lowerBound - 1
            if before > 0, sentence.tokens[before].text == "the" { before -= 1 }
            // "در پایان این همایش", "در ابتدای مراسم": a point of the event's programme.
            if before > 0, ["ابتدای", "پایان", "آغاز", "ادامه", "جریان"].contains(TextNormalizer.labelKey(sentence.tokens[before].text)) {
                before -= 1
            }
            if ["در", "at", "during"].contains(TextNormalizer.labelKey(sentence.tokens[before].text)) { return true }
        }
        return continuesSpeakers(sentence)
    }

    /// "X، رئیس انجمن …، نیز گفت", "X هم … گفت", "X also said", "X also spoke": a speaker added to the ones the report of the event has quoted — "نیز"/
    /// "هم"/"also" after a person and before the first speech verb of the sentence.
    static func continuesSpeakers(_ sentence: SentenceAnalysis) -> Bool {
        guard let person = sentence.mentions.first(where: { $0.referentEntityType == .person || $0.kind == .pronoun }),
              let verb = (person.tokens.upperBound..<sentence.tokens.count).first(where: {
                  sentence.match("speechVerb", at: $0) != nil || sentence.match("speakVerb", at: $0) != nil })
        else { return false }
        return (person.tokens.upperBound..<verb).contains { ["نیز", "هم", "also"].contains(TextNormalizer.labelKey(sentence.tokens[$0].text)) }
    }

    /// Whether a speaker fact of `rule` names the event in focus rather than one captured in the sentence.
    static func speakerAtFocus(_ rule: Rule) -> Bool {
        guard rule.output.kind == .speaker, let source = rule.output.arguments["event"] else { return false }
        switch source {
        case .focusEvent, .focusOccasion: return true
        default: return false
        }
    }
}
