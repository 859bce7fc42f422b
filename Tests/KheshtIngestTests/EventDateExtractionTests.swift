import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Event dates from articles written for these tests: ranges, ends, relative days against the publication time,
/// and establishment years. Every Jalali day was checked with jdatetime.
@Suite struct EventDateExtractionTests {
    static let extractor = try! Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))

    func extract(_ text: String) throws -> [Quad] {
        let articles = try ArticleReader().read(bytes: Array(text.utf8), path: "test.txt")
        return try #require(articles.first.map { Self.extractor.extract($0).quads })
    }

    /// The subject whose label contains `label`, then its values of `predicate`.
    func values(_ quads: [Quad], _ label: String, _ predicate: IRI) -> [String] {
        let subjects = Set(quads.filter {
            $0.predicate == RDFS.label && ($0.object.literal?.lexicalForm.lowercased().contains(label.lowercased()) ?? false)
        }.compactMap(\.subject.iri))
        return quads.filter { quad in quad.predicate == predicate && quad.subject.iri.map(subjects.contains) == true }
            .compactMap(\.object.literal?.lexicalForm)
    }

    /// Published after midnight on Wednesday 19 Dey 1403 (8 January 2025): "شامگاه سه‌شنبه" is the evening before.
    @Test func aFestivalEndsTheEveningBeforeAndRanAcrossDaysOfOneMonth() throws {
        let quads = try extract("""
        خبرگزاری مهر
        تاریخ انتشار: چهارشنبه ۱۹ دی ۱۴۰۳ - ۰۰:۴۵
        کد خبر: 1403101900012

        جشنواره فیلم کوتاه تهران به پایان رسید

        چهل و یکمین جشنواره فیلم کوتاه تهران شامگاه سه‌شنبه در تالار وحدت به کار خود پایان داد.

        به گزارش خبرنگار مهر، این دوره از جشنواره که از ۱۳ تا ۱۸ دی ۱۴۰۳ در تهران برگزار شد، میزبان ۹۰ فیلم بود.
        """)
        #expect(values(quads, "جشنواره فیلم کوتاه تهران", Schema.startDate) == ["2025-01-02"])
        #expect(values(quads, "جشنواره فیلم کوتاه تهران", Schema.endDate) == ["2025-01-07"])
    }

    @Test func anEnglishFairRunsFromOneDayToAnother() throws {
        let quads = try extract("""
        Tehran Times
        Shiraz hosts photo festival
        By Staff writer
        Published: October 21, 2024 - 11:00

        The 3rd Shiraz Photo Festival opened on Sunday at the Hafezieh and runs until October 24.
        """)
        // Whatever name the festival gets, it holds the range.
        #expect(values(quads, "festival", Schema.startDate) == ["2024-10-20"])
        #expect(values(quads, "festival", Schema.endDate) == ["2024-10-24"])
    }

    @Test func englishObservancesSince() throws {
        let quads = try extract("""
        Tehran Times
        Iran marks World Soil Day
        By Staff writer
        Published: December 6, 2024 - 09:00

        World Soil Day has been celebrated every December 5 since 2014, after the UN General Assembly designated it.
        """)
        #expect(values(quads, "World Soil Day", KH.establishedIn).map { String($0.prefix(4)) } == ["2014"])
    }

    /// Ordibehesht 1387 lies wholly in 2008 (20 April – 20 May); the year of a different clause is not it.
    @Test func aPersianObservanceTakesTheYearOfItsRegistration() throws {
        let quads = try extract("""
        خبرگزاری ایسنا
        تاریخ انتشار: دوشنبه ۳۰ مهر ۱۴۰۳ - ۱۰:۰۰
        کد خبر: 1403073000011

        روز ملی کاشی گرامی داشته شد

        روز ملی کاشی، سالروز ساخت نخستین کارگاه کاشی در سال ۱۳۱۰، در اردیبهشت ۱۳۸۷ با تصویب شورای عالی انقلاب فرهنگی در تقویم رسمی کشور ثبت شد.
        """)
        #expect(values(quads, "روز ملی کاشی", KH.establishedIn) == ["2008"])
    }
}

extension EventDateExtractionTests {
    /// "… Festival, at an awards ceremony held on Saturday": the date is the ceremony's, not the festival's.
    @Test func aDateGoesToTheNearestEventOfItsClause() throws {
        let quads = try extract("""
        Tehran Times
        Iranian short wins at Oberhausen
        By Staff writer
        Published: May 6, 2024 - 12:00

        "Quiet Rooms" won the main prize of the 70th Oberhausen Short Film Festival, at an awards ceremony held on Saturday in Oberhausen.

        Volunteers handed out 2,000 leaflets at the ceremony.
        """)
        #expect(values(quads, "awards ceremony", Schema.startDate) == ["2024-05-04"])
        #expect(values(quads, "Oberhausen Short Film Festival", Schema.startDate).isEmpty)
    }

    /// "شب گذشته" in a report published at 01:10 on Tuesday 11 Dey 1403 (31 December 2024) are Monday.
    @Test func lastNightAfterMidnightIsTheDayBefore() throws {
        let quads = try extract("""
        خبرگزاری تسنیم
        تاریخ انتشار: سه‌شنبه ۱۱ دی ۱۴۰۳ - ۰۱:۱۰
        کد خبر: 1403101100007

        برگزیدگان تئاتر کودک همدان معرفی شدند

        آیین اختتامیه دهمین جشنواره تئاتر کودک همدان شب گذشته در تالار فجر همدان برگزار شد.
        """)
        #expect(values(quads, "جشنواره تئاتر کودک همدان", Schema.startDate) == ["2024-12-30"])
        #expect(values(quads, "جشنواره تئاتر کودک همدان", KH.jalaliDate) == ["1403-10-10"])
    }
}

extension EventDateExtractionTests {
    /// "Kish Expo 2025": the year is part of the name, the Sunday is the date.
    @Test func aYearInANameIsNoDate() throws {
        let quads = try extract("""
        Tehran Times
        Kish Expo 2025 opens
        By Staff writer
        Published: May 6, 2025 - 10:00

        The Kish Expo 2025 trade fair opened on Sunday at the Kish Convention Center with 400 exhibitors.
        """)
        let dates = quads.filter { $0.predicate == Schema.startDate }.compactMap(\.object.literal?.lexicalForm)
        #expect(!dates.contains("2025"))
        #expect(dates.contains("2025-05-04"))
    }

    /// "از سال ۱۳۹۵" after an observance: its first year (1395 began on 20 March 2016).
    @Test func aPersianObservanceObservedSinceAYear() throws {
        let quads = try extract("""
        خبرگزاری ایرنا
        تاریخ انتشار: پنجشنبه ۱ آذر ۱۴۰۳ - ۰۹:۳۰
        کد خبر: 1403090100021

        روز ملی صنایع دستی گرامی داشته شد

        روز ملی صنایع دستی از سال ۱۳۹۵ به پیشنهاد وزارت میراث فرهنگی هر سال در ۲۰ خرداد گرامی داشته می‌شود.
        """)
        #expect(values(quads, "روز ملی صنایع دستی", KH.establishedIn).map { String($0.prefix(4)) } == ["2016"])
    }
}
