import Foundation
import KheshtGraph

/// A closed interval of whole days (proleptic Gregorian day numbers, day 0 = 1970-01-01).
///
/// Every date in a query or in the data is an interval: a day is one day long, `2019-11` is all of November
/// 2019, `jalali 1398` is 2019-03-21…2020-03-19. Comparing dates of different precision or calendar is then
/// comparing intervals (see `DateComparison`), so a Jalali year and a Gregorian day meet on one scale.
public struct DayInterval: Hashable, Sendable, CustomStringConvertible {
    public let first: Int
    public let last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public var description: String {
        first == last ? DayInterval.isoDay(first) : "\(DayInterval.isoDay(first))..\(DayInterval.isoDay(last))"
    }

    // MARK: Gregorian arithmetic

    /// Days from 1970-01-01 to the given Gregorian date (month 1…12, day 1…31).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Count from March so the leap day is the last day of the counting year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian (year, month, day) of a day number.
    public static func civilDate(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func isoDay(_ dayNumber: Int) -> String {
        let (y, m, d) = civilDate(dayNumber)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func daysInGregorianMonth(year: Int, month: Int) -> Int {
        let next = month == 12 ? dayNumber(year: year + 1, month: 1, day: 1) : dayNumber(year: year, month: month + 1, day: 1)
        return next - dayNumber(year: year, month: month, day: 1)
    }

    /// A Gregorian year, month or day.
    public static func gregorian(year: Int, month: Int? = nil, day: Int? = nil) -> DayInterval? {
        guard let month else {
            return DayInterval(first: dayNumber(year: year, month: 1, day: 1), last: dayNumber(year: year, month: 12, day: 31))
        }
        guard (1...12).contains(month) else { return nil }
        let length = daysInGregorianMonth(year: year, month: month)
        guard let day else {
            let first = dayNumber(year: year, month: month, day: 1)
            return DayInterval(first: first, last: first + length - 1)
        }
        guard (1...length).contains(day) else { return nil }
        let d = dayNumber(year: year, month: month, day: day)
        return DayInterval(first: d, last: d)
    }

    // MARK: Jalali (Solar Hijri)

    private static let persian: Calendar = {
        var calendar = Calendar(identifier: .persian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
    private static let gregorianCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The day number of the first day of a Jalali month (month may be 13: the next year's Farvardin).
    static func jalaliMonthStart(year: Int, month: Int) -> Int? {
        let (y, m) = month == 13 ? (year + 1, 1) : (year, month)
        guard let date = persian.date(from: DateComponents(year: y, month: m, day: 1)) else { return nil }
        let parts = gregorianCalendar.dateComponents([.year, .month, .day], from: date)
        guard let gy = parts.year, let gm = parts.month, let gd = parts.day else { return nil }
        return dayNumber(year: gy, month: gm, day: gd)
    }

    /// A Jalali year, month or day. Month lengths come from the calendar (31 × 6, 30 × 5, then 29 or 30).
    public static func jalali(year: Int, month: Int? = nil, day: Int? = nil) -> DayInterval? {
        guard (1...9000).contains(year) else { return nil }
        guard let month else {
            guard let first = jalaliMonthStart(year: year, month: 1), let next = jalaliMonthStart(year: year, month: 13) else { return nil }
            return DayInterval(first: first, last: next - 1)
        }
        guard (1...12).contains(month), let first = jalaliMonthStart(year: year, month: month),
              let next = jalaliMonthStart(year: year, month: month + 1) else { return nil }
        guard let day else { return DayInterval(first: first, last: next - 1) }
        guard day >= 1, first + day - 1 < next else { return nil }
        return DayInterval(first: first + day - 1, last: first + day - 1)
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (also with `/`) as a Gregorian or Jalali date.
    static func parse(_ text: String, jalali: Bool) -> DayInterval? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parts.map { $0! }
        let month = numbers.count > 1 ? numbers[1] : nil
        let day = numbers.count > 2 ? numbers[2] : nil
        return jalali ? DayInterval.jalali(year: numbers[0], month: month, day: day)
                      : DayInterval.gregorian(year: numbers[0], month: month, day: day)
    }

    // MARK: Data values

    /// The interval an RDF literal denotes: `xsd:date`, `xsd:gYearMonth`, `xsd:gYear` and the date part of
    /// `xsd:dateTime` (as written, time zone ignored). Other literals are not dates.
    public static func of(_ term: Term) -> DayInterval? {
        guard case .literal(let literal) = term, DayInterval.dateTypes.contains(literal.datatype) else { return nil }
        let text = literal.lexicalForm
        let datePart = text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        switch literal.datatype {
        case XSD.gYear:
            guard let y = Int(fields.first ?? "") else { return nil }
            return gregorian(year: y)
        case XSD.gYearMonth:
            guard fields.count >= 2, let y = Int(fields[0]), let m = Int(fields[1].prefix(2)) else { return nil }
            return gregorian(year: y, month: m)
        default:
            guard fields.count >= 3, let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2].prefix(2)) else { return nil }
            return gregorian(year: y, month: m, day: d)
        }
    }

    /// The datatypes that carry a Gregorian date of some precision.
    public static let dateTypes: Set<IRI> = [XSD.date, XSD.dateTime, XSD.gYearMonth, XSD.gYear]
}
