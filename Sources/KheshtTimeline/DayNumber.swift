import Foundation

/// Days since 1970-01-01 in the proleptic Gregorian calendar: one integer line on which every event is placed.
///
/// Computed through Foundation's Gregorian calendar pinned to UTC, so no time zone shifts a date by a day.
enum DayNumber {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The day number of a Gregorian year/month/day.
    static func of(year: Int, month: Int, day: Int) -> Int {
        let components = DateComponents(year: year, month: month, day: day, hour: 12)
        let date = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// The last day of a Gregorian month (28…31).
    static func daysInMonth(year: Int, month: Int) -> Int {
        let first = of(year: year, month: month, day: 1)
        let next = month == 12 ? of(year: year + 1, month: 1, day: 1) : of(year: year, month: month + 1, day: 1)
        return next - first
    }

    /// The Gregorian year/month/day of a day number.
    static func date(of dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let date = Date(timeIntervalSince1970: Double(dayNumber) * 86_400 + 43_200)
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        return (components.year ?? 1970, components.month ?? 1, components.day ?? 1)
    }
}
