import Foundation

/// The moment relative expressions are resolved against: an article's publication date and time, as a local
/// date in its time zone (Asia/Tehran for Iranian news).
///
/// "دیروز" means the day before the *local* publication day; a UTC date would be a day early for anything
/// published in Tehran before 03:30.
public struct ReferenceTime: Hashable, Sendable {
    /// The local calendar day.
    public var date: GregorianDate
    /// The local clock time, when known.
    public var time: TimeOfDay?
    /// The IANA time zone of the local date, used for the UTC offset of resolved date-times.
    public var timeZoneIdentifier: String?

    public init(date: GregorianDate, time: TimeOfDay? = nil, timeZoneIdentifier: String? = "Asia/Tehran") {
        self.date = date
        self.time = time
        self.timeZoneIdentifier = timeZoneIdentifier
    }

    /// The local date and time of an instant in `timeZone` (default Asia/Tehran).
    public init(_ instant: Date, timeZoneIdentifier: String = "Asia/Tehran") {
        let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        self.init(date: GregorianDate(year: parts.year!, month: parts.month!, day: parts.day!),
                  time: TimeOfDay(hour: parts.hour!, minute: parts.minute!, second: parts.second!),
                  timeZoneIdentifier: timeZoneIdentifier)
    }

    /// The reference moment as a date value (a day, or a day and time when the time is known), written in
    /// `calendar`, ready for `schema:datePublished` (`xsdLexical`/`xsdDatatype`) and its Jalali form.
    public func partialDate(calendar: CalendarSystem = .jalali) -> PartialDate {
        let day = PartialDate(day: date, calendar: calendar)
        guard let time else { return day }
        return day.at(time, utcOffsetSeconds: utcOffsetSeconds(on: date, at: time)) ?? day
    }

    /// The UTC offset in seconds of a local date and time in this reference's time zone (Tehran was +04:30 in
    /// summer until 2022 and +03:30 otherwise), or nil when the zone is unknown.
    public func utcOffsetSeconds(on date: GregorianDate, at time: TimeOfDay) -> Int? {
        guard let identifier = timeZoneIdentifier, let zone = TimeZone(identifier: identifier) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: time.hour, minute: time.minute, second: time.second)
        guard let instant = calendar.date(from: components) else { return nil }
        return zone.secondsFromGMT(for: instant)
    }
}
