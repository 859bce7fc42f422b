import Foundation
import Testing
@testable import KheshtIngest

@Suite("Reading plain-text articles")
struct ReadingPlainTextTests {
    @Test func seedArticleSplitsIntoKickerLeadTitleAndBody() throws {
        let articles = try ArticleReader().read(contentsOf: ReadingFixtures.seed)
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.kicker == "محسن هاشمی:")
        #expect(article.title == "محسن هاشمی: در حوزه تابآوری شهر تهران کم کار کردهایم")
        #expect(article.lead?.hasPrefix("رئیس شورای اسلامی شهر تهران با بیان اینکه معتقدم") == true)
        #expect(article.paragraphs.first?.hasPrefix("به گزارش\u{00A0}تابناک تهران،\u{00A0}محسن هاشمی عصر شنبه") == true)
        #expect(article.paragraphs.count == 9)
        // The sentence cut by a blank line ("... انتخاب شده" / "است.") is one paragraph again.
        #expect(article.paragraphs.last?.hasSuffix("انتخاب شده است.") == true)
        #expect(article.language == .persian)
        #expect(article.outlet == "تابناک")
        #expect(article.newsCode == "793790")
        #expect(article.source == ArticleSource(path: ReadingFixtures.seed.path, itemIndex: 0))
    }

    @Test func seedFurnitureIsNotContent() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.seed).first)
        for furniture in ["اشتراک گذاری", "نظر شما", "نام:", "ایمیل:", "* نظر:", "آخرین اخبار", "کد خبر", "تاریخ انتشار"] {
            #expect(!article.fullText.contains(furniture), "\(furniture) leaked into the text")
        }
    }

    @Test func seedPublicationDateKeepsBothCalendarsAndTheTime() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.seed).first)
        let date = try #require(article.published)
        #expect(date.rawJalali == "۱۲ آبان ۱۳۹۸")
        #expect(date.jalali == CalendarDay(year: 1398, month: 8, day: 12))
        #expect(date.rawGregorian == "03 November 2019")
        #expect(date.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(date.rawTime == "۱۰:۲۷")
        #expect(date.time == TimeOfDay(hour: 10, minute: 27))
    }

    @Test func englishArticleWithBylineAndSource() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.url("english_article.txt")).first)
        #expect(article.title == "Tehran hosts the Golden Brick world award")
        #expect(article.byline == "Jane Doe")
        #expect(article.outlet == "Tehran Times")
        #expect(article.language == .english)
        #expect(article.published?.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(article.published?.time == TimeOfDay(hour: 10, minute: 27))
        #expect(article.published?.utcOffsetMinutes == 0)
        // Hard-wrapped lines are joined; the trailing share/comment lines are cut.
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].contains("on Saturday evening, with city officials"))
        #expect(!article.fullText.contains("Share this article"))
    }

    @Test func otherOutletLayoutWithNumericJalaliDateAndNoBlankLines() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.url("isna_article.txt")).first)
        #expect(article.title == "روز جهانی شهرها در تهران برگزار شد")
        #expect(article.newsCode == "98081306543")
        #expect(article.published?.jalali == CalendarDay(year: 1398, month: 8, day: 13))
        #expect(article.published?.rawJalali == "۱۳۹۸/۰۸/۱۳")
        #expect(article.published?.time == TimeOfDay(hour: 9, minute: 15))
        #expect(article.outlet == "ایسنا")
        #expect(article.paragraphs.count == 2)
        #expect(!article.fullText.contains("برچسب"))
    }

    @Test func leadPrintedBetweenTitleAndMetadata() {
        let text = """
        شهرداران جهان در تهران
        آیین جایزه جهانی خشت طلایی با حضور شهرداران چند کشور عصر شنبه در برج میلاد برگزار شد.
        زمان انتشار: ۱۲ آبان ۱۳۹۸ - ۱۸:۴۰
        کد مطلب: ۴۴۱۲

        به گزارش همشهری آنلاین، در این آیین از برندگان جایزه در چهار بخش تقدیر شد و شعار امسال اعلام شد.
        """
        let article = PlainTextArticleReader().read(text, path: "h.txt")
        #expect(article.title == "شهرداران جهان در تهران")
        #expect(article.lead?.hasPrefix("آیین جایزه جهانی") == true)
        #expect(article.paragraphs.count == 1)
        #expect(article.newsCode == "4412")
        #expect(article.published?.time == TimeOfDay(hour: 18, minute: 40))
        #expect(article.outlet == "همشهری آنلاین")
    }

    @Test func mastheadAboveTheMetadataIsTheOutletNotTheTitle() {
        let text = """
        خبرگزاری کار ایران (ایلنا)
        کد خبر: ۸۱۳۵۴۰
        ۱۵ آبان ۱۳۹۸ ساعت ۱۷:۲۵

        خداکرمی: دیپلماسی شهری را جدی بگیریم

        عضو شورای اسلامی شهر تهران در همایش دیپلماسی شهری گفت شهرها می‌توانند راه‌های تازه‌ای باز کنند.
        """
        let article = PlainTextArticleReader().read(text, path: "ilna.txt")
        #expect(article.title == "خداکرمی: دیپلماسی شهری را جدی بگیریم")
        #expect(article.outlet == "ایلنا")
        #expect(article.published?.jalali == CalendarDay(year: 1398, month: 8, day: 15))
        #expect(article.paragraphs.count == 1)

        let english = """
        Iran Daily
        October 31, 2019
        By Neda Karimi

        World Cities Day: Tehran gears up for fourth Golden Brick award

        Cities around the world mark World Cities Day today, with the main celebration held in another city.
        """
        let daily = PlainTextArticleReader().read(english, path: "daily.txt")
        #expect(daily.title == "World Cities Day: Tehran gears up for fourth Golden Brick award")
        #expect(daily.outlet == "Iran Daily")
        #expect(daily.byline == "Neda Karimi")
    }

    @Test func outletFromLeadingCreditDatelineOrByline() {
        let persian = """
        کد خبر: 99081107345

        پنجمین دوره جایزه خشت طلایی به صورت مجازی برگزار شد

        خبرگزاری دانشجویان ایران (ایسنا) - آیین پنجمین دوره جایزه جهانی خشت طلایی تهران دیروز به صورت مجازی برگزار شد.
        """
        #expect(PlainTextArticleReader().read(persian, path: "p.txt").outlet == "ایسنا")
        let dateline = "Winners announced\n\nTEHRAN, Dec. 04 (MNA) – The winners of the 12th Jalal Al-e Ahmad Literary Award were honored."
        #expect(PlainTextArticleReader().read(dateline, path: "d.txt").outlet == "Mehr News")
        let byline = "Festival ends\nBy Tehran Times Culture Desk\n\nTEHRAN - The 40th Fajr Film Festival came to an end on Friday evening."
        #expect(PlainTextArticleReader().read(byline, path: "b.txt").outlet == "Tehran Times")
    }

    @Test func bareDateLineWithBracketedUpdate() {
        let text = "Press TV\nTuesday, 05 October 2021 9:12 AM  [ Last Update: Tuesday, 05 October 2021 9:12 AM ]\n\nTehran marks World Architecture Day\n\nTehran Mayor Alireza Zakani has called for urgent action to save the capital's historic houses."
        let article = PlainTextArticleReader().read(text, path: "ptv.txt")
        #expect(article.title == "Tehran marks World Architecture Day")
        #expect(article.outlet == "Press TV")
        #expect(article.published?.gregorian == CalendarDay(year: 2021, month: 10, day: 5))
        #expect(article.published?.time == TimeOfDay(hour: 9, minute: 12))
    }

    @Test func articleWithoutAnyHeadlineIsAllBody() {
        let text = """
        This is a long opening paragraph that runs on without any headline above it at all, as some dumps do.

        A second paragraph follows here, also long enough to be body text rather than a title line.
        """
        let article = PlainTextArticleReader().read(text, path: "x.txt")
        #expect(article.title.isEmpty)
        #expect(article.lead == nil)
        #expect(article.paragraphs.count == 2)
        #expect(article.fullText.hasPrefix("This is a long opening"))
    }

    @Test func outletIsTakenFromTheCreditLine() {
        let text = """
        عنوان خبر آزمایشی

        به گزارش خبرنگار سیاسی خبرگزاری مهر، جلسه شورای شهر امروز با حضور همه اعضا برگزار شد و چند طرح تصویب شد.
        """
        #expect(PlainTextArticleReader().read(text, path: "m.txt").outlet == "مهر")
        let unknown = "عنوان\n\nبه گزارش روزنامه صدای شهر، جلسه شورای شهر امروز با حضور همه اعضا برگزار شد و چند طرح تصویب شد."
        #expect(PlainTextArticleReader().read(unknown, path: "u.txt").outlet == "صدای شهر")
    }
}
