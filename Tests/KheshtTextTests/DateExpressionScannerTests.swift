import Foundation
import Testing
import KheshtText

@Suite struct DateExpressionScannerTests {
    /// Published Sunday 12 Aban 1398 = 3 November 2019, 10:27 Tehran time.
    let published = ReferenceTime(date: GregorianDate(year: 2019, month: 11, day: 3), time: TimeOfDay(hour: 10, minute: 27))

    func only(_ text: String) -> TemporalExpression? {
        let found = DateExpressionScanner.scan(text, reference: published)
        #expect(found.count == 1, "\(text): \(found)")
        return found.first
    }

    @Test(arguments: [
        ("۱۲ آبان ۱۳۹۸", "2019-11-03", "1398-08-12"), ("12 آبان 1398", "2019-11-03", "1398-08-12"),
        ("١٢ آبان ١٣٩٨", "2019-11-03", "1398-08-12"), ("۱۲ آبان ماه ۱۳۹۸", "2019-11-03", "1398-08-12"),
        ("۱۳۹۸/۰۸/۱۲", "2019-11-03", "1398-08-12"), ("1398-08-12", "2019-11-03", "1398-08-12"),
        ("1398.08.12", "2019-11-03", "1398-08-12"), ("12/08/1398", "2019-11-03", "1398-08-12"),
        ("03 November 2019", "2019-11-03", "1398-08-12"), ("November 2, 2019", "2019-11-02", "1398-08-11"),
        ("2 Nov 2019", "2019-11-02", "1398-08-11"), ("November 2nd, 2019", "2019-11-02", "1398-08-11"),
        ("۳ نوامبر ۲۰۱۹", "2019-11-03", "1398-08-12"), ("2019-11-03", "2019-11-03", "1398-08-12"),
        ("۲۵ ارديبهشت ۱۳۹۸", "2019-05-15", "1398-02-25"),
    ])
    func absoluteDays(text: String, xsd: String, jalali: String) throws {
        let found = try #require(only(text))
        #expect(found.value.precision == .day)
        #expect(found.value.xsdLexical == xsd)
        #expect(found.value.xsdDatatype == "date")
        #expect(found.value.jalali == jalali)
        #expect(found.surface == text)
        #expect(found.kind == .absolute)
    }

    @Test(arguments: [
        ("سال ۲۰۱۳", "2013", "gYear", DatePrecision.year, false), ("in 2013", "2013", "gYear", .year, false),
        ("سال ۱۳۹۸", "2019", "gYear", .year, true), ("آبان ۱۳۹۸", "2019", "gYear", .yearMonth, false),
        ("November 2019", "2019-11", "gYearMonth", .yearMonth, false),
        ("اسفند ۱۳۹۸", "2020", "gYear", .yearMonth, false),
    ])
    func yearsAndMonths(text: String, xsd: String, datatype: String, precision: DatePrecision, approximate: Bool) throws {
        let found = try #require(only(text))
        #expect(found.value.precision == precision)
        #expect(found.value.xsdLexical == xsd)
        #expect(found.value.xsdDatatype == datatype)
        #expect(found.value.xsdIsApproximate == approximate)
        #expect(found.surface == text)
    }

    @Test func bareYearsAreLowConfidenceAndCalendarByRange() throws {
        let found = DateExpressionScanner.scan("در 2013 و ۱۳۹۲ و ۱۷۰۰ نفر و ۷۹۳۷۹۰")
        #expect(found.map(\.value.year) == [2013, 1392])
        #expect(found.map(\.value.calendar) == [.gregorian, .jalali])
        #expect(found.allSatisfy { $0.confidence < 1 })
        #expect(found.allSatisfy { $0.value.precision == .year })
    }

    @Test func seedHeaderGivesDateTimeThenGregorianDay() throws {
        let text = "تاریخ انتشار: ۱۲ آبان ۱۳۹۸ - ۱۰:۲۷ 03 November 2019"
        let found = DateExpressionScanner.scan(text, reference: published)
        #expect(found.count == 2)
        let first = try #require(found.first)
        #expect(first.value.precision == .dateTime)
        #expect(first.value.xsdLexical == "2019-11-03T10:27:00+03:30")
        #expect(first.value.calendar == .jalali)
        #expect(first.surface == "۱۲ آبان ۱۳۹۸ - ۱۰:۲۷")
        #expect(first.span.substring(of: text) == first.surface)
        #expect(found.last?.value.xsdLexical == "2019-11-03")
        #expect(found.last?.surface == "03 November 2019")
    }

