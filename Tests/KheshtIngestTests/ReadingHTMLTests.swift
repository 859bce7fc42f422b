import Foundation
import Testing
@testable import KheshtIngest

@Suite("Reading HTML pages")
struct ReadingHTMLTests {
    @Test func persianPageKeepsTheArticleAndDropsTheSite() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.url("tabnak_page.html")).first)
        #expect(article.title == "جایزه جهانی خشت طلایی به تهران رسید")
        #expect(article.kicker == "رئیس شورای شهر:")
        #expect(article.lead == "مراسم جایزه جهانی خشت طلایی تهران عصر شنبه در برج میلاد برگزار شد.")
        #expect(article.paragraphs == [
            "به گزارش تابناک، محسن هاشمی رئیس شورای اسلامی شهر تهران در آیین چهارمین دوره جایزه جهانی خشت طلایی سخنرانی کرد.",
            "وی گفت: دیپلماسی شهری سومین شکل متداول دیپلماسی است و شهرها می‌توانند از آن برای معرفی خود استفاده کنند.",
            "شعار امسال جایزه ایجاد شهرهای هوشمند، تاب‌آور و زیست‌پذیر برای همه است.",
            "روز جهانی شهرها هر سال برگزار می‌شود.",
        ])
        for dropped in ["صفحه اصلی", "فهرست اخبار", "تلگرام", "تبلیغ", "نظر یک خواننده", "ستون کناری", "کلیه حقوق",
                        "trackers", "color: red", "اشتراک گذاری"] {
            #expect(!article.fullText.contains(dropped), "\(dropped) leaked into the article")
        }
        #expect(article.outlet == "تابناک")
        #expect(article.newsCode == "793791")
        #expect(article.url == "https://www.tabnak.ir/fa/news/793791/khesht")
        #expect(article.language == .persian)
    }

    @Test func persianPageDateCombinesMetaTagAndVisibleJalaliDate() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.url("tabnak_page.html")).first)
        let date = try #require(article.published)
        #expect(date.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(date.time == TimeOfDay(hour: 10, minute: 27, second: 0))
        #expect(date.utcOffsetMinutes == 210)
        #expect(date.jalali == CalendarDay(year: 1398, month: 8, day: 12))
        #expect(date.rawJalali == "۱۲ آبان ۱۳۹۸")
    }

    @Test func pageWithoutArticleElementUsesTheDensestParagraphBlock() throws {
        let article = try #require(try ArticleReader().read(contentsOf: ReadingFixtures.url("english_page.html")).first)
        #expect(article.title == "Tehran wins Golden Brick award")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("TEHRAN (Tasnim) – The city of Tehran") == true)
        #expect(!article.fullText.contains("Related:"))
        #expect(!article.fullText.contains("Copyright"))
        #expect(!article.fullText.contains("Home"))
        #expect(article.byline == "Jane Doe")
        #expect(article.published?.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(article.published?.time == TimeOfDay(hour: 6, minute: 57, second: 0))
        #expect(article.url == "https://news.example.org/world/2019/11/03/tehran-golden-brick")
        #expect(article.outlet == "Tasnim")
        #expect(article.language == .english)
    }

    @Test func pageWithoutMetaTagsTakesDateAndCodeFromTheArticlesVisibleText() throws {
        let html = """
        <html><head><title>خبر</title></head><body>
        <div class="top">تاریخ: ۱ دی ۱۴۰۰</div>
        <div class="content"><h1>عنوان خبر آزمایشی</h1>
        <div class="info">تاریخ انتشار: ۱۲ آبان ۱۳۹۸ ساعت ۱۰:۲۷ | کد خبر: ۵۵۵</div>
        <p>به گزارش ایسنا، این یک پاراگراف آزمایشی طولانی است که باید به عنوان متن خبر خوانده شود.</p>
        <p>پاراگراف دوم هم برای آزمایش خواندن متن خبر به اندازه کافی طولانی نوشته شده است.</p>
        </div></body></html>
        """
        let article = try HTMLArticleReader().read(html, path: "visible.html")
        #expect(article.title == "عنوان خبر آزمایشی")
        #expect(article.published?.jalali == CalendarDay(year: 1398, month: 8, day: 12))
        #expect(article.published?.time == TimeOfDay(hour: 10, minute: 27))
        #expect(article.newsCode == "555")
        #expect(article.outlet == "ایسنا")
        #expect(article.paragraphs.count == 2)
    }

    @Test func jsonLDSuppliesWhatMetaTagsLack() throws {
        let html = """
        <html><head><title>Page</title>
        <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle",
        "headline":"Headline from JSON-LD","datePublished":"2020-01-02T03:04:05+00:00",
        "publisher":{"name":"Mehr News Agency"}}]}</script></head>
        <body><article><p>A paragraph of the article body with enough words to be read as text.</p></article></body></html>
        """
        let article = try HTMLArticleReader().read(html, path: "p.html")
        #expect(article.title == "Headline from JSON-LD")
        #expect(article.outlet == "Mehr News")
        #expect(article.published?.gregorian == CalendarDay(year: 2020, month: 1, day: 2))
    }

    @Test func pageWithoutTextIsNoArticle() {
        let html = "<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"
        #expect(throws: ReadError.noArticleFound(path: "empty.html")) {
            try ArticleReader().read(bytes: Array(html.utf8), path: "empty.html")
        }
    }

    @Test func errorDescriptionNamesTheFile() {
        #expect(ReadError.noArticleFound(path: "/tmp/x.html").description.contains("/tmp/x.html"))
    }
}
