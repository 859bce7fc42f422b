/// A day of the week, in the Iranian order (the week starts on Saturday, شنبه).
public enum Weekday: Int, CaseIterable, Sendable, Hashable {
    case saturday = 0, sunday, monday, tuesday, wednesday, thursday, friday

    /// The weekday of a day number (days since 1970-01-01, which was a Thursday).
    public init(dayNumber: Int) {
        self = Weekday(rawValue: floorMod(dayNumber + Weekday.thursday.rawValue, 7))!
    }

    /// The Persian name, as written with ZWNJ where one belongs.
    public var persianName: String {
        ["شنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"][rawValue]
    }

    public var englishName: String {
        ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][rawValue]
    }

    /// The weekday a single word names, in Persian (any spelling that folds to the same `matchKey`, with or
    /// without ZWNJ) or English (full name or three-letter abbreviation); nil for anything else.
    public static func named(_ word: String) -> Weekday? {
        lookup[TextNormalizer.labelKey(word)]
    }

    static let lookup: [String: Weekday] = {
        var table: [String: Weekday] = [:]
        for day in Weekday.allCases {
            table[TextNormalizer.labelKey(day.persianName)] = day
            table[TextNormalizer.labelKey(day.englishName)] = day
            table[TextNormalizer.labelKey(String(day.englishName.prefix(3)))] = day
        }
        table["پنجشنبه"] = .thursday
        table["tues"] = .tuesday
        table["thur"] = .thursday
        table["thurs"] = .thursday
        return table
    }()
}
