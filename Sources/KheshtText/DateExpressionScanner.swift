/// Finds dates in Persian and English text: absolute ones in either calendar and relative ones resolved against
/// a reference time (the article's publication date in Tehran).
///
/// Recognized, with the precision the text states and no more:
/// - numeric: "۱۳۹۸/۰۸/۱۲", "1398-08-12", "1398.08.12", "12/08/1398" (day first only for Jalali years);
///   four-digit years 1200–1499 are Jalali, 1500–2199 Gregorian;
/// - day, month name, year: "۱۲ آبان ۱۳۹۸", "12 آبان ماه 1398", "03 November 2019", "2 Nov 2019", "۳ نوامبر ۲۰۱۹";
///   month name, day, year: "November 2, 2019"; month and year: "آبان ۱۳۹۸", "November 2019"; the day in
///   words ("دوازدهم آبان ماه ۱۳۹۸"); a Jalali year without its century ("آبان ۹۸", "سال ۹۸": 50–99 → 13xx,
///   00–49 → 14xx, confidence 0.7); the first day of a range ("۱۰ تا ۱۲ آبان ۱۳۹۸" gives 10 and 12 Aban);
/// - years: "سال ۲۰۱۳", "سال ۱۳۹۸", "in 2013", and a bare year (13xx/14xx Jalali, 19xx/20xx Gregorian) with
///   confidence 0.5 because a bare number may be a count;
/// - clock times attached to a day before or after them: "۱۲ آبان ۱۳۹۸ - ۱۰:۲۷";
/// - relative days: "امروز", "دیروز", "پریروز", "فردا", "پس‌فردا", "امشب", "دیشب", "روز گذشته", "شب گذشته",
///   a part of day with a day ("ظهر امروز", "صبح دیروز", "عصر شنبه", "شامگاه شنبه", "امروز صبح", "شنبه شب"),
///   weekdays ("شنبه", "روز شنبه", "سه شنبه", "شنبه گذشته", "شنبه هفته آینده"), "today", "yesterday",
///   "tomorrow", "tonight", "last night", "this morning", "on Saturday", "last Saturday", "next Saturday",
///   "Saturday evening", "امسال", "پارسال", "سال گذشته", "ماه گذشته", "this year", "last year", "last month",
///   and a day and month without a year ("۱۲ آبان"), placed in the year that puts it nearest the reference.
///
/// A weekday with no qualifier is the most recent such day on or before the reference day (news reports the
/// past: an article of Sunday 12 Aban 1398 saying "عصر شنبه" means Saturday 11 Aban). "گذشته"/"last" is the most
/// recent one strictly before; "آینده"/"next" the first strictly after. Week-precision phrases ("هفته گذشته",
/// "last week") are not reported: no date type here holds a week without inventing a day.
public enum DateExpressionScanner {
    /// Date expressions in `text`, left to right, without overlaps. Relative ones need `reference`.
    public static func scan(_ text: String, reference: ReferenceTime? = nil) -> [TemporalExpression] {
        let normalized = NormalizedText(text)
        return scan(normalized, tokens: Tokenizer.tokenize(normalized), reference: reference)
    }

    /// Date expressions over already computed tokens of `normalized`.
    public static func scan(_ normalized: NormalizedText, tokens: [Token],
                            reference: ReferenceTime? = nil) -> [TemporalExpression] {
        let scanner = Scanner(tokens: tokens, reference: reference)
        var found: [TemporalExpression] = []
        var index = 0
        while index < tokens.count {
            guard let match = scanner.match(at: index) else {
                index += 1
                continue
            }
            let span = tokens[match.start].span.union(tokens[match.end - 1].span)
            found.append(TemporalExpression(value: match.value, kind: match.kind,
                                            surface: normalized.originalText(of: span), span: span,
                                            confidence: match.confidence))
            index = match.end
        }
        return found
    }

    struct Match {
        var value: PartialDate
        var start: Int
        var end: Int
        var kind: TemporalExpression.Kind
        var confidence: Double
    }

    struct Scanner {
        let tokens: [Token]
        let reference: ReferenceTime?
        /// Per-token facts, worked out once so that each pattern's tests are array reads and bit masks.
        let facts: [TokenFacts]
        /// The reference day in the Jalali calendar.
        let jalaliToday: JalaliDate?

