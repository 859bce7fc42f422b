/// A date in the proleptic Gregorian calendar, year/month/day, convertible to and from a day number.
///
/// Day numbers count days since 1970-01-01 (day 0), so both calendars meet on one integer line and
/// conversion is two pure functions with no Foundation calendar and no time zone involved.
public struct GregorianDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date without validation; use `init?(validYear:month:day:)` for input from text.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date only if the day exists (30 February does not).
    public init?(validYear year: Int, month: Int, day: Int) {
        guard GregorianDate.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    /// Days from 1970-01-01 to this date (negative before it).
    public var dayNumber: Int {
        let y = year - 1
        var days = 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)
        for m in 1..<month { days += GregorianDate.daysInMonth(year: year, month: m) }
        days += day - 1
        return days - GregorianDate.unixEpochOrdinal
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let ordinal = dayNumber + GregorianDate.unixEpochOrdinal   // days since 0001-01-01
        // A first guess from the mean year length, then step to the exact year.
        var year = Int((Double(ordinal) / 365.2425).rounded(.down)) + 1
        while GregorianDate(year: year, month: 1, day: 1).ordinal > ordinal { year -= 1 }
        while GregorianDate(year: year + 1, month: 1, day: 1).ordinal <= ordinal { year += 1 }
        var remaining = ordinal - GregorianDate(year: year, month: 1, day: 1).ordinal
        var month = 1
        while remaining >= GregorianDate.daysInMonth(year: year, month: month) {
            remaining -= GregorianDate.daysInMonth(year: year, month: month)
            month += 1
        }
        self.init(year: year, month: month, day: remaining + 1)
    }

    /// The weekday of this date.
    public var weekday: Weekday { Weekday(dayNumber: dayNumber) }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> GregorianDate { GregorianDate(dayNumber: dayNumber + days) }

    /// ISO 8601 form, e.g. "2019-11-03".
    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: GregorianDate, rhs: GregorianDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 0001-01-01 without the epoch shift.
    private var ordinal: Int { dayNumber + GregorianDate.unixEpochOrdinal }

    /// 1970-01-01 counted from 0001-01-01 (1969 years of 365 days plus 477 leap days).
    private static let unixEpochOrdinal = 719_162
}

/// Floor division: rounds toward minus infinity, so calendar arithmetic works before the epoch too.
@inline(__always) func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// Non-negative remainder matching `floorDiv`.
@inline(__always) func floorMod(_ a: Int, _ b: Int) -> Int {
    a - b * floorDiv(a, b)
}

/// Zero-padded decimal, keeping the sign in front.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
}
