import Testing
import KheshtText

@Suite struct PartialDateTests {
    @Test func gregorianValuesAreExact() throws {
        let day = try #require(PartialDate(calendar: .gregorian, year: 2019, month: 11, day: 2))
        #expect(day.xsdLexical == "2019-11-02")
        #expect(day.xsdDatatype == "date")
        #expect(day.jalali == "1398-08-11")
        let month = try #require(PartialDate(calendar: .gregorian, year: 2019, month: 11))
        #expect(month.xsdLexical == "2019-11")
        #expect(month.xsdDatatype == "gYearMonth")
        #expect(month.jalali == "1398")                 // November spans Aban and Azar
        #expect(month.gregorianDay == nil)
        let year = try #require(PartialDate(calendar: .gregorian, year: 2013))
        #expect(year.xsdLexical == "2013")
        #expect(year.xsdDatatype == "gYear")
        #expect(!year.xsdIsApproximate)
        #expect(year.jalali == nil)                     // 2013 spans 1391 and 1392
        #expect(year.gregorianMonth == nil)
    }

    @Test func jalaliYearsAndMonthsNeverClaimAGregorianMonth() throws {
        let aban = try #require(PartialDate(calendar: .jalali, year: 1398, month: 8))
        #expect(aban.firstDay == GregorianDate(year: 2019, month: 10, day: 23))
        #expect(aban.lastDay == GregorianDate(year: 2019, month: 11, day: 21))
        #expect(aban.gregorianMonth == nil)
        #expect(aban.xsdLexical == "2019")
        #expect(aban.xsdDatatype == "gYear")
        #expect(!aban.xsdIsApproximate)
        #expect(aban.jalali == "1398-08")

        let year = try #require(PartialDate(calendar: .jalali, year: 1398))
        #expect(year.firstDay == GregorianDate(year: 2019, month: 3, day: 21))
        #expect(year.lastDay == GregorianDate(year: 2020, month: 3, day: 19))
        #expect(year.gregorianYear == 2019)
        #expect(year.spansGregorianYears)
        #expect(year.xsdLexical == "2019")
        #expect(year.xsdIsApproximate)
        #expect(year.jalali == "1398")

        let dey = try #require(PartialDate(calendar: .jalali, year: 1398, month: 10))
        #expect(dey.spansGregorianYears)
        #expect(dey.xsdIsApproximate)
    }

    @Test func invalidDaysAreRejected() {
        #expect(PartialDate(calendar: .jalali, year: 1398, month: 12, day: 30) == nil)
        #expect(PartialDate(calendar: .jalali, year: 1399, month: 12, day: 30) != nil)
        #expect(PartialDate(calendar: .gregorian, year: 2019, month: 2, day: 29) == nil)
        #expect(PartialDate(calendar: .gregorian, year: 2019, month: 13) == nil)
    }

    @Test func dateTimesCarryTheirOffset() throws {
        let day = try #require(PartialDate(calendar: .jalali, year: 1398, month: 8, day: 12))
        let time = try #require(TimeOfDay(hour: 10, minute: 27))
        let reference = ReferenceTime(date: GregorianDate(year: 2019, month: 11, day: 3))
        let offset = reference.utcOffsetSeconds(on: day.firstDay, at: time)
        #expect(offset == 12_600)
        let summer = reference.utcOffsetSeconds(on: GregorianDate(year: 2019, month: 7, day: 1), at: time)
        #expect(summer == 16_200)                       // Tehran kept daylight saving time until 2022
        let moment = try #require(day.at(time, utcOffsetSeconds: offset))
        #expect(moment.xsdLexical == "2019-11-03T10:27:00+03:30")
        #expect(moment.xsdDatatype == "dateTime")
        #expect(moment.precision == .dateTime)
        #expect(moment.jalali == "1398-08-12")
    }

    @Test func referenceTimeAsADateValue() {
        let published = ReferenceTime(date: GregorianDate(year: 2019, month: 11, day: 3), time: TimeOfDay(hour: 10, minute: 27))
        #expect(published.partialDate().xsdLexical == "2019-11-03T10:27:00+03:30")
        #expect(published.partialDate().jalali == "1398-08-12")
        let dayOnly = ReferenceTime(date: GregorianDate(year: 2019, month: 11, day: 3), timeZoneIdentifier: nil)
        #expect(dayOnly.partialDate(calendar: .gregorian).xsdLexical == "2019-11-03")
    }
}