        init(tokens: [Token], reference: ReferenceTime?) {
            self.tokens = tokens
            self.reference = reference
            facts = tokens.indices.map { TokenFacts(tokens, $0) }
            jalaliToday = reference.map { JalaliDate($0.date) }
        }

        // MARK: Token access

        func isWordToken(_ index: Int) -> Bool { index < facts.count && facts[index].kind == .word }

        func isWord(_ index: Int, _ options: WordSet) -> Bool {
            index < facts.count && facts[index].kind == .word && facts[index].word.vocabulary & options.bits != 0
        }

        func isPunctuation(_ index: Int, _ options: WordSet) -> Bool {
            index < facts.count && facts[index].kind == .punctuation
                && facts[index].word.vocabulary & options.bits != 0
        }

        func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
            guard index < facts.count, digits.contains(facts[index].digitCount) else { return nil }
            return facts[index].integer
        }

        func touching(_ index: Int) -> Bool { index < facts.count && facts[index].touchesNext }

        static let period = WordSet(["."])
        static let commas = WordSet([",", "،"])
        static let colon = WordSet([":"])
        static let dateSeparators = WordSet(["/", "-", "."])
        static let numberJoiners = WordSet(["/", "-", ":", "."])
        static let rangeDashes = WordSet(["-", "–"])
        static let rangeWords = WordSet(["تا", "to", "and"])
        static let dayOrOn = WordSet(["روز", "on"])
        static let daySuffixes = WordSet(["st", "nd", "rd", "th", "ام", "م"])
        static let month = WordSet(["ماه"])
        static let year = WordSet(["سال"])
        static let of = WordSet(["of"])
        static let yearKeywords = WordSet(["سال", "in", "year", "since", "until"])
        static let past = WordSet(["گذشته"])
        static let this = WordSet(["this"])
        static let last = WordSet(["last"])
        static let next = WordSet(["next"])
        static let night = WordSet(["night"])
        static let after = WordSet(["بعد"])
        static let from = WordSet(["از"])
        static let noon = WordSet(["ظهر"])
        static let half = WordSet(["نیمه"])
        static let nightPersian = WordSet(["شب"])
        static let pas = WordSet(["پس"])
        static let tomorrow = WordSet(["فردا"])
        static let day = WordSet(["روز"])
        static let lastOrPast = WordSet(["last", "past"])
        static let nextOrComing = WordSet(["next", "coming"])
        static let week = WordSet(["هفته"])
        static let weekDirections = WordSet(["گذشته", "قبل", "پیش", "آینده", "بعد"])
        static let before = WordSet(["گذشته", "قبل", "پیش"])
        static let ahead = WordSet(["آینده", "بعد"])
        static let relativeDirections = WordSet(["گذشته", "قبل", "پیش", "آینده", "بعد", "جاری"])
        static let current = WordSet(["جاری"])
        static let thisYear = WordSet(["امسال"])
        static let lastYear = WordSet(["پارسال"])
        static let thisLastNext = WordSet(["this", "last", "next"])
        static let yearOrMonth = WordSet(["year", "month"])
        static let englishYear = WordSet(["year"])
        static let shanbeh = WordSet(["شنبه"])
        static let weekdayNumbers = WordSet(["یک", "دو", "سه", "چهار", "پنج"])
        static let lowerCaseMonthWords = WordSet(["may", "march", "mar"])
        static let timeSeparators = WordSet(["-", "–", "—", ",", "،", "ساعت", "at", "در", "|"])

        /// True when token `index`'s text is one of `options`, whatever its kind.
        func isText(_ index: Int, _ options: WordSet) -> Bool {
            index < facts.count && facts[index].word.vocabulary & options.bits != 0
        }

        static func calendar(ofYear year: Int) -> CalendarSystem? {
            switch year {
            case 1200...1499: return .jalali
            case 1500...2199: return .gregorian
            default: return nil
            }
        }

        /// A month name at `index`: Jalali names first, then Gregorian ones.
        /// The token after a month name, past the period of an abbreviation ("Nov. 2").
        func afterMonth(_ index: Int) -> Int {
            touching(index) && isPunctuation(index + 1, Scanner.period) ? index + 2 : index + 1
        }

