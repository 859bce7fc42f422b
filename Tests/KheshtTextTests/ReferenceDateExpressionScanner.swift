@testable import KheshtText

/// The date scanner as it was before its per-token facts and word bit masks: a `Set<String>` built and hashed
/// for every pattern at every token. Kept only as an oracle for `DateScannerEquivalenceTests`, which checks
/// that the fast scanner finds exactly what this one finds.
enum ReferenceDateExpressionScanner {
    /// Date expressions in `text`, left to right, without overlaps. Relative ones need `reference`.
    static func scan(_ text: String, reference: ReferenceTime? = nil) -> [TemporalExpression] {
        let normalized = NormalizedText(text)
        return scan(normalized, tokens: Tokenizer.tokenize(normalized), reference: reference)
    }

    /// Date expressions over already computed tokens of `normalized`.
    static func scan(_ normalized: NormalizedText, tokens: [Token],
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

        // MARK: Token access

        func word(_ index: Int) -> String? {
            index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
        }

        func isWord(_ index: Int, _ options: Set<String>) -> Bool { word(index).map(options.contains) ?? false }

        func isPunctuation(_ index: Int, _ options: Set<String>) -> Bool {
            index < tokens.count && tokens[index].kind == .punctuation && options.contains(tokens[index].text)
        }

        func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
            guard index < tokens.count, digits.contains(tokens[index].digitCount) else { return nil }
            return tokens[index].integerValue
        }

        func touching(_ index: Int) -> Bool {
            index + 1 < tokens.count && tokens[index].touches(tokens[index + 1])
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
            touching(index) && isPunctuation(index + 1, ["."]) ? index + 2 : index + 1
        }

