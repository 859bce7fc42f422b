import Foundation
import Testing
@testable import KheshtIngest

@Suite("Reading RSS and Atom feeds")
struct ReadingFeedTests {
    @Test func rssItemsBecomeArticles() throws {
        let url = ReadingFixtures.url("tabnak_rss.xml")
        let articles = try ArticleReader().read(contentsOf: url)
        #expect(articles.count == 3)
        #expect(articles.map(\.source.itemIndex) == [0, 1, 2])
        #expect(articles.allSatisfy { $0.source.path == url.path })

        let first = articles[0]
        #expect(first.title == "محسن هاشمی: در حوزه تاب‌آوری شهر تهران کم کار کرده‌ایم")
        #expect(first.paragraphs == ["به گزارش تابناک، محسن هاشمی در برج میلاد سخنرانی کرد.", "وی ادامه داد: دیپلماسی شهری اهمیت دارد."])
        #expect(first.lead == "رئیس شورای اسلامی شهر تهران گفت مدیریت شهری در حوزه تاب‌آوری گام مثبتی برنداشته است.")
        #expect(!first.fullText.contains("alert"))
        #expect(first.newsCode == "793790")
        #expect(first.url == "https://www.tabnak.ir/fa/news/793790/")
        #expect(first.outlet == "تابناک")
        #expect(first.published?.gregorian == CalendarDay(year: 2019, month: 11, day: 3))
        #expect(first.published?.utcOffsetMinutes == 210)

        let second = articles[1]
        #expect(second.language == .english)
        #expect(second.outlet == "Tabnak")
        #expect(second.paragraphs == ["Tehran hosted World Cities Day events on Monday.", "Officials spoke about resilient cities."])
        #expect(second.newsCode == "793800")
        #expect(second.byline == "Jane Doe")
        #expect(second.published?.time == TimeOfDay(hour: 8, minute: 5, second: 0))
        #expect(second.published?.utcOffsetMinutes == 0)

        #expect(articles[2].paragraphs == ["برندگان جایزه خشت طلایی معرفی شدند."])
        #expect(articles[2].published?.time == TimeOfDay(hour: 23, minute: 59, second: 59))
    }

    @Test func atomEntriesBecomeArticles() throws {
        let articles = try ArticleReader().read(contentsOf: ReadingFixtures.url("isna_atom.xml"))
        #expect(articles.count == 2)
        let first = articles[0]
        #expect(first.title == "روز جهانی شهرها در تهران")
        #expect(first.paragraphs.count == 2)
        #expect(first.lead == "مراسم روز جهانی شهرها برگزار شد.")
        #expect(first.outlet == "ایسنا")
        #expect(first.newsCode == "98081306543")
        #expect(first.byline == "خبرنگار ایسنا")
        // published wins over updated
        #expect(first.published?.time == TimeOfDay(hour: 8, minute: 30, second: 0))
        let second = articles[1]
        #expect(second.paragraphs == ["Tehran received the Golden Brick award.", "The ceremony took place at the Milad Tower."])
        #expect(second.url == "https://en.isna.ir/news/98081306600/award")
        #expect(second.newsCode == "98081306600")
        #expect(second.published?.gregorian == CalendarDay(year: 2019, month: 11, day: 5))
        #expect(second.language == .english)
    }

    @Test func billionLaughsEndsQuicklyWithoutExpansion() throws {
        var entities = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(previous)\">\n"
        }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
        \(entities)]>
        <rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><description>x</description></item></channel></rss>
        """
        let clock = ContinuousClock()
        let start = clock.now
        var outcome: Result<[Article], ReadError>
        do {
            outcome = .success(try ArticleReader().read(bytes: Array(xml.utf8), path: "bomb.xml"))
        } catch {
            outcome = .failure(error)
        }
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(2))
        switch outcome {
        case .success(let articles):
            // Entities are not expanded: no "lol" text reaches the article.
            #expect(articles.allSatisfy { $0.title.count < 100 && !$0.fullText.contains("lollol") })
        case .failure(let error):
            #expect(error.path == "bomb.xml")
        }
    }

    @Test func quadraticBlowupIsNotExpanded() throws {
        // One 100 kB entity referenced 50,000 times would expand to 5 GB of text.
        let big = String(repeating: "A", count: 100_000)
        let references = String(repeating: "&a;", count: 50_000)
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"\(big)\">]>\n"
            + "<rss version=\"2.0\"><channel><item><title>\(references)</title></item></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let titles = (try? FeedArticleReader().read(xml, path: "quadratic.xml"))?.map(\.title) ?? []
        #expect(clock.now - start < .seconds(2))
        #expect(titles.allSatisfy { $0.count < 1_000 })
    }

    @Test func externalEntityIsNeverRead() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title><item><title>before &xxe; after</title>
        <description>body &xxe; text</description></item></channel></rss>
        """
        var texts: [String] = []
        do {
            let articles = try ArticleReader().read(bytes: Array(xml.utf8), path: "xxe.xml")
            texts = articles.map(\.fullText)
        } catch {
            texts = [error.description]
        }
        #expect(!texts.isEmpty)
        for text in texts {
            #expect(!text.contains("root:"))
            #expect(!text.contains("/bin/"))
        }
    }

    @Test func externalDTDIsNotFetched() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "http://127.0.0.1:9/never.dtd">
        <rss version="2.0"><channel><title>t</title><item><title>Title</title><description>Body.</description></item></channel></rss>
        """
        let articles = try FeedArticleReader().read(xml, path: "dtd.xml")
        #expect(articles.map(\.title) == ["Title"])
    }

    @Test func malformedFeedReportsLineAndColumn() {
        let xml = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</item></channel></rss>"
        do {
            _ = try FeedArticleReader().read(xml, path: "bad.xml")
            Issue.record("a malformed feed was accepted")
        } catch {
            guard case .malformedFeed(let path, let line, _, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == "bad.xml")
            #expect(line == 3)
            #expect(error.description.hasPrefix("bad.xml:3:"))
        }
    }

    @Test func undeclaredHTMLEntityDoesNotLoseTheFeed() throws {
        let xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>A&nbsp;B</title><description>Body.</description></item></channel></rss>"
        let articles = try FeedArticleReader().read(xml, path: "nbsp.xml")
        #expect(articles.count == 1)
        #expect(articles[0].paragraphs == ["Body."])
    }
}