        func monthName(_ index: Int) -> (calendar: CalendarSystem, month: Int)? {
            guard isWordToken(index) else { return nil }
            if let month = facts[index].word.jalaliMonth { return (.jalali, month) }
            if let month = facts[index].word.gregorianMonth {
                // "may" and "march" are English words first: as months they are capitalized.
                if isWord(index, Scanner.lowerCaseMonthWords),
                   tokens[index].surface.unicodeScalars.first.map({ ("a"..."z").contains($0) }) ?? true {
                    return nil
                }
                return (.gregorian, month)
            }
            return nil
        }

        // MARK: Matching

        func match(at index: Int) -> Match? {
            if let timeFirst = timeThenDate(at: index) { return timeFirst }
            guard var match = dateMatch(at: index) else { return nil }
            // "شنبه ۱۱ آبان ۱۳۹۸", "Saturday, November 2, 2019": the stated date wins over the weekday alone.
            if match.kind == .relative, weekdayName(at: index) != nil || isWord(index, Scanner.dayOrOn) {
                var next = match.end
                if isPunctuation(next, Scanner.commas) { next += 1 }
                if var stated = dateMatch(at: next), stated.kind == .absolute, stated.value.precision == .day {
                    stated.start = index
                    match = stated
                }
            }
            if match.value.precision == .day, let (time, end) = timeAfter(match.end) {
                if let timed = match.value.at(time, utcOffsetSeconds: offset(for: match.value, time)) {
                    match.value = timed
                    match.end = end
                }
            }
            return match
        }

        func dateMatch(at index: Int) -> Match? {
            numericDate(at: index) ?? rangeStart(at: index) ?? dayMonthYear(at: index) ?? monthDayYear(at: index)
                ?? monthYear(at: index) ?? keywordYear(at: index) ?? relative(at: index) ?? bareYear(at: index)
        }

        func offset(for value: PartialDate, _ time: TimeOfDay) -> Int? {
            guard let reference, let day = value.gregorianDate else { return nil }
            return reference.utcOffsetSeconds(on: day, at: time)
        }

        /// A clock time "hh:mm" or "hh:mm:ss" at `index`.
        func time(at index: Int) -> (TimeOfDay, Int)? {
            guard let hour = number(index, digits: 1...2), touching(index), isPunctuation(index + 1, Scanner.colon),
                  touching(index + 1), let minute = number(index + 2, digits: 2...2) else { return nil }
            if touching(index + 2), isPunctuation(index + 3, Scanner.colon), touching(index + 3),
               let second = number(index + 4, digits: 2...2), let time = TimeOfDay(hour: hour, minute: minute, second: second) {
                return (time, index + 5)
            }
            return TimeOfDay(hour: hour, minute: minute).map { ($0, index + 3) }
        }

        /// A time after a day, past at most two separators ("- ۱۰:۲۷", "ساعت ۱۰:۳۰", ", at 10:30").
        func timeAfter(_ start: Int) -> (TimeOfDay, Int)? {
            var index = start
            for _ in 0..<3 {
                if let found = time(at: index) { return found }
                guard index < tokens.count, isText(index, Scanner.timeSeparators) else { return nil }
                index += 1
            }
            return nil
        }

        /// A time followed by a day ("10:27 03 November 2019", "ساعت ۱۰ صبح" is not a clock time).
        func timeThenDate(at index: Int) -> Match? {
            guard let (time, afterTime) = time(at: index) else { return nil }
            var dateStart = afterTime
            while dateStart < tokens.count, dateStart - afterTime < 2,
                  isText(dateStart, Scanner.timeSeparators) { dateStart += 1 }
            guard var match = dateMatch(at: dateStart), match.value.precision == .day,
                  let timed = match.value.at(time, utcOffsetSeconds: offset(for: match.value, time)) else { return nil }
            match.value = timed
            match.start = index
            return match
        }

        // MARK: Absolute dates

