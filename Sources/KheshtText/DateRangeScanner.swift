/// Reads the date expressions of a text as event times: single dates, ranges and open ends.
///
/// `DateExpressionScanner` finds each date on its own; events are often given a span written with the shared
/// parts once, which this type puts together:
/// - two dates joined by "تا", "الی", "لغایت", "to", "until", "through", "-", or by "و"/"and" after "بین"/"between":
///   "از ۲۸ دی تا ۴ بهمن ۱۴۰۲", "from April 28 to May 1", "between 3 and 5 May 2024". A start written without its
///   year takes the end's year (the year before when that would put it after the end);
/// - a bare day before a day and month: "۱۰ الی ۱۵ آبان ۱۴۰۲", "۱۳ تا ۱۸ آذر" (also without a year);
/// - a month, a day and a bare day after it: "August 2 to 12", "November 29-30, 2023";
/// - "until the end of" a month: "تا پایان آذر ۱۴۰۲" ends on the month's last day;
/// - an end with no start ("تا یکم آبان ادامه دارد", "runs until May 1"): the end of the nearest single day
///   before it in the same clause ("امروز آغاز شد و تا یکم آبان ادامه دارد"), or an open range when there is none.
public enum DateRangeScanner {
    public static func scan(_ text: String, reference: ReferenceTime? = nil) -> [DateRange] {
        let normalized = NormalizedText(text)
        return scan(normalized, tokens: Tokenizer.tokenize(normalized), reference: reference)
    }

    public static func scan(_ normalized: NormalizedText, tokens: [Token], reference: ReferenceTime? = nil) -> [DateRange] {
        combine(DateExpressionScanner.scan(normalized, tokens: tokens, reference: reference),
                normalized: normalized, tokens: tokens)
    }

    /// Ranges over already scanned `expressions` of `tokens`.
    public static func combine(_ expressions: [TemporalExpression], normalized: NormalizedText,
                               tokens: [Token]) -> [DateRange] {
        let items = expressions.compactMap { expression -> Item? in
            // "2,000 saplings": a count with a thousands separator is no year.
            if expression.value.precision == .year, expression.surface.contains(where: { $0 == "," || $0 == "٬" }) {
                return nil
            }
            return tokenRange(of: expression.span, in: tokens).map { Item(expression: expression, tokens: $0) }
        }
        var builder = Builder(tokens: tokens, normalized: normalized, items: items)
        return builder.run()
    }

    /// Joins a start and an end.
    static let joiners: Set<String> = ["تا", "الی", "لغایت", "to", "until", "till", "through", "thru", "-", "–", "—"]
    /// Joins them only after "بین"/"between".
    static let pairJoiners: Set<String> = ["و", "and"]
    static let between: Set<String> = ["بین", "between", "میان"]
    /// Words before a date that make it an end ("تا یکم آبان", "until May 1").
    static let endCues: Set<String> = ["تا", "الی", "لغایت", "until", "till", "through"]
    /// "تا پایان آذر", "until the end of May".
    static let endOf: Set<String> = ["پایان", "آخر", "اواخر", "end"]
    static let filler: Set<String> = ["the", "of", "ماه"]
    /// Where a clause ends: a start before it does not pair with an end after it.
    static let clauseBreaks: Set<String> = [":", ".", "؛", ";", "!", "?", "؟", "«", "»", "\""]

    struct Item {
        var expression: TemporalExpression
        var tokens: Range<Int>
    }

