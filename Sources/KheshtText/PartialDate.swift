/// A date known only as far as the text states it: a year, a month of a year, a day, or a day with a time,
/// written in the Gregorian or the Jalali calendar.
///
/// The calendar fields (`year`, `month`, `day`) are in `calendar`, as written. Everything Gregorian is derived
/// honestly from the interval of days the value covers (`firstDay ... lastDay`):
///
/// - A Jalali year or month does not line up with Gregorian ones (1398 runs 2019-03-21 … 2020-03-19, Aban 1398
///   runs 2019-10-23 … 2019-11-21). `gregorianMonth` is set only when the whole interval lies in one Gregorian
///   month, and `gregorianYear` is the year of the first day, with `spansGregorianYears` telling when the
///   interval reaches into the next year.
/// - `xsdLexical`/`xsdDatatype` are the smallest XML Schema value that contains the whole interval: Aban 1398 is
///   `"2019"^^xsd:gYear`, not a made-up `2019-11`. When no such value exists (a Jalali year, Dey, Esfand across
///   New Year) it is the gYear of the first day and `xsdIsApproximate` is true, so writers can say so.
/// - `jalali` is the same rule the other way round: a Gregorian day gives "1398-08-11", November 2019 spans
///   two Jalali months and gives "1398", and the year 2019 spans two Jalali years and gives nil.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public let calendar: CalendarSystem
    public let precision: DatePrecision
    /// The year in `calendar`.
    public let year: Int
    /// The month in `calendar` (precision yearMonth and finer).
    public let month: Int?
    /// The day of month in `calendar` (precision day and finer).
    public let day: Int?
    /// The clock time (precision dateTime).
    public let time: TimeOfDay?
    /// A named part of the day ("عصر", "morning") kept beside a day without claiming a clock time.
    public let partOfDay: PartOfDay?
    /// Offset from UTC of the local clock time, when the reference time zone is known.
    public let utcOffsetSeconds: Int?

    /// A year, year-month or day in `calendar`; nil when the fields do not name a real date.
    public init?(calendar: CalendarSystem, year: Int, month: Int? = nil, day: Int? = nil,
                 partOfDay: PartOfDay? = nil) {
        switch (month, day) {
        case (nil, nil):
            precision = .year
        case (let month?, nil):
            guard (1...12).contains(month) else { return nil }
            precision = .yearMonth
        case (let month?, let day?):
            let valid = calendar == .jalali
                ? JalaliCalendar.isValid(year: year, month: month, day: day)
                : GregorianDate.isValid(year: year, month: month, day: day)
            guard valid else { return nil }
            precision = .day
        case (nil, _?):
            return nil
        }
        self.calendar = calendar
        self.year = year
        self.month = month
        self.day = day
        self.time = nil
        self.partOfDay = precision == .day ? partOfDay : nil
        self.utcOffsetSeconds = nil
    }

    /// A day given by its Gregorian date, written in `calendar`.
    public init(day date: GregorianDate, calendar: CalendarSystem, partOfDay: PartOfDay? = nil) {
        self.calendar = calendar
        precision = .day
        if calendar == .jalali {
            let jalali = JalaliDate(date)
            (year, month, day) = (jalali.year, jalali.month, jalali.day)
        } else {
            (year, month, day) = (date.year, date.month, date.day)
        }
        time = nil
        self.partOfDay = partOfDay
        utcOffsetSeconds = nil
    }

    private init(copying other: PartialDate, time: TimeOfDay, utcOffsetSeconds: Int?) {
        calendar = other.calendar
        precision = .dateTime
        year = other.year
        month = other.month
        day = other.day
        self.time = time
        partOfDay = other.partOfDay
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// This day at a clock time; nil unless this value is a day.
    public func at(_ time: TimeOfDay, utcOffsetSeconds: Int? = nil) -> PartialDate? {
        guard precision == .day else { return nil }
        return PartialDate(copying: self, time: time, utcOffsetSeconds: utcOffsetSeconds)
    }

    // MARK: Gregorian view

    /// The first Gregorian day the value covers.
    public var firstDay: GregorianDate {
        switch calendar {
        case .gregorian:
            return GregorianDate(year: year, month: month ?? 1, day: day ?? 1)
        case .jalali:
            return JalaliDate(year: year, month: month ?? 1, day: day ?? 1).gregorian
        }
    }

    /// The last Gregorian day the value covers.
    public var lastDay: GregorianDate {
        if day != nil { return firstDay }
        switch calendar {
        case .gregorian:
            let lastMonth = month ?? 12
            return GregorianDate(year: year, month: lastMonth,
                                 day: GregorianDate.daysInMonth(year: year, month: lastMonth))
        case .jalali:
            let lastMonth = month ?? 12
            return JalaliDate(year: year, month: lastMonth,
                              day: JalaliCalendar.daysInMonth(year: year, month: lastMonth)).gregorian
        }
    }

    /// The Gregorian day, when the value is a day (or a day with a time).
    public var gregorianDate: GregorianDate? { precision >= .day ? firstDay : nil }

    /// The Gregorian year of the first day covered.
    public var gregorianYear: Int { firstDay.year }

    /// The Gregorian month, only when every covered day lies in it.
    public var gregorianMonth: Int? {
        guard precision >= .yearMonth else { return nil }
        let (first, last) = (firstDay, lastDay)
        return first.year == last.year && first.month == last.month ? first.month : nil
    }

    /// The Gregorian day of month, when the value is a day.
    public var gregorianDay: Int? { gregorianDate?.day }

    /// True when the covered days reach into a second Gregorian year (every Jalali year does).
    public var spansGregorianYears: Bool { firstDay.year != lastDay.year }

    // MARK: Jalali view

    /// The smallest Jalali period holding every covered day: "1398-08-11", "1398-08", "1398"; nil when the
    /// days reach across two Jalali years.
    public var jalali: String? {
        let first = JalaliDate(firstDay)
        let last = JalaliDate(lastDay)
        if precision >= .day { return first.description }
        guard first.year == last.year else { return nil }
        if calendar == .jalali, precision == .year { return pad(first.year, 4) }
        if first.month == last.month, calendar == .jalali || (first.day == 1 &&
            last.day == JalaliCalendar.daysInMonth(year: last.year, month: last.month)) {
            return "\(pad(first.year, 4))-\(pad(first.month, 2))"
        }
        return pad(first.year, 4)
    }

    // MARK: XML Schema

    /// The XML Schema datatype local name of `xsdLexical`: "dateTime", "date", "gYearMonth" or "gYear".
    public var xsdDatatype: String {
        if precision == .dateTime { return "dateTime" }
        if precision == .day { return "date" }
        return gregorianMonth != nil ? "gYearMonth" : "gYear"
    }

    /// The smallest XML Schema value holding the whole value: "2019-11-02T17:00:00+03:30", "2019-11-02",
    /// "2019-11", "2019".
    public var xsdLexical: String {
        let first = firstDay
        switch xsdDatatype {
        case "dateTime":
            var text = "\(first)T\(time!)"
            if let offset = utcOffsetSeconds {
                let minutes = abs(offset) / 60
                text += (offset < 0 ? "-" : "+") + "\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
            }
            return text
        case "date": return first.description
        case "gYearMonth": return "\(pad(first.year, 4))-\(pad(first.month, 2))"
        default: return pad(first.year, 4)
        }
    }

    /// True when `xsdLexical` does not contain every covered day (a Jalali year: it names only the first
    /// Gregorian year of two).
    public var xsdIsApproximate: Bool { xsdDatatype == "gYear" && spansGregorianYears }

    public var description: String {
        var text = "\(calendar) \(pad(year, 4))"
        if let month { text += "-\(pad(month, 2))" }
        if let day { text += "-\(pad(day, 2))" }
        if let time { text += "T\(time)" }
        if let partOfDay { text += " (\(partOfDay))" }
        return text
    }
}