        func numericDate(at index: Int) -> Match? {
            // One token "1398.08.12".
            if index < tokens.count, tokens[index].kind == .number, facts[index].integer == nil {
                let parts = tokens[index].text.split(separator: ".")
                if parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
                   let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                   let calendar = Scanner.calendar(ofYear: year),
                   let value = PartialDate(calendar: calendar, year: year, month: month, day: day) {
                    return Match(value: value, start: index, end: index + 1, kind: .absolute, confidence: 1)
                }
            }
            // Three numbers joined by one separator, all touching.
            guard let first = number(index, digits: 1...4), touching(index), index + 4 < tokens.count,
                  isPunctuation(index + 1, Scanner.dateSeparators),
                  touching(index + 1), touching(index + 2), touching(index + 3),
                  let separator = facts[index + 1].single, facts[index + 3].single == separator else { return nil }
            if facts[index].digitCount == 4, let month = number(index + 2, digits: 1...2),
               let day = number(index + 4, digits: 1...2), let calendar = Scanner.calendar(ofYear: first),
               let value = PartialDate(calendar: calendar, year: first, month: month, day: day) {
                return Match(value: value, start: index, end: index + 5, kind: .absolute, confidence: 1)
            }
            // Day first: the Iranian convention, trusted only for Jalali years.
            if facts[index].digitCount <= 2, let month = number(index + 2, digits: 1...2),
               let year = number(index + 4, digits: 4...4), Scanner.calendar(ofYear: year) == .jalali,
               let value = PartialDate(calendar: .jalali, year: year, month: month, day: first) {
                return Match(value: value, start: index, end: index + 5, kind: .absolute, confidence: 0.9)
            }
            return nil
        }

        /// Skips an English ordinal suffix glued to a day number ("2nd").
        func afterDayNumber(_ index: Int) -> Int {
            touching(index) && isWord(index + 1, Scanner.daySuffixes) ? index + 2 : index + 1
        }

        /// A year after a month name, past "ماه", "سال" or a comma; its calendar must be the month's. A Jalali
        /// month also takes a two-digit year ("آبان ۹۸"), read with lower confidence.
        func yearAfterMonth(_ start: Int, calendar: CalendarSystem) -> (year: Int, end: Int, confidence: Double)? {
            var index = start
            if isWord(index, Scanner.month) { index += 1 }
            if isPunctuation(index, Scanner.commas) { index += 1 }
            if isWord(index, Scanner.year) { index += 1 }
            if let year = number(index, digits: 4...4), Scanner.calendar(ofYear: year) == calendar,
               !continuesAsNumber(index) {
                return (year, index + 1, 1)
            }
            if calendar == .jalali, let short = number(index, digits: 2...2), !continuesAsNumber(index) {
                return (Scanner.jalaliYear(twoDigits: short), index + 1, 0.7)
            }
            return nil
        }

        /// "۹۸" is 1398 and "۰۲" is 1402: Iranian writing drops the century, and 50 splits the two.
        static func jalaliYear(twoDigits: Int) -> Int { twoDigits >= 50 ? 1300 + twoDigits : 1400 + twoDigits }

        /// A day of month at `index`: digits ("۱۲", "2nd") or number words ("دوازدهم", "دوازده"). Cardinal words
        /// count only when `needsOrdinalWords` is false, because "دو تیر" is also "two bullets".
        func dayOfMonth(at index: Int) -> (day: Int, next: Int, isOrdinalWords: Bool)? {
            if let day = number(index, digits: 1...2), (1...31).contains(day) {
                return (day, afterDayNumber(index), false)
            }
            guard isWordToken(index), facts[index].startsNumberWord, let mention = NumberWords.number(in: tokens, at: index), mention.form == .words,
                  (1...31).contains(mention.value) else { return nil }
            return (mention.value, mention.tokenRange.upperBound, mention.isOrdinal)
        }

        func dayMonthYear(at index: Int) -> Match? {
            guard let (day, afterDay, ordinalWords) = dayOfMonth(at: index) else { return nil }
            let isWords = isWordToken(index)
            var monthIndex = afterDay
            if isWord(monthIndex, Scanner.of) { monthIndex += 1 }
            guard let (calendar, month) = monthName(monthIndex) else { return nil }
            if let (year, end, confidence) = yearAfterMonth(afterMonth(monthIndex), calendar: calendar) {
                guard let value = PartialDate(calendar: calendar, year: year, month: month, day: day) else { return nil }
                return Match(value: value, start: index, end: end, kind: .absolute, confidence: confidence)
            }
            // No year: the nearest such day to the reference.
            if isWords && !ordinalWords { return nil }
            var end = monthIndex + 1
            if isWord(end, Scanner.month) { end += 1 }
            guard let value = nearestDay(calendar: calendar, month: month, day: day) else { return nil }
            return Match(value: value, start: index, end: end, kind: .relative, confidence: 0.8)
        }

