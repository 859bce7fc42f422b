import KheshtText

/// Reads the publication dates that news pages and feeds write: "۱۲ آبان ۱۳۹۸ - ۱۰:۲۷", "03 November 2019",
/// "1398/08/12", "2019-11-03T10:27:00+03:30", RFC 822 "Sun, 03 Nov 2019 10:27:00 +0330", "November 3, 2019".
///
/// The text is matched on a copy folded one scalar for one scalar with `TextNormalizer.matchKey` (Persian digits
/// to ASCII, Arabic yeh/kaf to Persian, Latin lower-cased), so every match maps back to the same scalar offsets
/// of the original and the raw strings are returned exactly as written.
enum PublicationDateParser {
    /// The first Jalali date, the first Gregorian date and the first time of day in `text`; nil when none.
    static func parse(_ text: String) -> PublicationDate? {
        parse(text, usingRegularExpressions: false)
    }

    /// `parse`, with the shapes found by the hand-written `DateShapeScanner` when the folded text allows it
    /// (`usingRegularExpressions` false), or always by their `Regex` definitions (kept as the reference).
    static func parse(_ text: String, usingRegularExpressions: Bool) -> PublicationDate? {
        if let machine = MachineDateParser.parse(text) { return machine }
        // Every shape needs a digit, and only ASCII, Persian and Arabic-Indic digits fold to one.
        guard mayHoldDigit(text) else { return nil }
        let original = Array(text.unicodeScalars)
        guard !original.isEmpty, original.count <= 2_000 else { return nil }
        let foldedScalars = folded(original)

        let matches: (DateShape) -> [DateShapeMatch]
        if !usingRegularExpressions, DateShapeScanner.canScan(foldedScalars) {
            let scanner = DateShapeScanner(foldedScalars)
            matches = scanner.matches
        } else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: foldedScalars)
            let folded = String(view)
            matches = { shape in regexMatches(of: shape, in: folded) }
        }

        var result = PublicationDate()
        var used: [Range<Int>] = []

        func raw(_ range: Range<Int>) -> String {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: original[range])
            return String(out).trimmingWhitespace()
        }
        func string(_ match: DateShapeMatch, _ index: Int) -> String? {
            guard index < match.groups.count, let range = match.groups[index] else { return nil }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: foldedScalars[range])
            return String(out)
        }
        // Only digit groups are read as numbers: their folded scalars are ASCII digits, as `Int` would read them.
        func int(_ match: DateShapeMatch, _ index: Int) -> Int? {
            guard index < match.groups.count, let range = match.groups[index], !range.isEmpty else { return nil }
            var value = 0
            for scalar in foldedScalars[range] {
                guard scalar.value >= 0x30, scalar.value <= 0x39 else { return string(match, index).flatMap { Int($0) } }
                value = value * 10 + Int(scalar.value - 0x30)
            }
            return value
        }
        func calendarDay(_ match: DateShapeMatch) -> CalendarDay? {
            guard let y = int(match, 1), let m = int(match, 2), let d = int(match, 3) else { return nil }
            return validDay(year: y, month: m, day: d)
        }
        func overlapsUsed(_ range: Range<Int>) -> Bool { used.contains { $0.overlaps(range) } }
        func record(day: CalendarDay, range: Range<Int>) {
            let isJalali = (1200...1599).contains(day.year)
            if isJalali, result.jalali == nil {
                result.jalali = day
                result.rawJalali = raw(range)
            } else if !isJalali, (1800...2199).contains(day.year), result.gregorian == nil {
                result.gregorian = day
                result.rawGregorian = raw(range)
            }
            used.append(range)
        }

        // ISO 8601 date or date-time, the form of meta tags, JSON-LD and Atom.
        for match in matches(.iso) {
            let range = match.range
            guard !overlapsUsed(range), let day = calendarDay(match) else { continue }
            record(day: day, range: range)
            if result.time == nil, let hour = int(match, 4), let minute = int(match, 5),
               let time = timeOfDay(hour: hour, minute: minute, second: int(match, 6)) {
                result.time = time
                result.rawTime = raw(range)
                result.utcOffsetMinutes = string(match, 7).flatMap(zoneOffset)
            }
        }
        // Numeric with the year first: 1398/08/12, 2019.11.03.
        for match in matches(.numericYearFirst) {
            let range = match.range
            guard !overlapsUsed(range), let day = calendarDay(match) else { continue }
            record(day: day, range: range)
        }
        // Day, month name, year: "۱۲ آبان ۱۳۹۸", "03 November 2019", "Sun, 03 Nov 2019".
        for match in matches(.dayMonthYear) {
            let range = match.range
            guard !overlapsUsed(range), let name = string(match, 2), let month = MonthNames.number(of: name),
                  let dayNumber = int(match, 1), var year = int(match, 3) else { continue }
            if year < 100 { year += year < 50 ? 2000 : 1900 }
            guard let day = validDay(year: year, month: month.number, day: dayNumber) else { continue }
            if month.isJalali != (1200...1599).contains(year) { continue }
            record(day: day, range: range)
        }
        // English month name first: "November 3, 2019".
        for match in matches(.monthDayYear) {
            let range = match.range
            guard !overlapsUsed(range), let name = string(match, 1), let month = MonthNames.number(of: name),
                  !month.isJalali, let dayNumber = int(match, 2), let year = int(match, 3),
                  let day = validDay(year: year, month: month.number, day: dayNumber) else { continue }
            record(day: day, range: range)
        }
        // Time of day, outside the dates already taken.
        if result.time == nil {
            for match in matches(.time) {
                let range = match.range
                guard !overlapsUsed(range), var hour = int(match, 1), let minute = int(match, 2) else {
                    continue
                }
                let meridiem = string(match, 4)?.filter { $0.isLetter } ?? ""
                if (meridiem == "pm" || meridiem == "بظ"), hour < 12 { hour += 12 }
                if (meridiem == "am" || meridiem == "قظ"), hour == 12 { hour = 0 }
                guard let time = timeOfDay(hour: hour, minute: minute, second: int(match, 3)) else { continue }
                result.time = time
                result.rawTime = raw(range)
                result.utcOffsetMinutes = string(match, 5).flatMap(zoneOffset)
                break
            }
        }
        return result.isEmpty ? nil : result
    }

    /// Whether `text` has an ASCII, Persian (U+06F0–06F9) or Arabic-Indic (U+0660–0669) digit, read from its UTF-8.
    private static func mayHoldDigit(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if previous == 0xDB && byte >= 0xB0 && byte <= 0xB9 { return true }
            if previous == 0xD9 && byte >= 0xA0 && byte <= 0xA9 { return true }
            previous = byte
        }
        return false
    }

    /// The matches of `shape`'s regular expression in `folded`, in scalar offsets.
    static func regexMatches(of shape: DateShape, in folded: String) -> [DateShapeMatch] {
        let scalars = folded.unicodeScalars
        func offset(_ index: String.Index) -> Int { scalars.distance(from: scalars.startIndex, to: index) }
        return folded.matches(of: Patterns.regex(shape)).map { match in
            let output = match.output
            let groups: [Range<Int>?] = (0...shape.groupCount).map { index in
                guard index > 0, index < output.count, let range = output[index].range else { return nil }
                return offset(range.lowerBound)..<offset(range.upperBound)
            }
            let lower = output[1].range?.lowerBound ?? match.range.lowerBound
            return DateShapeMatch(range: offset(lower)..<offset(match.range.upperBound), groups: groups)
        }
    }

    /// The scalars of a text folded one for one (see `foldedScalar`): what the date shapes are matched on.
    static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map(foldedScalar)
    }

    /// One scalar folded for matching, or the scalar itself when folding would drop or expand it, so the folded
    /// text has exactly as many scalars as the original.
    private static func foldedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // The Arabic block has no whitespace and no presentation forms: `fold` alone settles it.
        if (0x600...0x6FF).contains(scalar.value) { return TextNormalizer.fold(scalar) ?? scalar }
        if scalar.properties.isWhitespace || scalar == "\u{200C}" { return " " }
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
        }
        // `matchKey` of the scalar alone: presentation forms expand (and may stay one letter); any other scalar
        // folds to one scalar or to nothing (whitespace, which folds to a space, was handled above).
        if TextNormalizer.presentationFormExpansion(scalar) == nil {
            guard let folded = TextNormalizer.fold(scalar), folded != " " else { return scalar }
            return folded
        }
        let key = TextNormalizer.matchKey(String(scalar)).unicodeScalars
        return key.count == 1 ? key.first! : scalar
    }

    private static func validDay(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard (1...12).contains(month), (1...31).contains(day), (1200...2199).contains(year) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    private static func timeOfDay(hour: Int, minute: Int, second: Int?) -> TimeOfDay? {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second ?? 0) else { return nil }
        return TimeOfDay(hour: hour, minute: minute, second: second)
    }

    /// Minutes east of UTC for "Z", "+03:30", "+0330", "-0500", "gmt", "est" …
    static func zoneOffset(_ zone: String) -> Int? {
        let zone = zone.trimmingWhitespace()
        switch zone {
        case "z", "gmt", "ut", "utc": return 0
        case "est": return -300
        case "edt": return -240
        case "cst": return -360
        case "cdt": return -300
        case "mst": return -420
        case "mdt": return -360
        case "pst": return -480
        case "pdt": return -420
        case "irst": return 210
        case "irdt": return 270
        default: break
        }
        guard let sign = zone.first, sign == "+" || sign == "-" else { return nil }
        let digits = zone.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else {
            return nil
        }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }

    private enum Patterns {
        // Regex values are immutable once built; sharing them across threads is safe.
        nonisolated(unsafe) static let iso = try! Regex(DateShape.iso.pattern)
        nonisolated(unsafe) static let numericYearFirst = try! Regex(DateShape.numericYearFirst.pattern)
        nonisolated(unsafe) static let dayMonthYear = try! Regex(DateShape.dayMonthYear.pattern)
        nonisolated(unsafe) static let monthDayYear = try! Regex(DateShape.monthDayYear.pattern)
        nonisolated(unsafe) static let time = try! Regex(DateShape.time.pattern)

        static func regex(_ shape: DateShape) -> Regex<AnyRegexOutput> {
            switch shape {
            case .iso: return iso
            case .numericYearFirst: return numericYearFirst
            case .dayMonthYear: return dayMonthYear
            case .monthDayYear: return monthDayYear
            case .time: return time
            }
        }
    }
}