    @Test(arguments: [
        ("امروز", "2019-11-03", PartOfDay?.none), ("دیروز", "2019-11-02", nil), ("پریروز", "2019-11-01", nil),
        ("فردا", "2019-11-04", nil), ("پس‌فردا", "2019-11-05", nil), ("امشب", "2019-11-03", .night),
        ("دیشب", "2019-11-02", .night), ("ظهر امروز", "2019-11-03", .noon), ("صبح امروز", "2019-11-03", .morning),
        ("عصر شنبه", "2019-11-02", .evening), ("شامگاه شنبه", "2019-11-02", .evening),
        ("روز شنبه", "2019-11-02", nil), ("شنبه گذشته", "2019-11-02", nil), ("شنبه", "2019-11-02", nil),
        ("یکشنبه", "2019-11-03", nil), ("یک‌شنبه گذشته", "2019-10-27", nil), ("سه شنبه", "2019-10-29", nil),
        ("سه‌شنبه آینده", "2019-11-05", nil), ("روز گذشته", "2019-11-02", nil), ("شب گذشته", "2019-11-02", .night),
        ("امروز صبح", "2019-11-03", .morning), ("بعد از ظهر دیروز", "2019-11-02", .afternoon),
        ("today", "2019-11-03", nil), ("yesterday", "2019-11-02", nil), ("on Saturday", "2019-11-02", nil),
        ("last Saturday", "2019-11-02", nil), ("Saturday evening", "2019-11-02", .evening),
        ("last Sunday", "2019-10-27", nil), ("next Saturday", "2019-11-09", nil), ("last night", "2019-11-02", .night),
        ("this morning", "2019-11-03", .morning), ("عصر شنبه", "2019-11-02", .evening),
    ])
    func relativeDays(text: String, xsd: String, part: PartOfDay?) throws {
        let found = try #require(only(text))
        #expect(found.kind == .relative)
        #expect(found.value.precision == .day)
        #expect(found.value.xsdLexical == xsd, "\(text)")
        #expect(found.value.partOfDay == part, "\(text)")
        #expect(found.surface == text)
    }

    @Test func seedSentenceSaturdayEvening() throws {
        let text = "به گزارش تابناک تهران، محسن هاشمی عصر شنبه در آیین چهارمین دوره جایزه جهانی خشت طلایی"
        let found = DateExpressionScanner.scan(text, reference: published)
        let evening = try #require(found.first)
        #expect(found.count == 1)
        #expect(evening.value.xsdLexical == "2019-11-02")
        #expect(evening.value.jalali == "1398-08-11")
        #expect(evening.value.partOfDay == .evening)
        #expect(evening.surface == "عصر شنبه")
        #expect(evening.span.substring(of: text) == "عصر شنبه")
    }

    @Test func relativeYearsMonthsAndYearlessDays() throws {
        #expect(only("امسال")?.value.jalali == "1398")
        #expect(only("سال گذشته")?.value.jalali == "1397")
        #expect(only("ماه گذشته")?.value.jalali == "1398-07")
        #expect(only("last year")?.value.xsdLexical == "2018")
        #expect(only("last month")?.value.xsdLexical == "2019-10")
        let yearless = try #require(only("۲۰ اسفند"))
        #expect(yearless.value.jalali == "1398-12-20")      // nearer to Aban 1398 than Esfand 1397
        #expect(yearless.kind == .relative)
        #expect(DateExpressionScanner.scan("هفته گذشته و last week", reference: published).isEmpty)
    }

    @Test func weekdayBeforeAStatedDateYieldsTheStatedDate() throws {
        let found = try #require(only("شنبه ۱۱ آبان ۱۳۹۸"))
        #expect(found.kind == .absolute)
        #expect(found.value.xsdLexical == "2019-11-02")
        #expect(found.surface == "شنبه ۱۱ آبان ۱۳۹۸")
        let english = try #require(only("Saturday, November 2, 2019"))
        #expect(english.value.xsdLexical == "2019-11-02")
    }

    @Test func relativeExpressionsNeedAReference() {
        #expect(DateExpressionScanner.scan("دیروز عصر شنبه", reference: nil).isEmpty)
        #expect(DateExpressionScanner.scan("۱۲ آبان ۱۳۹۸", reference: nil).count == 1)
    }

