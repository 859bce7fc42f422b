/// A date in the Jalali (Solar Hijri) calendar, convertible to and from `GregorianDate` through day numbers.
public struct JalaliDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date without validation; use `init?(validYear:month:day:)` for input from text.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date only if the day exists (30 Esfand exists only in leap years, 31 Mehr never).
    public init?(validYear year: Int, month: Int, day: Int) {
        guard JalaliCalendar.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The Jalali date of a day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        let parts = JalaliCalendar.date(dayNumber: dayNumber)
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The Jalali date of the same day as `gregorian`.
    public init(_ gregorian: GregorianDate) {
        self.init(dayNumber: gregorian.dayNumber)
    }

    public var dayNumber: Int { JalaliCalendar.dayNumber(year: year, month: month, day: day) }
    public var gregorian: GregorianDate { GregorianDate(dayNumber: dayNumber) }
    public var weekday: Weekday { Weekday(dayNumber: dayNumber) }
    public var isValid: Bool { JalaliCalendar.isValid(year: year, month: month, day: day) }
    public var monthName: String { JalaliCalendar.persianMonthNames[month - 1] }

    public func adding(days: Int) -> JalaliDate { JalaliDate(dayNumber: dayNumber + days) }

    /// "1398-08-12".
    public var description: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    public static func < (lhs: JalaliDate, rhs: JalaliDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