        /// The first day of a range written with the month and year once: "۱۰ تا ۱۲ آبان ۱۳۹۸",
        /// "10-12 November 2019". The second day is found on its own by the next match.
        func rangeStart(at index: Int) -> Match? {
            guard let day = number(index, digits: 1...2), (1...31).contains(day),
                  isWord(index + 1, Scanner.rangeWords) || isPunctuation(index + 1, Scanner.rangeDashes),
                  let end = dayMonthYear(at: index + 2), end.kind == .absolute, end.value.precision == .day,
                  let month = end.value.month,
                  let value = PartialDate(calendar: end.value.calendar, year: end.value.year, month: month, day: day),
                  value.firstDay < end.value.firstDay else { return nil }
            return Match(value: value, start: index, end: index + 1, kind: .absolute, confidence: end.confidence)
        }

        func nearestDay(calendar: CalendarSystem, month: Int, day: Int) -> PartialDate? {
            guard let reference else { return nil }
            let referenceYear = calendar == .jalali ? JalaliDate(reference.date).year : reference.date.year
            let candidates = (referenceYear - 1...referenceYear + 1).compactMap {
                PartialDate(calendar: calendar, year: $0, month: month, day: day)
            }
            return candidates.min {
                abs($0.firstDay.dayNumber - reference.date.dayNumber) < abs($1.firstDay.dayNumber - reference.date.dayNumber)
            }
        }

        func monthDayYear(at index: Int) -> Match? {
            guard let (calendar, month) = monthName(index), calendar == .gregorian,
                  let day = number(afterMonth(index), digits: 1...2), (1...31).contains(day) else { return nil }
            let afterDay = afterDayNumber(afterMonth(index))
            var yearIndex = afterDay
            if isPunctuation(yearIndex, Scanner.commas) { yearIndex += 1 }
            if let year = number(yearIndex, digits: 4...4), Scanner.calendar(ofYear: year) == .gregorian {
                guard let value = PartialDate(calendar: .gregorian, year: year, month: month, day: day) else { return nil }
                return Match(value: value, start: index, end: yearIndex + 1, kind: .absolute, confidence: 1)
            }
            // "Nov. 2" without a year: the nearest such day to the reference.
            guard let value = nearestDay(calendar: .gregorian, month: month, day: day) else { return nil }
            return Match(value: value, start: index, end: afterDay, kind: .relative, confidence: 0.8)
        }

        func monthYear(at index: Int) -> Match? {
            guard let (calendar, month) = monthName(index),
                  let (year, end, confidence) = yearAfterMonth(afterMonth(index), calendar: calendar),
                  let value = PartialDate(calendar: calendar, year: year, month: month) else { return nil }
            return Match(value: value, start: index, end: end, kind: .absolute, confidence: confidence)
        }

        func keywordYear(at index: Int) -> Match? {
            guard isWord(index, Scanner.yearKeywords) else { return nil }
            if let year = number(index + 1, digits: 4...4), !continuesAsNumber(index + 1),
               let calendar = Scanner.calendar(ofYear: year), let value = PartialDate(calendar: calendar, year: year) {
                return Match(value: value, start: index, end: index + 2, kind: .absolute, confidence: 1)
            }
            // "سال ۹۸": a Jalali year without its century.
            if isWord(index, Scanner.year), let short = number(index + 1, digits: 2...2), !continuesAsNumber(index + 1),
               let value = PartialDate(calendar: .jalali, year: Scanner.jalaliYear(twoDigits: short)) {
                return Match(value: value, start: index, end: index + 2, kind: .absolute, confidence: 0.7)
            }
            return nil
        }