    @Test func invalidDatesAndNonDatesAreIgnored() {
        #expect(DateExpressionScanner.scan("۳۰ اسفند ۱۳۹۸ و 1398/13/01 و 31 November 2019", reference: published)
            .allSatisfy { $0.value.precision < .day }, "an impossible day is never reported as a day")
        #expect(DateExpressionScanner.scan("عصر حاضر و مهر شهرداری و 3.5 درصد", reference: published).isEmpty)
    }

    @Test func referenceFromAnInstantUsesTehranLocalDate() throws {
        // 2019-11-02T21:00:00Z is already 3 November (00:30) in Tehran.
        let instant = Date(timeIntervalSince1970: TimeInterval(GregorianDate(year: 2019, month: 11, day: 2).dayNumber * 86_400 + 21 * 3_600))
        let reference = ReferenceTime(instant)
        #expect(reference.date == GregorianDate(year: 2019, month: 11, day: 3))
        #expect(reference.time == TimeOfDay(hour: 0, minute: 30))
        #expect(DateExpressionScanner.scan("دیروز", reference: reference).first?.value.xsdLexical == "2019-11-02")
    }

    @Test func dayInWordsTwoDigitYearsAndRanges() throws {
        let words = try #require(only("دوازدهم آبان ماه ۱۳۹۸"))
        #expect(words.value.xsdLexical == "2019-11-03")
        #expect(words.surface == "دوازدهم آبان ماه ۱۳۹۸")
        #expect(only("یازدهم آبان")?.value.jalali == "1398-08-11")
        #expect(DateExpressionScanner.scan("دو تیر شلیک شد", reference: published).isEmpty)

        let short = try #require(only("۱۲ آبان ۹۸"))
        #expect(short.value.jalali == "1398-08-12")
        #expect(short.confidence < 1)
        #expect(only("سال ۹۸")?.value.jalali == "1398")
        #expect(only("سال ۰۲")?.value.jalali == "1402")

        let range = DateExpressionScanner.scan("از ۱۰ تا ۱۲ آبان ۱۳۹۸ و 1-3 November 2019", reference: published)
        #expect(range.map(\.value.xsdLexical) == ["2019-11-01", "2019-11-03", "2019-11-01", "2019-11-03"])
        #expect(range.map(\.surface) == ["۱۰", "۱۲ آبان ۱۳۹۸", "1", "3 November 2019"])
    }

    @Test func englishNewsSentence() throws {
        let text = "Tehran City Council chairman Mohsen Hashemi said on Saturday evening, Nov. 2, that the fourth "
            + "Golden Brick award (Nov. 2, 2019) follows World Cities Day, established in 2013."
        let found = DateExpressionScanner.scan(text, reference: published)
        #expect(found.map(\.surface) == ["on Saturday evening", "Nov. 2", "Nov. 2, 2019", "in 2013"])
        #expect(found.map(\.value.xsdLexical) == ["2019-11-02", "2019-11-02", "2019-11-02", "2013"])
        #expect(found.first?.value.partOfDay == .evening)
        #expect(SentenceSplitter.split(text).count == 1)
        #expect(LanguageDetector.detect(text) == .english)
        #expect(NumberWords.scan(text).filter(\.isOrdinal).map(\.value) == [4])
    }

    @Test func clockTimesJoinRelativeDays() throws {
        let before = try #require(only("ساعت ۱۰:۳۰ امروز"))
        #expect(before.value.xsdLexical == "2019-11-03T10:30:00+03:30")
        let after = try #require(only("دیروز ساعت ۱۸:۰۵"))
        #expect(after.value.xsdLexical == "2019-11-02T18:05:00+03:30")
        #expect(after.value.precision == .dateTime)
        // A time alone has no day to belong to and is not reported.
        #expect(DateExpressionScanner.scan("ساعت ۱۰:۳۰", reference: published).isEmpty)
        #expect(DateExpressionScanner.scan("25:61 امروز", reference: published).map(\.surface) == ["امروز"])
    }

    @Test func confidenceReflectsAmbiguity() throws {
        #expect(only("جمعه")?.confidence == 0.7)
        #expect(only("روز جمعه")?.confidence == 0.9)
        #expect(DateExpressionScanner.scan("prices may 5 times rise", reference: published).isEmpty)
        #expect(only("5 May 2019")?.value.xsdLexical == "2019-05-05")
    }
}
