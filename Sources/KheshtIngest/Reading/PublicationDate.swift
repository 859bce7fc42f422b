/// When an article says it was published, exactly as stated: the raw strings and the components read from them.
///
/// No calendar conversion happens here: a Tabnak page states both "۱۲ آبان ۱۳۹۸" and "03 November 2019", and
/// both are kept; converting one into the other is the Jalali calendar's job downstream.
public struct PublicationDate: Sendable, Equatable {
    /// The Jalali (Solar Hijri) date text as found, e.g. "۱۲ آبان ۱۳۹۸".
    public var rawJalali: String?
    /// The Gregorian date text as found, e.g. "03 November 2019" or "2019-11-03T10:27:00+03:30".
    public var rawGregorian: String?
    /// The time-of-day text as found, e.g. "۱۰:۲۷".
    public var rawTime: String?
    /// The Jalali date's year, month and day.
    public var jalali: CalendarDay?
    /// The Gregorian date's year, month and day.
    public var gregorian: CalendarDay?
    /// The stated time of day (local time of the outlet unless `utcOffsetMinutes` says otherwise).
    public var time: TimeOfDay?
    /// The offset from UTC that the source gave with the time ("+0330" → 210, "Z" → 0), if any.
    public var utcOffsetMinutes: Int?

    public init(
        rawJalali: String? = nil, rawGregorian: String? = nil, rawTime: String? = nil, jalali: CalendarDay? = nil,
        gregorian: CalendarDay? = nil, time: TimeOfDay? = nil, utcOffsetMinutes: Int? = nil
    ) {
        self.rawJalali = rawJalali
        self.rawGregorian = rawGregorian
        self.rawTime = rawTime
        self.jalali = jalali
        self.gregorian = gregorian
        self.time = time
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// True when neither a date nor a time was found.
    public var isEmpty: Bool { jalali == nil && gregorian == nil && time == nil }

    /// Fills what this value lacks from `other` (a page often states the Gregorian date in a meta tag and the
    /// Jalali one in visible text).
    public func merged(with other: PublicationDate?) -> PublicationDate {
        guard let other else { return self }
        var result = self
        if result.jalali == nil { result.jalali = other.jalali; result.rawJalali = other.rawJalali }
        if result.gregorian == nil { result.gregorian = other.gregorian; result.rawGregorian = other.rawGregorian }
        if result.time == nil {
            result.time = other.time
            result.rawTime = other.rawTime
            if result.utcOffsetMinutes == nil { result.utcOffsetMinutes = other.utcOffsetMinutes }
        }
        return result
    }
}

/// A year, month (1–12) and day in whichever calendar the containing field names.
public struct CalendarDay: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "1398-08-12".
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// An hour (0–23) and minute, with seconds when the source gave them.
public struct TimeOfDay: Sendable, Hashable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int?

    public init(hour: Int, minute: Int, second: Int? = nil) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// "10:27".
    public var description: String {
        "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}