        /// True when the number at `index` is glued to more digits by "/", "-", ":" or "." (part of a date, a
        /// time or a decimal); a sentence's final period is not glue.
        func continuesAsNumber(_ index: Int) -> Bool {
            if touching(index), isPunctuation(index + 1, Scanner.numberJoiners), touching(index + 1),
               facts[index + 2].kind == .number { return true }
            if index > 1, facts[index - 1].touchesNext, isPunctuation(index - 1, Scanner.numberJoiners),
               facts[index - 2].touchesNext, facts[index - 2].kind == .number { return true }
            return false
        }

        func bareYear(at index: Int) -> Match? {
            guard let year = number(index, digits: 4...4), !continuesAsNumber(index),
                  (1300...1499).contains(year) || (1900...2099).contains(year),
                  let calendar = Scanner.calendar(ofYear: year),
                  let value = PartialDate(calendar: calendar, year: year) else { return nil }
            return Match(value: value, start: index, end: index + 1, kind: .absolute, confidence: 0.5)
        }

        // MARK: Relative dates

        func relative(at index: Int) -> Match? {
            guard let reference else { return nil }
            // Part of day first: "عصر شنبه", "ظهر امروز", "شب گذشته", "this morning".
            if let (part, afterPart) = partOfDay(at: index) {
                if isWord(afterPart, Scanner.past) {
                    return dayMatch(reference.date.adding(days: -1), .jalali, part, index, afterPart + 1)
                }
                if let day = dayReference(at: afterPart, reference: reference) {
                    return dayMatch(day.date, day.calendar, part, index, day.end)
                }
            }
            if isWord(index, Scanner.this), let (part, end) = partOfDay(at: index + 1) {
                return dayMatch(reference.date, .gregorian, part, index, end)
            }
            if isWord(index, Scanner.last), isWord(index + 1, Scanner.night) {
                return dayMatch(reference.date.adding(days: -1), .gregorian, .night, index, index + 2)
            }
            if let day = dayReference(at: index, reference: reference) {
                // A part of day after the day: "امروز صبح", "شنبه شب", "Saturday evening".
                if day.part == nil, let (part, end) = partOfDay(at: day.end) {
                    return dayMatch(day.date, day.calendar, part, index, end)
                }
                var match = dayMatch(day.date, day.calendar, day.part, index, day.end)
                // A weekday name and nothing else ("نماز جمعه" is the Friday prayer, not a date).
                if day.end == index + 1, weekdayName(at: index) != nil { match.confidence = 0.7 }
                return match
            }
            return relativeYearOrMonth(at: index, reference: reference)
        }

        func dayMatch(_ date: GregorianDate, _ calendar: CalendarSystem, _ part: PartOfDay?,
                      _ start: Int, _ end: Int) -> Match {
            Match(value: PartialDate(day: date, calendar: calendar, partOfDay: part), start: start, end: end,
                  kind: .relative, confidence: 0.9)
        }

        func partOfDay(at index: Int) -> (PartOfDay, Int)? {
            if isWord(index, Scanner.after), isWord(index + 1, Scanner.from), isWord(index + 2, Scanner.noon) {
                return (.afternoon, index + 3)
            }
            if isWord(index, Scanner.half), isWord(index + 1, Scanner.nightPersian) { return (.night, index + 2) }
            guard isWordToken(index), let part = facts[index].word.partOfDay else { return nil }
            return (part, index + 1)
        }

        struct DayReference {
            var date: GregorianDate
            var calendar: CalendarSystem
            var part: PartOfDay?
            var end: Int
        }

        func dayReference(at index: Int, reference: ReferenceTime) -> DayReference? {
            guard isWordToken(index) else { return nil }
            if let entry = facts[index].word.dayWord {
                return DayReference(date: reference.date.adding(days: entry.offset), calendar: entry.calendar,
                                    part: entry.part, end: index + 1)
            }
            if isWord(index, Scanner.pas), isWord(index + 1, Scanner.tomorrow) {
                return DayReference(date: reference.date.adding(days: 2), calendar: .jalali, part: nil, end: index + 2)
            }
            if isWord(index, Scanner.day), isWord(index + 1, Scanner.past) {
                return DayReference(date: reference.date.adding(days: -1), calendar: .jalali, part: nil, end: index + 2)
            }
            return weekdayReference(at: index, reference: reference)
        }

        enum WeekdayDirection { case onOrBefore, before, after }

