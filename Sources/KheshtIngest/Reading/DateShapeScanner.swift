/// One match of a date or time shape in folded text, in scalar offsets. `range` runs from the first group to the
/// end of the match (the shapes also consume the character before the number, which is not part of the date);
/// `groups[i]` is the i-th capture, numbered from 1 as in `DateShape.pattern` (index 0 is unused).
struct DateShapeMatch: Equatable {
    var range: Range<Int>
    var groups: [Range<Int>?]
}

/// The five shapes `PublicationDateParser` looks for. `pattern` is the definition (a regular expression over the
/// folded text); `DateShapeScanner` is the same thing written by hand, which the parser uses because Swift `Regex`
/// costs tens of thousands of instructions per character scanned.
enum DateShape: CaseIterable {
    /// ISO 8601 date or date-time: groups year, month, day, hour, minute, second, zone.
    case iso
    /// 1398/08/12, 2019.11.03: groups year, month, day.
    case numericYearFirst
    /// "۱۲ آبان ۱۳۹۸", "03 November 2019": groups day, month name, year.
    case dayMonthYear
    /// "November 3, 2019": groups month name, day, year.
    case monthDayYear
    /// "10:27", "10:27:00 pm +0330": groups hour, minute, second, meridiem, zone.
    case time

    var groupCount: Int {
        switch self {
        case .iso: return 7
        case .numericYearFirst, .dayMonthYear, .monthDayYear: return 3
        case .time: return 5
        }
    }

    /// Swift `Regex` has no lookbehind: each pattern consumes the character before it, so the match proper starts
    /// at its first group.
    var pattern: String {
        switch self {
        case .iso:
            return #"(?:^|[^0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[t ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?\s*(z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9])"#
        case .numericYearFirst:
            return #"(?:^|[^0-9/.])([0-9]{4})[/.]([0-9]{1,2})[/.]([0-9]{1,2})(?![0-9])"#
        case .dayMonthYear:
            return #"(?:^|[^0-9])([0-9]{1,2})(?:st|nd|rd|th)?\s*(?:[-/]\s*)?("# + MonthNames.alternation
                + #")\.?\s*,?\s*(?:[-/]\s*)?(?:ماه\s+)?(?:سال\s+)?([0-9]{4}|[0-9]{2})(?![0-9])"#
        case .monthDayYear:
            return #"(?:^|[^\p{L}])("# + MonthNames.englishAlternation
                + #")\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})(?![0-9])"#
        case .time:
            return #"(?:^|[^0-9:])([0-9]{1,2})\s?:\s?([0-9]{2})(?::([0-9]{2}))?(?![0-9])(\s*(?:am|pm|a\.m\.|p\.m\.|ق\.ظ|ب\.ظ))?(\s*(?:[+-][0-9]{2}:?[0-9]{2}|gmt|utc|ut|est|edt|cst|cdt|mst|mdt|pst|pdt|irst|irdt)(?![\p{L}]))?"#
        }
    }
}

/// Finds the `DateShape`s in folded text by hand, giving exactly the matches (ranges and groups, in order) that
/// `matches(of:)` with the shape's pattern gives.
///
/// Works on text of `StandaloneScalar`s only (`canScan`), where each scalar is one `Character`, so scalar offsets
/// are character offsets and `\s` is the folded space. The backtracking of each pattern is resolved once, in the
/// comments: the digit runs must be whole runs, and only the optional time, zone and spacing at the end of a
/// match have alternatives to try in order.
struct DateShapeScanner {
    private let text: [UInt32]

    init(_ folded: [Unicode.Scalar]) {
        text = folded.map(\.value)
    }

    static func canScan(_ folded: [Unicode.Scalar]) -> Bool {
        folded.allSatisfy { StandaloneScalar.contains($0.value) }
    }

    /// The successive matches of `shape`, as `matches(of:)` finds them: every pattern is `(?:^|[^X])(...)`, so
    /// the group may start at 0 when the search starts there, else one past a consumed character that is not in
    /// X; after a match the search resumes at its end.
    func matches(_ shape: DateShape) -> [DateShapeMatch] {
        var results: [DateShapeMatch] = []
        var cursor = 0
        var start = 0
        while start < text.count {
            if Self.mayStart(shape, text[start]),
               (start == 0 && cursor == 0) || (start >= cursor + 1 && !Self.isExcludedBefore(shape, text[start - 1])),
               let match = match(shape, at: start) {
                results.append(match)
                cursor = match.range.upperBound
                start = cursor + 1
            } else {
                start += 1
            }
        }
        return results
    }