        func monthName(_ index: Int) -> (calendar: CalendarSystem, month: Int)? {
            guard let word = word(index) else { return nil }
            if let month = JalaliCalendar.month(named: word) { return (.jalali, month) }
            if let month = GregorianMonthNames.month(named: word) {
                // "may" and "march" are English words first: as months they are capitalized.
                if ["may", "march", "mar"].contains(word),
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
            if match.kind == .relative, weekdayName(at: index) != nil || isWord(index, ["روز", "on"]) {
                var next = match.end
                if isPunctuation(next, [",", "،"]) { next += 1 }
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

        static let timeSeparators: Set<String> = ["-", "–", "—", ",", "،", "ساعت", "at", "در", "|"]

        /// A clock time "hh:mm" or "hh:mm:ss" at `index`.
        func time(at index: Int) -> (TimeOfDay, Int)? {
            guard let hour = number(index, digits: 1...2), touching(index), isPunctuation(index + 1, [":"]),
                  touching(index + 1), let minute = number(index + 2, digits: 2...2) else { return nil }
            if touching(index + 2), isPunctuation(index + 3, [":"]), touching(index + 3),
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
                guard index < tokens.count, Scanner.timeSeparators.contains(tokens[index].text) else { return nil }
                index += 1
            }
            return nil
        }

        /// A time followed by a day ("10:27 03 November 2019", "ساعت ۱۰ صبح" is not a clock time).
        func timeThenDate(at index: Int) -> Match? {
            guard let (time, afterTime) = time(at: index) else { return nil }
            var dateStart = afterTime
            while dateStart < tokens.count, dateStart - afterTime < 2,
                  Scanner.timeSeparators.contains(tokens[dateStart].text) { dateStart += 1 }
            guard var match = dateMatch(at: dateStart), match.value.precision == .day,
                  let timed = match.value.at(time, utcOffsetSeconds: offset(for: match.value, time)) else { return nil }
            match.value = timed
            match.start = index
            return match
        }

        // MARK: Absolute dates

        func numericDate(at index: Int) -> Match? {
            // One token "1398.08.12".
            if index < tokens.count, tokens[index].kind == .number {
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
                  tokens[index + 1].kind == .punctuation, ["/", "-", "."].contains(tokens[index + 1].text),
                  touching(index + 1), touching(index + 2), touching(index + 3),
                  tokens[index + 3].text == tokens[index + 1].text else { return nil }
            if tokens[index].digitCount == 4, let month = number(index + 2, digits: 1...2),
               let day = number(index + 4, digits: 1...2), let calendar = Scanner.calendar(ofYear: first),
               let value = PartialDate(calendar: calendar, year: first, month: month, day: day) {
                return Match(value: value, start: index, end: index + 5, kind: .absolute, confidence: 1)
            }
            // Day first: the Iranian convention, trusted only for Jalali years.
            if tokens[index].digitCount <= 2, let month = number(index + 2, digits: 1...2),
               let year = number(index + 4, digits: 4...4), Scanner.calendar(ofYear: year) == .jalali,
               let value = PartialDate(calendar: .jalali, year: year, month: month, day: first) {
                return Match(value: value, start: index, end: index + 5, kind: .absolute, confidence: 0.9)
            }
            return nil
        }

        /// Skips an English ordinal suffix glued to a day number ("2nd").
        func afterDayNumber(_ index: Int) -> Int {
            touching(index) && isWord(index + 1, ["st", "nd", "rd", "th", "ام", "م"]) ? index + 2 : index + 1
        }

        /// A year after a month name, past "ماه", "سال" or a comma; its calendar must be the month's. A Jalali
        /// month also takes a two-digit year ("آبان ۹۸"), read with lower confidence.
        func yearAfterMonth(_ start: Int, calendar: CalendarSystem) -> (year: Int, end: Int, confidence: Double)? {
            var index = start
            if isWord(index, ["ماه"]) { index += 1 }
            if isPunctuation(index, [",", "،"]) { index += 1 }
            if isWord(index, ["سال"]) { index += 1 }
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
            guard word(index) != nil, let mention = NumberWords.number(in: tokens, at: index), mention.form == .words,
                  (1...31).contains(mention.value) else { return nil }
            return (mention.value, mention.tokenRange.upperBound, mention.isOrdinal)
        }

        func dayMonthYear(at index: Int) -> Match? {
            guard let (day, afterDay, ordinalWords) = dayOfMonth(at: index) else { return nil }
            let isWords = word(index) != nil
            var monthIndex = afterDay
            if isWord(monthIndex, ["of"]) { monthIndex += 1 }
            guard let (calendar, month) = monthName(monthIndex) else { return nil }
            if let (year, end, confidence) = yearAfterMonth(afterMonth(monthIndex), calendar: calendar) {
                guard let value = PartialDate(calendar: calendar, year: year, month: month, day: day) else { return nil }
                return Match(value: value, start: index, end: end, kind: .absolute, confidence: confidence)
            }
            // No year: the nearest such day to the reference.
            if isWords && !ordinalWords { return nil }
            var end = monthIndex + 1
            if isWord(end, ["ماه"]) { end += 1 }
            guard let value = nearestDay(calendar: calendar, month: month, day: day) else { return nil }
            return Match(value: value, start: index, end: end, kind: .relative, confidence: 0.8)
        }

        /// The first day of a range written with the month and year once: "۱۰ تا ۱۲ آبان ۱۳۹۸",
        /// "10-12 November 2019". The second day is found on its own by the next match.
        func rangeStart(at index: Int) -> Match? {
            guard let day = number(index, digits: 1...2), (1...31).contains(day),
                  isWord(index + 1, ["تا", "to", "and"]) || isPunctuation(index + 1, ["-", "–"]),
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
            if isPunctuation(yearIndex, [",", "،"]) { yearIndex += 1 }
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
            guard isWord(index, ["سال", "in", "year", "since", "until"]) else { return nil }
            if let year = number(index + 1, digits: 4...4), !continuesAsNumber(index + 1),
               let calendar = Scanner.calendar(ofYear: year), let value = PartialDate(calendar: calendar, year: year) {
                return Match(value: value, start: index, end: index + 2, kind: .absolute, confidence: 1)
            }
            // "سال ۹۸": a Jalali year without its century.
            if isWord(index, ["سال"]), let short = number(index + 1, digits: 2...2), !continuesAsNumber(index + 1),
               let value = PartialDate(calendar: .jalali, year: Scanner.jalaliYear(twoDigits: short)) {
                return Match(value: value, start: index, end: index + 2, kind: .absolute, confidence: 0.7)
            }
            return nil
        }

        /// True when the number at `index` is glued to more digits by "/", "-", ":" or "." (part of a date, a
        /// time or a decimal); a sentence's final period is not glue.
        func continuesAsNumber(_ index: Int) -> Bool {
            let joiners: Set<String> = ["/", "-", ":", "."]
            if touching(index), isPunctuation(index + 1, joiners), touching(index + 1),
               tokens[index + 2].kind == .number { return true }
            if index > 1, tokens[index - 1].touches(tokens[index]), isPunctuation(index - 1, joiners),
               tokens[index - 2].touches(tokens[index - 1]), tokens[index - 2].kind == .number { return true }
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
                if isWord(afterPart, ["گذشته"]) {
                    return dayMatch(reference.date.adding(days: -1), .jalali, part, index, afterPart + 1)
                }
                if let day = dayReference(at: afterPart, reference: reference) {
                    return dayMatch(day.date, day.calendar, part, index, day.end)
                }
            }
            if isWord(index, ["this"]), let (part, end) = partOfDay(at: index + 1) {
                return dayMatch(reference.date, .gregorian, part, index, end)
            }
            if isWord(index, ["last"]), isWord(index + 1, ["night"]) {
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
            if isWord(index, ["بعد"]), isWord(index + 1, ["از"]), isWord(index + 2, ["ظهر"]) {
                return (.afternoon, index + 3)
            }
            if isWord(index, ["نیمه"]), isWord(index + 1, ["شب"]) { return (.night, index + 2) }
            guard let word = word(index), let part = PartOfDay.named(word) else { return nil }
            return (part, index + 1)
        }

        struct DayReference {
            var date: GregorianDate
            var calendar: CalendarSystem
            var part: PartOfDay?
            var end: Int
        }

        static let dayWords: [String: (offset: Int, calendar: CalendarSystem, part: PartOfDay?)] = [
            "امروز": (0, .jalali, nil), "دیروز": (-1, .jalali, nil), "پریروز": (-2, .jalali, nil),
            "فردا": (1, .jalali, nil), "پسفردا": (2, .jalali, nil), "امشب": (0, .jalali, .night),
            "دیشب": (-1, .jalali, .night), "today": (0, .gregorian, nil), "yesterday": (-1, .gregorian, nil),
            "tomorrow": (1, .gregorian, nil), "tonight": (0, .gregorian, .night),
        ]

        func dayReference(at index: Int, reference: ReferenceTime) -> DayReference? {
            guard let word = word(index) else { return nil }
            if let entry = Scanner.dayWords[word] {
                return DayReference(date: reference.date.adding(days: entry.offset), calendar: entry.calendar,
                                    part: entry.part, end: index + 1)
            }
            if word == "پس", isWord(index + 1, ["فردا"]) {
                return DayReference(date: reference.date.adding(days: 2), calendar: .jalali, part: nil, end: index + 2)
            }
            if word == "روز", isWord(index + 1, ["گذشته"]) {
                return DayReference(date: reference.date.adding(days: -1), calendar: .jalali, part: nil, end: index + 2)
            }
            return weekdayReference(at: index, reference: reference)
        }

        enum WeekdayDirection { case onOrBefore, before, after }

        func weekdayReference(at start: Int, reference: ReferenceTime) -> DayReference? {
            var index = start
            var direction = WeekdayDirection.onOrBefore
            if isWord(index, ["روز", "on"]) { index += 1 }
            if isWord(index, ["last", "past"]) { direction = .before; index += 1 }
            else if isWord(index, ["next", "coming"]) { direction = .after; index += 1 }
            guard let (weekday, calendar, afterDay) = weekdayName(at: index) else { return nil }
            var end = afterDay
            if isWord(end, ["هفته"]), isWord(end + 1, ["گذشته", "قبل", "پیش", "آینده", "بعد"]) { end += 1 }
            if isWord(end, ["گذشته", "قبل", "پیش"]) { direction = .before; end += 1 }
            else if isWord(end, ["آینده", "بعد"]) { direction = .after; end += 1 }
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
            guard let first = word(index) else { return nil }
            if let second = word(index + 1), second == "شنبه", ["یک", "دو", "سه", "چهار", "پنج"].contains(first),
               let day = Weekday.named(first + second) {
                return (day, .jalali, index + 2)
            }
            guard let day = Weekday.named(first) else { return nil }
            let isLatin = first.unicodeScalars.first.map(Tokenizer.isLatinLetter) ?? false
            // English abbreviations ("sat", "sun", "wed") are ordinary words too; only full names count here.
            if isLatin, !Weekday.allCases.contains(where: { $0.englishName.lowercased() == first }) { return nil }
            return (day, isLatin ? .gregorian : .jalali, index + 1)
        }

        func relativeYearOrMonth(at index: Int, reference: ReferenceTime) -> Match? {
            let jalaliToday = JalaliDate(reference.date)
            let gregorianToday = reference.date
            var result: (PartialDate?, Int)?
            if isWord(index, ["امسال"]) {
                result = (PartialDate(calendar: .jalali, year: jalaliToday.year), index + 1)
            } else if isWord(index, ["پارسال"]) {
                result = (PartialDate(calendar: .jalali, year: jalaliToday.year - 1), index + 1)
            } else if isWord(index, ["سال"]), isWord(index + 1, ["گذشته", "قبل", "پیش", "آینده", "بعد", "جاری"]) {
                let delta = isWord(index + 1, ["آینده", "بعد"]) ? 1 : isWord(index + 1, ["جاری"]) ? 0 : -1
                result = (PartialDate(calendar: .jalali, year: jalaliToday.year + delta), index + 2)
            } else if isWord(index, ["ماه"]), isWord(index + 1, ["گذشته", "قبل", "پیش", "آینده", "بعد", "جاری"]) {
                let delta = isWord(index + 1, ["آینده", "بعد"]) ? 1 : isWord(index + 1, ["جاری"]) ? 0 : -1
                let months = jalaliToday.year * 12 + jalaliToday.month - 1 + delta
                result = (PartialDate(calendar: .jalali, year: floorDiv(months, 12), month: floorMod(months, 12) + 1),
                          index + 2)
            } else if isWord(index, ["this", "last", "next"]), isWord(index + 1, ["year", "month"]) {
                let delta = isWord(index, ["last"]) ? -1 : isWord(index, ["next"]) ? 1 : 0
                if isWord(index + 1, ["year"]) {
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
