import KheshtGraph

/// A Gregorian date known to a given precision: a year, a year and month, a day, or a day with a time.
///
/// Read from the lexical forms of `xsd:gYear`, `xsd:gYearMonth`, `xsd:date` and `xsd:dateTime`; the datatype, not
/// the look of the text, decides the precision, so `"2019"^^xsd:gYear` never becomes 1 January 2019.
///
/// Related spec: XML Schema 1.1 Part 2, §3.3.7–3.3.11 (dateTime, date, gYearMonth, gYear).
public struct GregorianPartialDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?
    public let hour: Int?
    public let minute: Int?
    public let second: Int?
    /// The time zone as written ("Z", "+03:30"), when the value carried one.
    public let timeZone: String?

    public var precision: DatePrecision {
        if hour != nil { return .time }
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
                second: Int? = nil, timeZone: String? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.hour = self.day == nil ? nil : hour
        self.minute = self.hour == nil ? nil : minute
        self.second = self.hour == nil ? nil : second
        self.timeZone = timeZone
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fff]]`, each with an optional zone
    /// (`Z` or `±hh:mm`). Returns nil for anything else, including impossible days (2019-02-30).
    public init?(lexical text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var zone: String?
        if body.hasSuffix("Z") {
            zone = "Z"
            body = body.dropLast()
        } else if body.count > 6 {
            let tail = body.suffix(6)
            if let sign = tail.first, sign == "+" || sign == "-", tail.dropFirst(3).first == ":",
               DigitParsing.integer(tail.dropFirst().prefix(2)) != nil, DigitParsing.integer(tail.suffix(2)) != nil {
                zone = String(tail)
                body = body.dropLast(6)
            }
        }
        let dateAndTime = body.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let dateParts = dateAndTime[0].split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(dateParts.count), dateParts[0].count >= 4,
              let year = DigitParsing.integer(dateParts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if dateParts.count >= 2 {
            guard dateParts[1].count == 2, let value = DigitParsing.integer(dateParts[1]), (1...12).contains(value)
            else { return nil }
            month = value
        }
        if dateParts.count == 3, let month {
            guard dateParts[2].count == 2, let value = DigitParsing.integer(dateParts[2]),
                  value >= 1, value <= DayNumber.daysInMonth(year: year, month: month) else { return nil }
            day = value
        }
        var hour: Int?
        var minute: Int?
        var second: Int?
        if dateAndTime.count == 2 {
            guard day != nil else { return nil }
            let timeParts = dateAndTime[1].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(timeParts.count),
                  let h = DigitParsing.integer(timeParts[0]), (0...24).contains(h),
                  let m = DigitParsing.integer(timeParts[1]), (0...59).contains(m) else { return nil }
            hour = h
            minute = m
            if timeParts.count == 3 {
                let whole = timeParts[2].split(separator: ".", maxSplits: 1)[0]
                guard let s = DigitParsing.integer(whole), (0...60).contains(s) else { return nil }
                second = s
            }
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second, timeZone: zone)
    }

    /// Reads a literal by its datatype; a plain string is read by its shape. Other datatypes give nil.
    ///
    /// A value whose text is more precise than its datatype allows (`"2019-11-02"^^xsd:gYear`) is refused rather
    /// than silently truncated, so bad data shows up as undated instead of wrong.
    public init?(literal: Literal) {
        guard let parsed = GregorianPartialDate(lexical: literal.lexicalForm) else { return nil }
        let expected: ClosedRange<DatePrecision>
        switch literal.datatype {
        case XSD.gYear: expected = .year ... .year
        case XSD.gYearMonth: expected = .month ... .month
        case XSD.date: expected = .day ... .day
        case XSD.dateTime: expected = .time ... .time
        case XSD.string, RDF.langString: expected = .year ... .time
        default: return nil
        }
        guard expected.contains(parsed.precision) else { return nil }
        self = parsed
    }

    /// The first day this value can mean (1 January for a year: a bound, not a claim).
    public var firstDayNumber: Int { DayNumber.of(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this value can mean (31 December for a year).
    public var lastDayNumber: Int {
        if let month, let day { return DayNumber.of(year: year, month: month, day: day) }
        if let month { return DayNumber.of(year: year, month: month, day: DayNumber.daysInMonth(year: year, month: month)) }
        return DayNumber.of(year: year, month: 12, day: 31)
    }

    /// The ISO 8601 text at exactly this precision: "2019", "2019-11", "2019-11-02", "2019-11-02T18:30".
    public var isoText: String {
        var out = DigitParsing.padded(year, 4)
        if let month { out += "-" + DigitParsing.padded(month, 2) }
        if let day { out += "-" + DigitParsing.padded(day, 2) }
        if let hour, let minute {
            out += "T" + DigitParsing.padded(hour, 2) + ":" + DigitParsing.padded(minute, 2)
            if let second, second != 0 { out += ":" + DigitParsing.padded(second, 2) }
            if let timeZone { out += timeZone }
        }
        return out
    }

    public var description: String { isoText }
}