    /// What the first group can start with (a digit, or the first letter of an English month name): other
    /// positions are skipped without trying the shape.
    private static func mayStart(_ shape: DateShape, _ value: UInt32) -> Bool {
        switch shape {
        case .iso, .numericYearFirst, .dayMonthYear, .time:
            return value >= 0x30 && value <= 0x39
        case .monthDayYear:
            switch value {
            case 0x61, 0x64, 0x66, 0x6A, 0x6D, 0x6E, 0x6F, 0x73: return true  // a d f j m n o s
            default: return false
            }
        }
    }

    /// The X of `[^X]`: characters that may not stand before the first group.
    private static func isExcludedBefore(_ shape: DateShape, _ value: UInt32) -> Bool {
        let isDigit = value >= 0x30 && value <= 0x39
        switch shape {
        case .iso, .dayMonthYear: return isDigit
        case .numericYearFirst: return isDigit || value == 0x2F || value == 0x2E
        case .time: return isDigit || value == 0x3A
        case .monthDayYear: return isLetter(value)
        }
    }

    private func match(_ shape: DateShape, at start: Int) -> DateShapeMatch? {
        switch shape {
        case .iso: return iso(start)
        case .numericYearFirst: return numericYearFirst(start)
        case .dayMonthYear: return dayMonthYear(start)
        case .monthDayYear: return monthDayYear(start)
        case .time: return time(start)
        }
    }

    private func at(_ index: Int) -> UInt32? { index < text.count ? text[index] : nil }

    private func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    private func digit(_ index: Int) -> Bool { index < text.count && isDigit(text[index]) }

    /// The length of the run of ASCII digits starting at `index`.
    private func digitRun(_ index: Int) -> Int {
        var end = index
        while end < text.count, isDigit(text[end]) { end += 1 }
        return end - index
    }

    private func spaces(_ index: Int) -> Int {
        var end = index
        while end < text.count, text[end] == 0x20 { end += 1 }
        return end - index
    }

    private func starts(with literal: [UInt32], at index: Int) -> Bool {
        guard index + literal.count <= text.count else { return false }
        for (offset, value) in literal.enumerated() where text[index + offset] != value { return false }
        return true
    }

    /// `\p{L}` for a one-scalar character.
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private func letter(_ index: Int) -> Bool { index < text.count && Self.isLetter(text[index]) }

    /// "st", "nd", "rd", "th" after a day number.
    private func ordinalSuffix(_ index: Int) -> Bool {
        guard let first = at(index), let second = at(index + 1) else { return false }
        switch (first, second) {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return true
        default: return false
        }
    }

    // MARK: - Shapes

    /// `([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:TIME)?(?![0-9])`. A month or day run of three digits leaves a
    /// digit where `-` or the end is needed, so each run is taken whole; without a time the day run ends at a
    /// non-digit and the lookahead holds.
    private func iso(_ start: Int) -> DateShapeMatch? {
        guard digitRun(start) >= 4, at(start + 4) == 0x2D else { return nil }
        let month = start + 5
        let monthLength = digitRun(month)
        guard (1...2).contains(monthLength), at(month + monthLength) == 0x2D else { return nil }
        let day = month + monthLength + 1
        let dayLength = digitRun(day)
        guard (1...2).contains(dayLength) else { return nil }
        let dayEnd = day + dayLength
        var groups: [Range<Int>?] = [nil, start..<(start + 4), month..<(month + monthLength), day..<dayEnd, nil, nil, nil, nil]
        var end = dayEnd
        if let time = isoTime(dayEnd) {
            groups[4] = time.hour
            groups[5] = time.minute
            groups[6] = time.second
            groups[7] = time.zone
            end = time.end
        }
        return DateShapeMatch(range: start..<end, groups: groups)
    }

    /// `[t ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?\s*(ZONE)?` followed by `(?![0-9])`.
    private func isoTime(_ index: Int) -> (hour: Range<Int>, minute: Range<Int>, second: Range<Int>?, zone: Range<Int>?, end: Int)? {
        guard let separator = at(index), separator == 0x74 || separator == 0x20 else { return nil }
        let hour = index + 1
        let hourLength = digitRun(hour)
        guard (1...2).contains(hourLength), at(hour + hourLength) == 0x3A else { return nil }
        let minute = hour + hourLength + 1
        guard digit(minute), digit(minute + 1) else { return nil }
        let afterMinute = minute + 2
        // Seconds first; when nothing can follow them, the regex backtracks to the path without seconds.
        if at(afterMinute) == 0x3A, digit(afterMinute + 1), digit(afterMinute + 2),
           let tail = fractionZoneAndEnd(afterMinute + 3) {
            return (hour..<(hour + hourLength), minute..<afterMinute, (afterMinute + 1)..<(afterMinute + 3), tail.zone, tail.end)
        }
        if let tail = fractionZoneAndEnd(afterMinute) {
            return (hour..<(hour + hourLength), minute..<afterMinute, nil, tail.zone, tail.end)
        }
        return nil
    }

