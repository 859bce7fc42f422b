import Foundation
import KheshtText
import Testing
@testable import KheshtIngest

/// Reads every article of the sample corpus (`data/articles`) and checks what the readers found against the
/// article metadata of the hand-made gold files (`data/gold`): headline, news code, language, Jalali date,
/// time and outlet.
@Suite("Reading the sample corpus")
struct ReadingCorpusTests {
    static let data = ReadingFixtures.packageRoot.appendingPathComponent("data")

    @Test func everyCorpusArticleMatchesItsGoldMetadata() throws {
        let goldFolder = Self.data.appendingPathComponent("gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 21)
        var checked = 0
        var matched = 0
        for name in files {
            let gold = try GoldStandard.load(from: goldFolder.appendingPathComponent(name))
            let articles = try ArticleReader().read(contentsOf: Self.data.appendingPathComponent(gold.file))
            #expect(articles.count == gold.articles.count, "\(gold.file): article count")
            for (article, expected) in zip(articles, gold.articles) {
                let label = "\(gold.file)#\(article.source.itemIndex)"
                #expect(!article.paragraphs.isEmpty, "\(label): no body")
                var results: [Bool] = []
                if let headline = expected.headline {
                    results.append(TextNormalizer.labelKey(article.title) == TextNormalizer.labelKey(headline))
                    #expect(results.last == true, "\(label): title \(article.title) ≠ \(headline)")
                }
                if let code = expected.newsCode {
                    results.append(article.newsCode == code)
                    #expect(results.last == true, "\(label): news code \(article.newsCode ?? "nil") ≠ \(code)")
                }
                if let language = expected.language {
                    results.append(article.language.rawValue == language)
                    #expect(results.last == true, "\(label): language")
                }
                if let jalali = expected.publishedJalali, let stated = article.published?.jalali {
                    results.append(stated.description == jalali)
                    #expect(results.last == true, "\(label): Jalali date \(stated) ≠ \(jalali)")
                }
                if let published = expected.published {
                    let date = article.published
                    #expect(date?.jalali != nil || date?.gregorian != nil, "\(label): no publication date")
                    if let gregorian = date?.gregorian {
                        results.append(published.hasPrefix(gregorian.description))
                        #expect(results.last == true, "\(label): Gregorian date \(gregorian) ≠ \(published)")
                    }
                    if let time = date?.time, published.count >= 16 {
                        results.append(published.hasSuffix(time.description))
                        #expect(results.last == true, "\(label): time \(time) ≠ \(published)")
                    }
                }
                if let outlet = expected.outlet {
                    results.append(Self.sameOutlet(article.outlet, outlet))
                    #expect(results.last == true, "\(label): outlet \(article.outlet ?? "nil") ≠ \(outlet)")
                }
                checked += results.count
                matched += results.filter { $0 }.count
            }
        }
        print("Reading corpus metadata: \(matched)/\(checked) fields agree with gold")
        #expect(checked > 100)
    }

    /// "مهر" and "خبرگزاری مهر", "IRNA" and "Islamic Republic News Agency" name one outlet.
    private static func sameOutlet(_ found: String?, _ expected: String) -> Bool {
        guard let found else { return false }
        if TextNormalizer.labelKey(found) == TextNormalizer.labelKey(expected) { return true }
        let known = KnownOutlets.outlet(mentionedIn: expected) ?? KnownOutlets.outlet(namedAtStartOf: expected)
        let foundKnown = KnownOutlets.outlet(mentionedIn: found) ?? KnownOutlets.outlet(namedAtStartOf: found)
        return known != nil && known?.english == foundKnown?.english
    }
}
