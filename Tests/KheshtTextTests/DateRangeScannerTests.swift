import Testing
import KheshtText

/// Ranges, open ends and years borrowed from the end. Every Jalali day here was checked with jdatetime.
@Suite struct DateRangeScannerTests {
    /// Wednesday 24 Aban 1402 = 15 November 2023, 10:00 Tehran time.
    let published = ReferenceTime(date: GregorianDate(year: 2023, month: 11, day: 15), time: TimeOfDay(hour: 10, minute: 0))

    func ranges(_ text: String) -> [DateRange] { DateRangeScanner.scan(text, reference: published) }

    func only(_ text: String) -> DateRange? {
        let found = ranges(text)
        #expect(found.count == 1, "\(text): \(found)")
        return found.first
    }

    @Test(arguments: [
        // Shared month and year, Persian digits.
        ("نمایشگاه کتاب استان از ۵ تا ۹ آذر ۱۴۰۲ برپاست.", "2023-11-26", "2023-11-30", "1402-09-05"),
        // "الی", Arabic-Indic digits, the start without its year.
        ("این همایش از ٢٠ آبان الی ٢٥ آبان ١٤٠٢ برگزار شد.", "2023-11-11", "2023-11-16", "1402-08-20"),
        // The months differ and the start is in the year before the end's.
        ("جشنواره از 27 اسفند تا 5 فروردین 1403 ادامه خواهد داشت.", "2024-03-17", "2024-03-24", "1402-12-27"),
        // A bare day with "الی" and no year: the year nearest the reference.
        ("جشنواره ۱۰ الی ۱۵ آذر ماه در شیراز برگزار می‌شود.", "2023-12-01", "2023-12-06", "1402-09-10"),
        // "لغایت" with ASCII digits.
        ("ثبت‌نام 3 لغایت 8 آذر 1402 انجام می‌شود.", "2023-11-24", "2023-11-29", "1402-09-03"),
        // Two months, no year at all.
        ("هفته کتاب از ۲۸ آبان تا ۳ آذر است.", "2023-11-19", "2023-11-24", "1402-08-28"),
        // The month word joined to the month's name ("دی‌ماه", with ZWNJ or solid).
        ("نمایشگاه گل از ۴ تا ۱۱ دی‌ماه ۱۴۰۲ در باغ ملی برپاست.", "2023-12-25", "2024-01-01", "1402-10-04"),
        ("این جشنواره از 12 آذر تا 2 دیماه 1402 ادامه دارد.", "2023-12-03", "2023-12-23", "1402-09-12"),
    ])
    func persianRanges(text: String, start: String, end: String, jalaliStart: String) throws {
        let range = try #require(only(text))
        #expect(range.start?.xsdLexical == start)
        #expect(range.end?.xsdLexical == end)
        #expect(range.start?.jalali == jalaliStart)
    }

    @Test(arguments: [
        ("The fair runs from March 30 to April 2.", "2024-03-30", "2024-04-02"),
        ("The summit was held on June 14-16, 2022 in Doha.", "2022-06-14", "2022-06-16"),
        ("Screenings took place from October 3 to 9 across the city.", "2023-10-03", "2023-10-09"),
        ("The forum meets between 3 and 5 May 2024.", "2024-05-03", "2024-05-05"),
        ("The biennial ran from 28 September through 2 October.", "2023-09-28", "2023-10-02"),
        ("It was held December 27 – January 3, 2025.", "2024-12-27", "2025-01-03"),
    ])
    func englishRanges(text: String, start: String, end: String) throws {
        let range = try #require(only(text))
        #expect(range.start?.xsdLexical == start)
        #expect(range.end?.xsdLexical == end)
    }

    @Test func aStartInTheSameClauseTakesTheOpenEnd() throws {
        let persian = try #require(only("همایش ملی آب امروز در اصفهان آغاز شد و تا ۲۶ آبان ادامه دارد."))
        #expect(persian.start?.xsdLexical == "2023-11-15")
        #expect(persian.end?.xsdLexical == "2023-11-17")
        #expect(persian.end?.jalali == "1402-08-26")
        let english = try #require(only("The book fair opened yesterday and runs until November 20."))
        #expect(english.start?.xsdLexical == "2023-11-14")
        #expect(english.end?.xsdLexical == "2023-11-20")
    }

    @Test func anEndAloneHasNoStart() throws {
        let alone = try #require(only("این نمایشگاه تا ۳۰ آبان ادامه دارد."))
        #expect(alone.start == nil)
        #expect(alone.end?.xsdLexical == "2023-11-21")
        // After a clause break the earlier day is not the start.
        let split = ranges("دیروز گفت: نمایشگاه تا ۳۰ آبان باز است.")
        #expect(split.count == 2)
        #expect(split.last?.start == nil)
        #expect(split.last?.end?.xsdLexical == "2023-11-21")
    }

    @Test func untilTheEndOfAMonthIsItsLastDay() throws {
        let persian = try #require(only("ثبت نام تا پایان آذر ۱۴۰۲ ادامه دارد."))
        #expect(persian.end?.xsdLexical == "2023-12-21")
        #expect(persian.end?.jalali == "1402-09-30")
        let english = try #require(only("The show stays open until the end of February 2024."))
        #expect(english.end?.xsdLexical == "2024-02-29")
    }

    @Test func singleDatesAndClockRangesStayAsTheyWere() throws {
        let single = try #require(only("مراسم روز ۱۲ آبان ۱۳۹۸ برگزار شد."))
        #expect(single.start?.xsdLexical == "2019-11-03")
        #expect(single.end == nil)
        #expect(ranges("بازدید از ساعت ۹ تا ۱۸ آزاد است.").isEmpty)
        // A count with a thousands separator is no year.
        #expect(ranges("Volunteers planted 2,000 saplings and 1,998 flowers.").isEmpty)
        // A later day that is not after the start is no range: two dates.
        #expect(ranges("on November 12 and on November 3").allSatisfy { $0.end == nil })
    }
}