/// Month names of the Jalali and Gregorian calendars in Persian and English, in their matching-key form.
enum MonthNames {
    private static let jalali = [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ]
    private static let persianGregorian: [[String]] = [
        ["ژانویه", "ژانویهٔ", "ژانوبه"], ["فوریه"], ["مارس"], ["آوریل", "آپریل"], ["مه", "می"], ["ژوئن", "جون"],
        ["ژوئیه", "جولای"], ["اوت", "آگوست", "اگوست"], ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"],
    ]
    private static let english: [[String]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"],
        ["december", "dec"],
    ]

    /// name (matching key) → (month number, whether it names a Jalali month)
    private static let table: [String: (number: Int, isJalali: Bool)] = {
        var table: [String: (Int, Bool)] = [:]
        for (index, name) in jalali.enumerated() { table[TextNormalizer.matchKey(name)] = (index + 1, true) }
        for (index, names) in persianGregorian.enumerated() {
            for name in names { table[TextNormalizer.matchKey(name)] = (index + 1, false) }
        }
        for (index, names) in english.enumerated() {
            for name in names { table[name] = (index + 1, false) }
        }
        return table
    }()

    static func number(of name: String) -> (number: Int, isJalali: Bool)? { table[name] }

    /// All names, longest first so "sept" wins over "sep" and "اردیبهشت" over shorter prefixes.
    static let alternationOrder: [String] = table.keys.sorted { $0.count > $1.count }

    static let alternation: String = alternationOrder.map(escaped).joined(separator: "|")

    static let englishAlternationOrder: [String] = english.flatMap { $0 }.sorted { $0.count > $1.count }

    static let englishAlternation: String = englishAlternationOrder.joined(separator: "|")

    private static func escaped(_ name: String) -> String {
        // Names are letters only; keep the regex safe should one ever hold a metacharacter.
        name.unicodeScalars.map { scalar in
            "\\^$.|?*+()[]{}".unicodeScalars.contains(scalar) ? "\\\(scalar)" : String(scalar)
        }.joined()
    }
}

extension String {
    /// The string without leading and trailing whitespace (including no-break spaces and newlines).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isTrimmed($0) }) else {
            return ""
        }
        let last = scalars.lastIndex(where: { !Self.isTrimmed($0) })!
        // Most lines and paragraphs have nothing to trim: keep the string rather than copy it.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whitespace (Unicode White_Space) and the zero-width non-joiner, which trimming removes.
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return asciiWhitespace[Int(scalar.value)] }
        return scalar.properties.isWhitespace || scalar == "\u{200C}"
    }

    private static let asciiWhitespace: [Bool] = (0..<0x80).map { Unicode.Scalar(UInt8($0)).properties.isWhitespace }
}
