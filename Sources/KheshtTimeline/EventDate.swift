/// When an event happened, as precisely as the sources say, in both calendars, with the stretch of days it covers.
///
/// `firstDay...lastDay` (days since 1970-01-01) is where the event is drawn: one day for a dated event, the
/// whole year for a year-only one. `isPartial` is true whenever that stretch is a bound rather than the event's
/// own length (a year, a month, or a Jalali date placed without a calendar), so renderers draw it as uncertain.
public struct EventDate: Hashable, Sendable {
    /// The Gregorian start as given (or derived from the Jalali form by a calendar).
    public let start: GregorianPartialDate?
    public let end: GregorianPartialDate?
    /// The Jalali start as given in `kh:jalaliDate` (or derived from the Gregorian start by a calendar).
    public let jalaliStart: JalaliPartialDate?
    public let jalaliEnd: JalaliPartialDate?
    /// True when the Jalali form came from a calendar rather than the data (and the other way round for `start`).
    public let jalaliIsDerived: Bool
    public let gregorianIsDerived: Bool
    /// The surface text the article used ("عصر شنبه"), when kept.
    public let dateText: String?
    /// First and last day covered (days since 1970-01-01, inclusive).
    public let firstDay: Int
    public let lastDay: Int
    /// The stretch is a bound on an imprecise date, not the event's own duration.
    public let isPartial: Bool
    /// The `kh:jalaliDate` stored in the data when it names days the Gregorian value does not: a data error,
    /// reported rather than silently overwritten.
    public let conflictingJalali: JalaliPartialDate?
    /// Start dates other sources give that contradict `start` (the one most sources support): shown, not hidden.
    public let alternativeStarts: [GregorianPartialDate]

    public init(start: GregorianPartialDate?, end: GregorianPartialDate?, jalaliStart: JalaliPartialDate?,
                jalaliEnd: JalaliPartialDate?, jalaliIsDerived: Bool, gregorianIsDerived: Bool, dateText: String?,
                firstDay: Int, lastDay: Int, isPartial: Bool, conflictingJalali: JalaliPartialDate? = nil,
                alternativeStarts: [GregorianPartialDate] = []) {
        self.start = start
        self.end = end
        self.jalaliStart = jalaliStart
        self.jalaliEnd = jalaliEnd
        self.jalaliIsDerived = jalaliIsDerived
        self.gregorianIsDerived = gregorianIsDerived
        self.dateText = dateText
        self.firstDay = firstDay
        self.lastDay = max(firstDay, lastDay)
        self.isPartial = isPartial
        self.conflictingJalali = conflictingJalali
        self.alternativeStarts = alternativeStarts
    }

    /// The precision of the start in the calendar the source used.
    public var precision: DatePrecision {
        if gregorianIsDerived, let jalaliStart { return jalaliStart.precision }
        return start?.precision ?? jalaliStart?.precision ?? .year
    }

    /// An explicit start and end (not merely an imprecise single date).
    public var isRange: Bool { end != nil || jalaliEnd != nil }

    /// Drawn as a bar rather than a point.
    public var isSpan: Bool { lastDay > firstDay }

    /// "2019-11-02", "2019", "2019-11-02 – 2019-11-04"; for a Jalali-only date without a calendar, the Gregorian
    /// years it falls within ("2020/2021").
    public var gregorianText: String {
        guard let start else {
            let first = DayNumber.date(of: firstDay).year
            let last = DayNumber.date(of: lastDay).year
            return first == last ? String(first) : "\(first)/\(last)"
        }
        if let end { return "\(start.isoText) – \(end.isoText)" }
        return start.isoText
    }

    /// "1398-08-11", "1399", a range, or nil when neither the data nor a calendar gives a Jalali form.
    public var jalaliText: String? {
        guard let jalaliStart else { return nil }
        if let jalaliEnd { return "\(jalaliStart.isoText) – \(jalaliEnd.isoText)" }
        return jalaliStart.isoText
    }

    /// The Jalali form with Persian digits and slashes ("۱۳۹۸/۰۸/۱۱").
    public var jalaliPersianText: String? {
        guard let jalaliStart else { return nil }
        if let jalaliEnd { return "\(jalaliStart.persianText) – \(jalaliEnd.persianText)" }
        return jalaliStart.persianText
    }

    /// The Gregorian year used to group events (the year the stretch starts in).
    public var gregorianYear: Int { start?.year ?? DayNumber.date(of: firstDay).year }
}