        func weekdayReference(at start: Int, reference: ReferenceTime) -> DayReference? {
            var index = start
            var direction = WeekdayDirection.onOrBefore
            if isWord(index, Scanner.dayOrOn) { index += 1 }
            if isWord(index, Scanner.lastOrPast) { direction = .before; index += 1 }
            else if isWord(index, Scanner.nextOrComing) { direction = .after; index += 1 }
            guard let (weekday, calendar, afterDay) = weekdayName(at: index) else { return nil }
            var end = afterDay
            if isWord(end, Scanner.week), isWord(end + 1, Scanner.weekDirections) { end += 1 }
            if isWord(end, Scanner.before) { direction = .before; end += 1 }
            else if isWord(end, Scanner.ahead) { direction = .after; end += 1 }
            let today = reference.date.weekday.rawValue
            let wanted = weekday.rawValue
            let offset: Int
            switch direction {
            case .onOrBefore: offset = -floorMod(today - wanted, 7)
            case .before: offset = -(floorMod(today - wanted - 1, 7) + 1)
            case .after: offset = floorMod(wanted - today - 1, 7) + 1
            }
            return DayReference(date: reference.date.adding(days: offset), calendar: calendar, part: nil, end: end)
        }

        /// A weekday name, one token ("سه‌شنبه" folds to "سهشنبه") or two ("سه شنبه").
        func weekdayName(at index: Int) -> (Weekday, CalendarSystem, Int)? {
            guard isWordToken(index) else { return nil }
            let known = facts[index].word
            if isWord(index + 1, Scanner.shanbeh), isWord(index, Scanner.weekdayNumbers),
               let day = known.weekdayWithShanbeh {
                return (day, .jalali, index + 2)
            }
            guard let day = known.weekday else { return nil }
            let isLatin = tokens[index].text.unicodeScalars.first.map(Tokenizer.isLatinLetter) ?? false
            // English abbreviations ("sat", "sun", "wed") are ordinary words too; only full names count here.
            if isLatin, !known.isEnglishWeekdayName { return nil }
            return (day, isLatin ? .gregorian : .jalali, index + 1)
        }

        func relativeYearOrMonth(at index: Int, reference: ReferenceTime) -> Match? {
            let jalaliToday = self.jalaliToday ?? JalaliDate(reference.date)
            let gregorianToday = reference.date
            var result: (PartialDate?, Int)?
            if isWord(index, Scanner.thisYear) {
                result = (PartialDate(calendar: .jalali, year: jalaliToday.year), index + 1)
            } else if isWord(index, Scanner.lastYear) {
                result = (PartialDate(calendar: .jalali, year: jalaliToday.year - 1), index + 1)
            } else if isWord(index, Scanner.year), isWord(index + 1, Scanner.relativeDirections) {
                let delta = isWord(index + 1, Scanner.ahead) ? 1 : isWord(index + 1, Scanner.current) ? 0 : -1
                result = (PartialDate(calendar: .jalali, year: jalaliToday.year + delta), index + 2)
            } else if isWord(index, Scanner.month), isWord(index + 1, Scanner.relativeDirections) {
                let delta = isWord(index + 1, Scanner.ahead) ? 1 : isWord(index + 1, Scanner.current) ? 0 : -1
                let months = jalaliToday.year * 12 + jalaliToday.month - 1 + delta
                result = (PartialDate(calendar: .jalali, year: floorDiv(months, 12), month: floorMod(months, 12) + 1),
                          index + 2)
            } else if isWord(index, Scanner.thisLastNext), isWord(index + 1, Scanner.yearOrMonth) {
                let delta = isWord(index, Scanner.last) ? -1 : isWord(index, Scanner.next) ? 1 : 0
                if isWord(index + 1, Scanner.englishYear) {
                    result = (PartialDate(calendar: .gregorian, year: gregorianToday.year + delta), index + 2)
                } else {
                    let months = gregorianToday.year * 12 + gregorianToday.month - 1 + delta
                    result = (PartialDate(calendar: .gregorian, year: floorDiv(months, 12),
                                          month: floorMod(months, 12) + 1), index + 2)
                }
            }
            guard let (value, end) = result, let value else { return nil }
            return Match(value: value, start: index, end: end, kind: .relative, confidence: 0.9)
        }
    }
}
