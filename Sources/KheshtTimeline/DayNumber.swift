import KheshtText

/// Days since 1970-01-01 in the proleptic Gregorian calendar: one integer line on which every event is placed.
///
/// A thin door onto `KheshtText.GregorianDate`, the project's one Gregorian day arithmetic.
enum DayNumber {
    /// The day number of a Gregorian year/month/day.
    static func of(year: Int, month: Int, day: Int) -> Int {
        GregorianDate(year: year, month: month, day: day).dayNumber
    }

    /// The last day of a Gregorian month (28…31).
    static func daysInMonth(year: Int, month: Int) -> Int {
        GregorianDate.daysInMonth(year: year, month: month)
    }

    /// The Gregorian year/month/day of a day number.
    static func date(of dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let date = GregorianDate(dayNumber: dayNumber)
        return (date.year, date.month, date.day)
    }
}
