import KheshtText

/// The project's Jalali calendar (`KheshtText.JalaliCalendar`, the 33-year arithmetic rule) as the timeline's
/// converter. The default for `TimelineBuilder`.
public struct ArithmeticJalaliCalendar: JalaliConverting {
    public init() {}

    public func gregorian(jalaliYear: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard let jalali = JalaliDate(validYear: jalaliYear, month: month, day: day) else { return nil }
        let gregorian = jalali.gregorian
        return (gregorian.year, gregorian.month, gregorian.day)
    }

    public func jalali(gregorianYear: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int) {
        let jalali = JalaliDate(GregorianDate(year: gregorianYear, month: month, day: day))
        return (jalali.year, jalali.month, jalali.day)
    }

    public func daysInJalaliMonth(year: Int, month: Int) -> Int {
        JalaliCalendar.daysInMonth(year: year, month: month)
    }
}