    /// `(?:\.[0-9]+)?\s*(z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])` from `index`: the fraction's digits are taken whole
    /// (fewer leave a digit for the lookahead); then the spaces and zone as `zoneAndEnd` resolves them.
    private func fractionZoneAndEnd(_ index: Int) -> (zone: Range<Int>?, end: Int)? {
        if at(index) == 0x2E, digit(index + 1) {
            return zoneAndEnd(index + 1 + digitRun(index + 1))
        }
        return zoneAndEnd(index)
    }

    /// `\s*(z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])`. All spaces, then the zone if the lookahead holds after it;
    /// else no zone, ending after the spaces when a non-digit follows them, else one space earlier (a space is
    /// not a digit), else no match.
    private func zoneAndEnd(_ index: Int) -> (zone: Range<Int>?, end: Int)? {
        let zoneStart = index + spaces(index)
        if at(zoneStart) == 0x7A, !digit(zoneStart + 1) {
            return (zoneStart..<(zoneStart + 1), zoneStart + 1)
        }
        if let sign = at(zoneStart), sign == 0x2B || sign == 0x2D, digit(zoneStart + 1), digit(zoneStart + 2) {
            if at(zoneStart + 3) == 0x3A {
                if digit(zoneStart + 4), digit(zoneStart + 5), !digit(zoneStart + 6) {
                    return (zoneStart..<(zoneStart + 6), zoneStart + 6)
                }
            } else if digit(zoneStart + 3), digit(zoneStart + 4), !digit(zoneStart + 5) {
                return (zoneStart..<(zoneStart + 5), zoneStart + 5)
            }
        }
        if !digit(zoneStart) { return (nil, zoneStart) }
        if zoneStart > index { return (nil, zoneStart - 1) }
        return nil
    }

    /// `([0-9]{4})[/.]([0-9]{1,2})[/.]([0-9]{1,2})(?![0-9])`: whole runs, as for ISO dates.
    private func numericYearFirst(_ start: Int) -> DateShapeMatch? {
        func isSeparator(_ value: UInt32?) -> Bool { value == 0x2F || value == 0x2E }
        guard digitRun(start) >= 4, isSeparator(at(start + 4)) else { return nil }
        let month = start + 5
        let monthLength = digitRun(month)
        guard (1...2).contains(monthLength), isSeparator(at(month + monthLength)) else { return nil }
        let day = month + monthLength + 1
        let dayLength = digitRun(day)
        guard (1...2).contains(dayLength) else { return nil }
        return DateShapeMatch(range: start..<(day + dayLength),
                              groups: [nil, start..<(start + 4), month..<(month + monthLength), day..<(day + dayLength)])
    }

    private static let monthNames: [[UInt32]] = MonthNames.alternationOrder.map { $0.unicodeScalars.map(\.value) }
    private static let englishMonthNames: [[UInt32]] = MonthNames.englishAlternationOrder.map { $0.unicodeScalars.map(\.value) }
    private static let mah: [UInt32] = "ماه".unicodeScalars.map(\.value)
    private static let sal: [UInt32] = "سال".unicodeScalars.map(\.value)

    /// `([0-9]{1,2})(?:st|nd|rd|th)?\s*(?:[-/]\s*)?(MONTH)\.?\s*,?\s*(?:[-/]\s*)?(?:ماه\s+)?(?:سال\s+)?([0-9]{4}|[0-9]{2})(?![0-9])`.
    /// The day run is taken whole (a shorter day leaves a digit where a letter is needed); each optional piece
    /// consumes non-digits only, so taking it whenever it is there is the only way to reach the year; the month
    /// names are tried in the alternation's order with the rest of the pattern after each.
    private func dayMonthYear(_ start: Int) -> DateShapeMatch? {
        let dayLength = digitRun(start)
        guard (1...2).contains(dayLength) else { return nil }
        var index = start + dayLength
        if ordinalSuffix(index) { index += 2 }
        index += spaces(index)
        if let dash = at(index), dash == 0x2D || dash == 0x2F { index += 1; index += spaces(index) }
        for name in Self.monthNames where starts(with: name, at: index) {
            var rest = index + name.count
            if at(rest) == 0x2E { rest += 1 }
            rest += spaces(rest)
            if at(rest) == 0x2C { rest += 1 }
            rest += spaces(rest)
            if let dash = at(rest), dash == 0x2D || dash == 0x2F { rest += 1; rest += spaces(rest) }
            if starts(with: Self.mah, at: rest), at(rest + 3) == 0x20 { rest += 3; rest += spaces(rest) }
            if starts(with: Self.sal, at: rest), at(rest + 3) == 0x20 { rest += 3; rest += spaces(rest) }
            let yearLength = digitRun(rest)
            guard yearLength == 4 || yearLength == 2 else { continue }
            return DateShapeMatch(range: start..<(rest + yearLength),
                                  groups: [nil, start..<(start + dayLength), index..<(index + name.count), rest..<(rest + yearLength)])
        }
        return nil
    }

