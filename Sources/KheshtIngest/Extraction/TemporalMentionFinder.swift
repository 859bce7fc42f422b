import KheshtGraph
import KheshtText

/// Dates of a sentence as mentions for the rules: KheshtText's scanner finds and resolves them (relative ones
/// against the publication time); ranges ("از ۱۰ تا ۲۰ بهمن ۱۳۹۸", "from 1 to 11 February", `DateRangeScanner`)
/// become one mention with a start and an end, and an end written alone ("تا یکم آبان") a mention with only an end.
enum TemporalMentionFinder {
    static func dates(in sentence: SentenceAnalysis, text: NormalizedText, reference: ReferenceTime?) -> [Mention] {
        let tokens = sentence.tokens
        guard !tokens.isEmpty else { return [] }
        let ranges = DateRangeScanner.scan(text, tokens: tokens, reference: reference)
        let cues = tokens.indices.filter { futureCues.contains(tokens[$0].text) }
        var mentions: [Mention] = []
        for found in ranges {
            guard var range = DateRangeScanner.tokenRange(of: found.span, in: tokens),
                  !isPartOfName(found, at: range.lowerBound, in: tokens) else { continue }
            var span = found.span
            var surface = found.surface
            // "since 1970", "in 2013": the keyword stays a word of its own, so rules can ask for "since {d:Year}".
            if range.count > 1, leadingKeywords.contains(tokens[range.lowerBound].text) {
                range = (range.lowerBound + 1)..<range.upperBound
                span = TextSpan(start: tokens[range.lowerBound].span.start, end: found.span.end)
                surface = text.originalText(of: span)
            }
            var finder = found.end == nil ? "date.\(found.kind.rawValue)" : "date.range"
            // "founded in 1946", "در سال ۱۳۷۶ تأسیس شد": when a series or body began, not when this event was held.
            if isFounding(before: range.lowerBound, after: range.upperBound, in: tokens) { finder = "date.founding" }
            var mention = Mention(kind: .date, tokens: range, span: span, surface: surface,
                                  label: surface, finder: finder)
            let words = tokens[range]
            let future = isFuture(range, cues: cues, in: tokens)
            mention.dateStart = found.start.map {
                DateValue(forward($0, kind: found.kind, in: words, when: future, reference: reference))
            }
            mention.dateEnd = found.end.map {
                DateValue(forward($0, kind: found.kind, in: words, when: future, reference: reference))
            }
            mentions.append(mention)
        }
        return droppingRestatedDays(mentions, in: tokens)
    }

    /// "از فردا، یکم فروردین ۱۴۰۴، تا ۱۳ فروردین", "on Saturday, February 22 to 23", "دیروز (شنبه)": a day written
    /// twice in apposition is one date. The explicit form (a range, else the later, fuller one) stays, so the
    /// first date a rule meets is not the bare day word that hides the range's end.
    static func droppingRestatedDays(_ mentions: [Mention], in tokens: [Token]) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        let sorted = mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var dropped = Set<Int>()
        for index in sorted.indices.dropLast() {
            let first = sorted[index], second = sorted[index + 1]
            guard let day = first.dateStart?.gregorian, day == second.dateStart?.gregorian, first.dateEnd == nil,
                  first.tokens.upperBound <= second.tokens.lowerBound,
                  (first.tokens.upperBound..<second.tokens.lowerBound).allSatisfy({ [",", "،", "(", "-"].contains(tokens[$0].text) }),
                  second.dateEnd != nil else { continue }
            dropped.insert(index)
        }
        return sorted.indices.filter { !dropped.contains($0) }.map { sorted[$0] }
    }

    /// English keywords the scanner reads as part of a year ("since 1970").
    static let leadingKeywords: Set<String> = ["in", "since", "until"]

    /// A bare year right after a capitalized name is part of the name: "Iran Expo 2024", "(ICBME 2023)".
    private static func isPartOfName(_ found: DateRange, at index: Int, in tokens: [Token]) -> Bool {
        guard found.end == nil, let value = found.start, value.precision == .year, found.confidence <= 0.5,
              index > 0, tokens[index - 1].kind == .word,
              let first = tokens[index - 1].surface.unicodeScalars.first else { return false }
        return ("A"..."Z").contains(first)
    }

    static let foundingWords: Set<String> = Set(["founded", "established", "تاسیس", "تأسیس", "بنیانگذاری"]
        .map(TextNormalizer.labelKey))
    static let yearWords: Set<String> = ["in", "در", "سال", "the", "year"]

    /// True when a founding word comes right before the date ("founded in") or right after it ("۱۳۷۶ تأسیس شد").
    private static func isFounding(before start: Int, after end: Int, in tokens: [Token]) -> Bool {
        var index = start - 1
        while index >= 0, yearWords.contains(tokens[index].text) { index -= 1 }
        if index >= 0, foundingWords.contains(tokens[index].text) { return true }
        return end < tokens.count && foundingWords.contains(tokens[end].text)
    }

    /// Words that put a sentence in the future: "scheduled for Saturday", "روز شنبه برگزار خواهد شد".
    static let futureCues: Set<String> = ["will", "scheduled", "upcoming", "next", "خواهد", "خواهند", "آینده", "قراراست", "قرار"]

    /// English verbs of an event that has begun or ended (qa-en): "opened on Wednesday and will run until …".
    static let pastEventVerbs: Set<String> = ["opened", "began", "started", "kicked", "closed", "ended", "wrapped",
                                              "concluded", "was", "were"]

    /// English words that end a clause: a tense written in one clause does not reach a date in another.
    static let clauseBoundaries: Set<String> = [",", ";", "and", "but", "while", "which", "whereas"]

    /// Whether a date is in the future: by the clause it stands in when that clause has a future cue or a past
    /// English verb of the event — "The exhibition opened on Wednesday and will run until November 14" (Wednesday
    /// is past), "The expo, which will close on Friday, opened on Monday" (Friday is future, Monday past) — else by
    /// the whole sentence (Persian sentences, "will be held on Saturday and Sunday").
    private static func isFuture(_ date: Range<Int>, cues: [Int], in tokens: [Token]) -> Bool {
        var start = date.lowerBound
        while start > 0, !clauseBoundaries.contains(tokens[start - 1].text) { start -= 1 }
        var end = date.upperBound
        while end < tokens.count, !clauseBoundaries.contains(tokens[end].text) { end += 1 }
        let clause = start..<end
        if cues.contains(where: { clause.contains($0) }) { return true }
        if clause.contains(where: { pastEventVerbs.contains(tokens[$0].text) }) { return false }
        return !cues.isEmpty
    }

    /// The scanner reads a bare weekday as the last such day on or before publication, as news reports the past;
    /// in a sentence about the future ("scheduled for Saturday") it is the next one.
    private static func forward(_ value: PartialDate, kind: TemporalExpression.Kind, in words: ArraySlice<Token>,
                                when future: Bool, reference: ReferenceTime?) -> PartialDate {
        guard future, kind == .relative, let reference, let day = value.gregorianDate, day < reference.date,
              words.contains(where: { Weekday.named($0.text) != nil }),
              !words.contains(where: { ["last", "past", "گذشته", "پیش"].contains($0.text) }) else { return value }
        var next = day
        while next < reference.date { next = next.adding(days: 7) }
        return PartialDate(day: next, calendar: value.calendar, partOfDay: value.partOfDay)
    }
}

extension DateValue {
    init(_ value: PartialDate) {
        self.init(gregorian: value.xsdLexical, datatype: Namespace.xsd[value.xsdDatatype], jalali: value.jalali)
        self.partial = value
    }
}

