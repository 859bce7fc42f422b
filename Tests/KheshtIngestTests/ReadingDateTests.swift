import Testing
@testable import KheshtIngest

@Suite("Reading publication dates")
struct ReadingDateTests {
    @Test func rfc822WithOffset() throws {
        let date = try #require(PublicationDateParser.parse("Sun, 03 Nov 2019 10:27:00 +0330"))
        #expect(date.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(date.time == TimeOfDay(hour: 10, minute: 27, second: 0))
        #expect(date.utcOffsetMinutes == 210)
        #expect(date.jalali == nil)
        #expect(date.rawGregorian == "Sun, 03 Nov 2019")
        #expect(date.rawTime == "10:27:00 +0330")
    }

    @Test func machineFormsMatchTheGeneralScan() throws {
        // The hand-written fast path and the general scanner must agree on what they both read.
        for text in ["2019-11-03T10:27:00+03:30", "Sun, 03 Nov 2019 10:27:00 GMT", "03 Nov 2019"] {
            let fast = try #require(MachineDateParser.parse(text))
            let general = try #require(PublicationDateParser.parse(text + " ."))  // the dot defeats the fast path
            #expect(fast.gregorian == general.gregorian)
            #expect(fast.time == general.time)
            #expect(fast.utcOffsetMinutes == general.utcOffsetMinutes)
        }
        #expect(MachineDateParser.parse("2019-11-03T25:00:00Z") == nil)
        #expect(MachineDateParser.parse("Sun, 03 Foo 2019") == nil)
    }

    @Test func iso8601DateTime() throws {
        let date = try #require(PublicationDateParser.parse("2019-11-03T06:57:00Z"))
        #expect(date.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(date.time == TimeOfDay(hour: 6, minute: 57, second: 0))
        #expect(date.utcOffsetMinutes == 0)
        #expect(date.rawGregorian == "2019-11-03T06:57:00Z")
    }

    @Test func persianTextWithArabicYehAndWeekday() throws {
        let date = try #require(PublicationDateParser.parse("يکشنبه ۱۲ آبان ماه ۱۳۹۸ ساعت ۲۲:۰۵"))
        #expect(date.jalali == CalendarDay(year: 1398, month: 8, day: 12))
        #expect(date.rawJalali == "۱۲ آبان ماه ۱۳۹۸")
        #expect(date.time == TimeOfDay(hour: 22, minute: 5))
    }

    @Test func englishMonthFirstWithMeridiem() throws {
        let date = try #require(PublicationDateParser.parse("November 3, 2019 10:27 PM"))
        #expect(date.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(date.time == TimeOfDay(hour: 22, minute: 27))
    }

    @Test func impossibleDatesAreRejected() {
        #expect(PublicationDateParser.parse("32 November 2019") == nil)
        #expect(PublicationDateParser.parse("2019-13-03") == nil)
        #expect(PublicationDateParser.parse("no date here") == nil)
        // A Jalali month with a Gregorian year is not a date either.
        #expect(PublicationDateParser.parse("۱۲ آبان ۲۰۱۹")?.gregorian == nil)
    }
}