    /// `(MONTH)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})(?![0-9])`, resolved like `dayMonthYear`.
    private func monthDayYear(_ start: Int) -> DateShapeMatch? {
        for name in Self.englishMonthNames where starts(with: name, at: start) {
            var index = start + name.count
            if at(index) == 0x2E { index += 1 }
            let gap = spaces(index)
            guard gap >= 1 else { continue }
            index += gap
            let day = index
            let dayLength = digitRun(day)
            guard (1...2).contains(dayLength) else { continue }
            index += dayLength
            if ordinalSuffix(index) { index += 2 }
            if at(index) == 0x2C { index += 1 }
            let yearGap = spaces(index)
            guard yearGap >= 1 else { continue }
            index += yearGap
            guard digitRun(index) == 4 else { continue }
            return DateShapeMatch(range: start..<(index + 4),
                                  groups: [nil, start..<(start + name.count), day..<(day + dayLength), index..<(index + 4)])
        }
        return nil
    }

    private static let meridiems: [[UInt32]] = ["am", "pm", "a.m.", "p.m.", "ق.ظ", "ب.ظ"].map { $0.unicodeScalars.map(\.value) }
    private static let zoneNames: [[UInt32]] = ["gmt", "utc", "ut", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                                "irst", "irdt"].map { $0.unicodeScalars.map(\.value) }

    /// `([0-9]{1,2})\s?:\s?([0-9]{2})(?::([0-9]{2}))?(?![0-9])(\s*MERIDIEM)?(\s*ZONE(?![\p{L}]))?`. Nothing
    /// follows the two optional groups, so once the lookahead after the minutes or seconds holds the match stands,
    /// each group taken when it is there.
    private func time(_ start: Int) -> DateShapeMatch? {
        let hourLength = digitRun(start)
        guard (1...2).contains(hourLength) else { return nil }
        var index = start + hourLength
        if at(index) == 0x20 { index += 1 }
        guard at(index) == 0x3A else { return nil }
        index += 1
        if at(index) == 0x20 { index += 1 }
        guard digit(index), digit(index + 1) else { return nil }
        let minute = index..<(index + 2)
        index += 2
        var second: Range<Int>?
        if at(index) == 0x3A, digit(index + 1), digit(index + 2), !digit(index + 3) {
            second = (index + 1)..<(index + 3)
            index += 3
        } else if digit(index) {
            return nil
        }
        var meridiem: Range<Int>?
        let meridiemStart = index + spaces(index)
        if let word = Self.meridiems.first(where: { starts(with: $0, at: meridiemStart) }) {
            meridiem = index..<(meridiemStart + word.count)
            index = meridiemStart + word.count
        }
        var zone: Range<Int>?
        let zoneStart = index + spaces(index)
        if let sign = at(zoneStart), sign == 0x2B || sign == 0x2D {
            if digit(zoneStart + 1), digit(zoneStart + 2) {
                let end = at(zoneStart + 3) == 0x3A
                    ? (digit(zoneStart + 4) && digit(zoneStart + 5) ? zoneStart + 6 : nil)
                    : (digit(zoneStart + 3) && digit(zoneStart + 4) ? zoneStart + 5 : nil)
                if let end, !letter(end) {
                    zone = index..<end
                    index = end
                }
            }
        } else if let name = Self.zoneNames.first(where: { starts(with: $0, at: zoneStart) && !letter(zoneStart + $0.count) }) {
            zone = index..<(zoneStart + name.count)
            index = zoneStart + name.count
        }
        return DateShapeMatch(range: start..<index,
                              groups: [nil, start..<(start + hourLength), minute, second, meridiem, zone])
    }
}
