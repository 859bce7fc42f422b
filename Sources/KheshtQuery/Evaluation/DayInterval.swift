import KheshtGraph
import KheshtText

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

    // MARK: Calendars (KheshtText's GregorianDate, JalaliCalendar and PartialDate do the arithmetic)

    /// Days from 1970-01-01 to the given Gregorian date.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        GregorianDate(year: year, month: month, day: day).dayNumber
    }

    /// The Gregorian (year, month, day) of a day number.
    public static func civilDate(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let date = GregorianDate(dayNumber: dayNumber)
        return (date.year, date.month, date.day)
    }

    public static func isoDay(_ dayNumber: Int) -> String {
        let (y, m, d) = civilDate(dayNumber)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func interval(_ calendar: CalendarSystem, year: Int, month: Int?, day: Int?) -> DayInterval? {
        guard (1...9999).contains(year), let date = PartialDate(calendar: calendar, year: year, month: month, day: day) else { return nil }
        return DayInterval(first: date.firstDay.dayNumber, last: date.lastDay.dayNumber)
    }

    /// A Gregorian year, month or day.
    public static func gregorian(year: Int, month: Int? = nil, day: Int? = nil) -> DayInterval? {
        interval(.gregorian, year: year, month: month, day: day)
    }

    /// A Jalali year, month or day (month lengths 31 × 6, 30 × 5, then 29 or 30 by the 33-year rule).
    public static func jalali(year: Int, month: Int? = nil, day: Int? = nil) -> DayInterval? {
        interval(.jalali, year: year, month: month, day: day)
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
