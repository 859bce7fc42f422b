import KheshtText

/// A date in the Solar Hijri (Jalali) calendar, known to a given precision: year, year and month, or day.
///
/// Kept as written in the data (`kh:jalaliDate "1398-08-11"`) or derived from a Gregorian value by a
/// `JalaliConverting` calendar; this type does no calendar arithmetic itself.
public struct JalaliPartialDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: DatePrecision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses "1398", "1398-08", "1398-08-11" (also with `/` and Persian or Arabic-Indic digits).
    /// Returns nil when a month is outside 1…12 or a day outside 1…31.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard (1...3).contains(parts.count), let year = DigitParsing.integer(parts[0]), parts[0].count >= 3
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard let value = DigitParsing.integer(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            // Months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30: the bound, not the calendar.
            let limit = (month ?? 1) <= 6 ? 31 : 30
            guard let value = DigitParsing.integer(parts[2]), (1...limit).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// "1398", "1398-08" or "1398-08-11" with ASCII digits.
    public var isoText: String {
        var out = DigitParsing.padded(year, 4)
        if let month { out += "-" + DigitParsing.padded(month, 2) }
        if let day { out += "-" + DigitParsing.padded(day, 2) }
        return out
    }

    /// "۱۳۹۸/۰۸/۱۱": the way a Persian reader writes a date.
    public var persianText: String {
        DigitParsing.persianDigits(isoText.replacingOccurrences(of: "-", with: "/"))
    }

    public var description: String { isoText }

    /// "۱۱ آبان ۱۳۹۸", "آبان ۱۳۹۸" or "۱۳۹۸" in Persian; "11 Aban 1398" in English.
    public func longText(language: TimelineLanguage) -> String {
        let names = language == .fa ? JalaliCalendar.persianMonthNames : JalaliCalendar.latinMonthNames
        var parts: [String] = []
        if let day { parts.append(String(day)) }
        if let month { parts.append(names[month - 1]) }
        parts.append(String(year))
        let text = parts.joined(separator: " ")
        return language == .fa ? DigitParsing.persianDigits(text) : text
    }
}