    /// The tokens a span covers.
    public static func tokenRange(of span: TextSpan, in tokens: [Token]) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.span.end > span.start }),
              let last = tokens.lastIndex(where: { $0.span.start < span.end }), first <= last else { return nil }
        return first..<(last + 1)
    }

    struct Builder {
        let tokens: [Token]
        let normalized: NormalizedText
        let items: [Item]
        /// Output so far, with the token range each covers.
        var result: [(range: DateRange, tokens: Range<Int>)] = []

        init(tokens: [Token], normalized: NormalizedText, items: [Item]) {
            self.tokens = tokens
            self.normalized = normalized
            self.items = items
        }

        func text(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].text : nil }

        func dayNumber(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].digitCount <= 2,
                  let value = tokens[index].integerValue, (1...31).contains(value) else { return nil }
            return value
        }

        func isMonthName(_ index: Int) -> Bool {
            guard let word = text(index), tokens[index].kind == .word else { return false }
            return JalaliCalendar.month(named: word) != nil || GregorianMonthNames.month(named: word) != nil
        }

        func surface(_ tokens: Range<Int>) -> (String, TextSpan) {
            let span = self.tokens[tokens.lowerBound].span.union(self.tokens[tokens.upperBound - 1].span)
            return (normalized.originalText(of: span), span)
        }

        /// True when the expression is a day and month written without a year ("۲۸ دی", "April 28").
        func isYearless(_ item: Item) -> Bool {
            item.expression.kind == .relative && item.expression.value.precision == .day
                && item.tokens.contains(where: isMonthName)
        }

        /// The token after a joiner between two dates at `index`, or nil when `index` is no joiner.
        func afterJoiner(_ index: Int, startToken: Int) -> Int? {
            guard let word = text(index) else { return nil }
            if DateRangeScanner.joiners.contains(word) { return index + 1 }
            if DateRangeScanner.pairJoiners.contains(word),
               (1...2).contains(where: { text(startToken - $0).map(DateRangeScanner.between.contains) ?? false }) {
                return index + 1
            }
            return nil
        }

        /// Skips "پایان"/"the end of" after a joiner; tells whether it was there.
        func skipEndOf(_ start: Int) -> (index: Int, endOf: Bool) {
            var index = start
            while let word = text(index), word == "the" { index += 1 }
            guard let word = text(index), DateRangeScanner.endOf.contains(word) else { return (start, false) }
            index += 1
            while let word = text(index), DateRangeScanner.filler.contains(word) { index += 1 }
            return (index, true)
        }

        /// The last day of a month value ("پایان آذر ۱۴۰۲"); a day or a year stays as it is.
        func lastDayIfMonth(_ value: PartialDate) -> PartialDate {
            guard value.precision == .yearMonth else { return value }
            return PartialDate(day: value.lastDay, calendar: value.calendar)
        }

        /// `value`'s month and day in the year that puts it on or before `end`.
        func placed(_ value: PartialDate, before end: PartialDate) -> PartialDate? {
            guard let month = value.month, let day = value.day else { return nil }
            let endYear = value.calendar == .jalali ? JalaliDate(end.lastDay).year : end.lastDay.year
            for year in [endYear, endYear - 1] {
                if let candidate = PartialDate(calendar: value.calendar, year: year, month: month, day: day,
                                               partOfDay: value.partOfDay),
                   candidate.firstDay <= end.lastDay { return candidate }
            }
            return nil
        }

        func range(_ start: PartialDate?, _ end: PartialDate?, kind: TemporalExpression.Kind, tokens: Range<Int>,
                   confidence: Double) -> (range: DateRange, tokens: Range<Int>) {
            let (text, span) = surface(tokens)
            return (DateRange(start: start, end: end, kind: kind, surface: text, span: span, confidence: confidence),
                    tokens)
        }

        mutating func run() -> [DateRange] {
            var index = 0
            while index < items.count {
                let item = items[index]
                if let (made, used) = joined(index) {
                    result.append(made)
                    index += used
                } else if let made = monthDayThenDay(item) {
                    result.append(made)
                    index += 1
                    while index < items.count, items[index].tokens.lowerBound < made.tokens.upperBound { index += 1 }
                } else if let made = dayThenDayMonth(item) {
                    result.append(made)
                    index += 1
                } else if let (value, cueStart) = endOnly(item) {
                    if let previous = openStart(before: cueStart, end: value) {
                        result[previous].range.end = value
                    } else {
                        result.append(range(nil, value, kind: item.expression.kind,
                                            tokens: cueStart..<item.tokens.upperBound,
                                            confidence: item.expression.confidence))
                    }
                    index += 1
                } else {
                    result.append((DateRange(item.expression), item.tokens))
                    index += 1
                }
            }
            return result.map(\.range)
        }

        /// "X تا Y": two expressions with a joiner (and maybe "پایان") between them.
        func joined(_ index: Int) -> ((range: DateRange, tokens: Range<Int>), Int)? {
            guard index + 1 < items.count else { return nil }
            let first = items[index], second = items[index + 1]
            guard let next = afterJoiner(first.tokens.upperBound, startToken: first.tokens.lowerBound) else { return nil }
            let (target, endOf) = skipEndOf(next)
            guard second.tokens.lowerBound == target else { return nil }
            var end = second.expression.value
            if endOf { end = lastDayIfMonth(end) }
            var start = first.expression.value
            if isYearless(first), second.expression.kind == .absolute, let placed = placed(start, before: end) {
                start = placed
            }
            guard start.firstDay <= end.lastDay, start != end else { return nil }
            let kind: TemporalExpression.Kind = first.expression.kind == .absolute && second.expression.kind == .absolute
                ? .absolute : .relative
            return (range(start, end, kind: kind, tokens: first.tokens.lowerBound..<second.tokens.upperBound,
                          confidence: min(first.expression.confidence, second.expression.confidence)), 2)
        }

        /// "August 2 to 12", "November 29-30, 2023": a month-first day, a joiner and a bare later day.
        func monthDayThenDay(_ item: Item) -> (range: DateRange, tokens: Range<Int>)? {
            let value = item.expression.value
            let last = item.tokens.upperBound - 1
            guard value.precision == .day, let day = value.day, let month = value.month,
                  dayNumber(last) == day, isMonthName(last - 1),
                  let dayToken = afterJoiner(item.tokens.upperBound, startToken: item.tokens.lowerBound),
                  let endDay = dayNumber(dayToken), endDay > day, !isMonthName(dayToken + 1),
                  !continuesAsNumber(dayToken) else { return nil }
            var year = value.year
            var endToken = dayToken + 1
            var kind = item.expression.kind
            var yearToken = endToken
            if text(yearToken) == "," || text(yearToken) == "،" { yearToken += 1 }
            if yearToken < tokens.count, tokens[yearToken].digitCount == 4, let stated = tokens[yearToken].integerValue,
               value.calendar == .gregorian ? (1500...2199).contains(stated) : (1200...1499).contains(stated) {
                year = stated
                endToken = yearToken + 1
                kind = .absolute
            }
            guard let start = PartialDate(calendar: value.calendar, year: year, month: month, day: day),
                  let end = PartialDate(calendar: value.calendar, year: year, month: month, day: endDay) else { return nil }
            return range(start, end, kind: kind, tokens: item.tokens.lowerBound..<endToken,
                         confidence: item.expression.confidence)
        }

        /// True when the number at `index` is glued to more digits ("12:30", "12.5", "12/3"); a sentence's final
        /// period is not glue.
        func continuesAsNumber(_ index: Int) -> Bool {
            index + 2 < tokens.count && tokens[index].touches(tokens[index + 1])
                && [":", "/", ".", "-"].contains(tokens[index + 1].text) && tokens[index + 1].touches(tokens[index + 2])
                && tokens[index + 2].kind == .number
        }

        /// "۱۰ الی ۱۵ آبان ۱۴۰۲", "۱۳ تا ۱۸ آذر": a bare day, a joiner, then a day with its month.
        func dayThenDayMonth(_ item: Item) -> (range: DateRange, tokens: Range<Int>)? {
            let value = item.expression.value
            let joiner = item.tokens.lowerBound - 1
            let dayToken = joiner - 1
            guard value.precision >= .day, let endDay = value.day, let month = value.month,
                  let startDay = dayNumber(dayToken), startDay < endDay,
                  afterJoiner(joiner, startToken: dayToken) == item.tokens.lowerBound,
                  result.last.map({ $0.tokens.upperBound <= dayToken }) ?? true,
                  let start = PartialDate(calendar: value.calendar, year: value.year, month: month, day: startDay)
            else { return nil }
            let end = PartialDate(calendar: value.calendar, year: value.year, month: month, day: endDay,
                                  partOfDay: value.partOfDay) ?? value
            return range(start, end, kind: item.expression.kind, tokens: dayToken..<item.tokens.upperBound,
                         confidence: item.expression.confidence)
        }

        /// An end written alone: "تا یکم آبان", "until the end of May"; its value and where its cue starts.
        func endOnly(_ item: Item) -> (PartialDate, Int)? {
            // "until 2025" is one expression with its keyword.
            if item.tokens.count > 1, DateRangeScanner.endCues.contains(tokens[item.tokens.lowerBound].text) {
                return (item.expression.value, item.tokens.lowerBound)
            }
            var cue = item.tokens.lowerBound - 1
            var endOf = false
            while cue >= 0, let word = text(cue), DateRangeScanner.filler.contains(word) { cue -= 1 }
            if let word = text(cue), DateRangeScanner.endOf.contains(word) {
                endOf = true
                cue -= 1
                while cue >= 0, text(cue) == "the" { cue -= 1 }
            }
            guard let word = text(cue), DateRangeScanner.endCues.contains(word) else { return nil }
            let value = item.expression.value
            return (endOf ? lastDayIfMonth(value) : value, cue)
        }

        /// The single day before `cue` in the same clause that `end` can close ("امروز آغاز شد و تا یکم آبان").
        func openStart(before cue: Int, end: PartialDate) -> Int? {
            guard let last = result.indices.last else { return nil }
            let candidate = result[last]
            guard candidate.range.end == nil, let start = candidate.range.start, start.precision >= .day,
                  end.precision >= .day, start.firstDay < end.firstDay,
                  candidate.tokens.upperBound <= cue, cue - candidate.tokens.upperBound <= 20,
                  !(candidate.tokens.upperBound..<cue).contains(where: { DateRangeScanner.clauseBreaks.contains(tokens[$0].text) })
            else { return nil }
            return last
        }
    }
}
