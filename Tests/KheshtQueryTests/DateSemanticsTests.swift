@testable import KheshtQuery
import KheshtGraph
import Testing

/// Dates of different calendars and precisions meet as day intervals.
@Suite struct DateSemanticsTests {
    func day(_ s: String) -> Int {
        let p = s.split(separator: "-").map { Int($0)! }
        return DayInterval.dayNumber(year: p[0], month: p[1], day: p[2])
    }

    @Test func jalaliYearMonthAndDay() {
        #expect(DayInterval.jalali(year: 1398) == DayInterval(first: day("2019-03-21"), last: day("2020-03-19")))
        #expect(DayInterval.jalali(year: 1398, month: 8) == DayInterval(first: day("2019-10-23"), last: day("2019-11-21")))
        #expect(DayInterval.jalali(year: 1398, month: 8, day: 12) == DayInterval(first: day("2019-11-03"), last: day("2019-11-03")))
        #expect(DayInterval.jalali(year: 1398, month: 12)?.last == day("2020-03-19"), "Esfand 1398 has 29 days")
        #expect(DayInterval.jalali(year: 1399, month: 12)?.last == day("2021-03-20"), "1399 is a leap year: Esfand has 30 days")
        #expect(DayInterval.jalali(year: 1398, month: 12, day: 30) == nil)
        #expect(DayInterval.jalali(year: 1398, month: 13) == nil)
    }

    @Test func gregorianPrecisions() {
        #expect(DayInterval.gregorian(year: 2019) == DayInterval(first: day("2019-01-01"), last: day("2019-12-31")))
        #expect(DayInterval.gregorian(year: 2020, month: 2)?.last == day("2020-02-29"))
        #expect(DayInterval.gregorian(year: 2019, month: 2, day: 29) == nil)
        #expect(DayInterval.isoDay(day("1970-01-01")) == "1970-01-01")
        #expect(DayInterval.isoDay(day("2000-02-29")) == "2000-02-29")
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            let (y, m, d) = DayInterval.civilDate(n)
            #expect(DayInterval.dayNumber(year: y, month: m, day: d) == n)
        }
    }

    @Test func dataLiteralsBecomeIntervals() {
        #expect(DayInterval.of(.typed("2019-11-02", XSD.date)) == DayInterval.gregorian(year: 2019, month: 11, day: 2))
        #expect(DayInterval.of(.typed("2019-11-03T10:27:00+03:30", XSD.dateTime)) == DayInterval.gregorian(year: 2019, month: 11, day: 3))
        #expect(DayInterval.of(.typed("2018-10", XSD.gYearMonth)) == DayInterval.gregorian(year: 2018, month: 10))
        #expect(DayInterval.of(.typed("2013", XSD.gYear)) == DayInterval.gregorian(year: 2013))
        #expect(DayInterval.of(.string("2013")) == nil, "a plain string is not a date")
    }

    @Test func comparisonsAcrossCalendars() throws {
        let engine = QueryEngine(store: NewsDataset.store())
        func events(_ condition: String) throws -> Set<String> {
            Set(try QueryTestSupport.rows(engine, "find ?e where { ?e a Event ; startDate ?d filter (\(condition)) }").map { $0[0] })
        }
        let gb3 = "event/golden-brick-3", gb4 = "event/golden-brick-4", expo = "event/smart-city-expo"
        // gb3: 2018-10 (month) · gb4: 2019-11-02 (day) · expo: 2020 (year)
        #expect(try events("?d in jalali 1398") == [gb4])
        #expect(try events("?d in jalali ۱۳۹۸/۰۸") == [gb4])
        #expect(try events("?d in jalali 1398/08/11") == [gb4])
        #expect(try events("?d = jalali ۱۱ آبان ۱۳۹۸") == [gb4], "day, Persian month name, year")
        #expect(try events("?d in jalali آبان 1398") == [gb4])
        #expect(try events("?d in jalali مهر 1397") == [])
        #expect(try events("?d = date 2 November 2019") == [gb4])
        #expect(try events("?d = date October 2018") == [gb3])
        #expect(try events("?d in date نوامبر 2019") == [gb4])
        #expect(try events("?d in jalali 1398/08/12") == [])
        #expect(try events("?d >= date 2019-06") == [gb4, expo])
        #expect(try events("?d >= jalali 1398") == [gb4, expo])
        #expect(try events("?d < jalali 1398") == [gb3])
        #expect(try events("?d > jalali 1398") == [], "2020 overlaps Jalali 1398 (until 2020-03-19): not strictly after")
        #expect(try events("?d > jalali 1397") == [gb4, expo])
        #expect(try events("?d <= jalali 1398") == [gb3, gb4])
        #expect(try events("?d <= date 2020") == [gb3, gb4, expo])
        #expect(try events("?d = date 2018-10") == [gb3])
        #expect(try events("?d != date 2018-10") == [gb4, expo])
        #expect(try events("?d = jalali 1398/08/11") == [gb4], "a Jalali day equals the same Gregorian day")
        #expect(try events("date 2019 < ?d") == [expo], "a query date may stand on the left")
        #expect(try events("jalali 1397/07/01 <= ?d") == [gb3, gb4, expo], "a date no later than the value's end: October 2018 ends after Mehr 1")
        #expect(try events("jalali 1397/07/10 < ?d") == [gb4, expo], "Mehr 10 (2018-10-02) is not before all of October 2018")
        #expect(try events("?d in date 2018") == [gb3])
        #expect(try events("?d between jalali 1397/07/09 and date 2019-11-02") == [gb3, gb4])
        #expect(try events("?d between jalali 1397/07/10 and date 2019-11-02") == [gb4], "Mehr 10 1397 is 2018-10-02: October is no longer inside")
    }
}
