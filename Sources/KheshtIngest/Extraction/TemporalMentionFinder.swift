import KheshtGraph
import KheshtText

/// Dates of a sentence as mentions for the rules: KheshtText's scanner finds and resolves them (relative ones
/// against the publication time); ranges ("از ۱۰ تا ۲۰ بهمن ۱۳۹۸", "from 1 to 11 February") become one mention
/// with a start and an end.
enum TemporalMentionFinder {
    static func dates(in sentence: SentenceAnalysis, text: NormalizedText, reference: ReferenceTime?) -> [Mention] {
        let tokens = sentence.tokens
        guard !tokens.isEmpty else { return [] }
        let expressions = DateExpressionScanner.scan(text, tokens: tokens, reference: reference)
        let future = tokens.contains { futureCues.contains($0.text) }
        var mentions: [Mention] = []
        for expression in expressions {
            guard let range = tokenRange(of: expression.span, in: tokens) else { continue }
            var mention = Mention(kind: .date, tokens: range, span: expression.span, surface: expression.surface,
                                  label: expression.surface, finder: "date.\(expression.kind.rawValue)")
            mention.dateStart = DateValue(forward(expression, in: tokens[range], when: future, reference: reference))
            mentions.append(mention)
        }
        return mergeRanges(mentions, tokens: tokens, text: text)
    }

    /// Words that put a sentence in the future: "scheduled for Saturday", "روز شنبه برگزار خواهد شد".
    static let futureCues: Set<String> = ["will", "scheduled", "upcoming", "next", "خواهد", "خواهند", "آینده", "قراراست", "قرار"]

    /// The scanner reads a bare weekday as the last such day on or before publication, as news reports the past;
    /// in a sentence about the future ("scheduled for Saturday") it is the next one.
    private static func forward(_ expression: TemporalExpression, in words: ArraySlice<Token>, when future: Bool,
                                reference: ReferenceTime?) -> PartialDate {
        let value = expression.value
        guard future, expression.kind == .relative, let reference, let day = value.gregorianDate, day < reference.date,
              words.contains(where: { Weekday.named($0.text) != nil }),
              !words.contains(where: { ["last", "past", "گذشته", "پیش"].contains($0.text) }) else { return value }
        var next = day
        while next < reference.date { next = next.adding(days: 7) }
        return PartialDate(day: next, calendar: value.calendar, partOfDay: value.partOfDay)
    }

    private static func tokenRange(of span: TextSpan, in tokens: [Token]) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.span.end > span.start }),
              let last = tokens.lastIndex(where: { $0.span.start < span.end }), first <= last else { return nil }
        return first..<(last + 1)
    }

    /// "X تا Y", "from X to Y", "X - Y", and "۱۰ تا ۲۰ بهمن ۱۳۹۸" where X is only a day of Y's month.
    private static func mergeRanges(_ mentions: [Mention], tokens: [Token], text: NormalizedText) -> [Mention] {
        let joiners: Set<String> = ["تا", "to", "until", "till", "-", "–", "through"]
        var result: [Mention] = []
        var index = 0
        while index < mentions.count {
            var current = mentions[index]
            let joinerIndex = current.tokens.upperBound
            if index + 1 < mentions.count, joinerIndex < tokens.count, joiners.contains(tokens[joinerIndex].text),
               mentions[index + 1].tokens.lowerBound == joinerIndex + 1 {
                let end = mentions[index + 1]
                current = range(from: current, to: end, tokens: tokens, text: text)
                index += 2
            } else if let ranged = dayBefore(current, tokens: tokens) {
                // A bare day before "تا": the month and year are the end date's.
                current = ranged
                index += 1
            } else {
                index += 1
            }
            result.append(current)
        }
        return result
    }

    private static func range(from start: Mention, to end: Mention, tokens: [Token], text: NormalizedText) -> Mention {
        let tokenRange = start.tokens.lowerBound..<end.tokens.upperBound
        let span = start.span.union(end.span)
        var mention = Mention(kind: .date, tokens: tokenRange, span: span, surface: text.originalText(of: span),
                              label: text.originalText(of: span), finder: "date.range")
        mention.dateStart = start.dateStart
        mention.dateEnd = end.dateStart
        return mention
    }

    /// "۱۰ تا ۲۰ بهمن ۱۳۹۸": the mention for "۱۰ تا ۲۰ بهمن ۱۳۹۸" with a start on the 10th, when `end` is a day.
    private static func dayBefore(_ end: Mention, tokens: [Token]) -> Mention? {
        let joiner = end.tokens.lowerBound - 1
        let dayIndex = joiner - 1
        guard dayIndex >= 0, ["تا", "to", "-", "–"].contains(tokens[joiner].text),
              let day = tokens[dayIndex].integerValue, (1...31).contains(day),
              let value = end.dateStart?.partial, value.precision == .day || value.precision == .dateTime,
              let startValue = PartialDate(calendar: value.calendar, year: value.year, month: value.month, day: day),
              startValue.firstDay <= value.firstDay else { return nil }
        var mention = Mention(kind: .date, tokens: dayIndex..<end.tokens.upperBound,
                              span: tokens[dayIndex].span.union(end.span), surface: end.surface, label: end.surface,
                              finder: "date.range")
        mention.dateStart = DateValue(startValue)
        mention.dateEnd = end.dateStart
        return mention
    }
}

extension DateValue {
    init(_ value: PartialDate) {
        self.init(gregorian: value.xsdLexical, datatype: Namespace.xsd[value.xsdDatatype], jalali: value.jalali)
        self.partial = value
    }
}

