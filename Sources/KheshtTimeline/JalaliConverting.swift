/// A Jalali ⇄ Gregorian calendar, day for day. The timeline does no calendar arithmetic of its own: it asks this
/// (by default `ArithmeticJalaliCalendar`, backed by KheshtText).
///
/// Without one (`calendar: nil`), the timeline shows the Jalali form stored in the data (`kh:jalaliDate`) and places a Jalali-only
/// date between the Gregorian years it must fall in (a Jalali year Y lies within Gregorian years Y+621 and Y+622),
/// marked as partial.
public protocol JalaliConverting: Sendable {
    /// The Gregorian day of a Jalali day, or nil if that Jalali day does not exist.
    func gregorian(jalaliYear: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)?
    /// The Jalali day of a Gregorian day.
    func jalali(gregorianYear: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)
    /// Days in a Jalali month (29 or 30 for Esfand, by leap year).
    func daysInJalaliMonth(year: Int, month: Int) -> Int
}
