import Testing
@testable import KheshtIngest

@Suite("Reading: the Article value and its offsets")
struct ReadingArticleTests {
    private func sample() -> Article {
        Article(source: ArticleSource(path: "a.txt"), title: "تیتر 𝐀", lead: "لید", paragraphs: ["یک", "", "دو سه"],
                language: .persian)
    }

    @Test func fullTextJoinsPartsWithBlankLines() {
        let article = sample()
        #expect(article.fullText == "تیتر 𝐀\n\nلید\n\nیک\n\nدو سه")
        #expect(article.paragraphs == ["یک", "دو سه"])
    }

    @Test func offsetsAreUnicodeScalarOffsetsIntoFullText() throws {
        let article = sample()
        let scalars = Array(article.fullText.unicodeScalars)
        // "𝐀" is one scalar (two UTF-16 units): offsets count scalars.
        #expect(article.scalarRange(of: .title) == 0..<6)
        #expect(article.scalarRange(of: .lead) == 8..<11)
        let start = try #require(article.fullTextOffset(paragraph: 1, scalarOffset: 3))
        #expect(start == 20)
        #expect(String(String.UnicodeScalarView(scalars[start..<(start + 2)])) == "سه")
        #expect(article.fullTextOffset(paragraph: 1, scalarOffset: 6) == nil)
        #expect(article.fullTextOffset(paragraph: 5, scalarOffset: 0) == nil)
    }

    @Test func everyOffsetMapsBackToItsSection() {
        let article = sample()
        for (section, range) in article.sections {
            for offset in range {
                let location = article.location(ofFullTextOffset: offset)
                #expect(location?.section == section)
                #expect(article.fullTextOffset(in: section, scalarOffset: location?.scalarOffset ?? -1) == offset)
            }
        }
        #expect(article.location(ofFullTextOffset: 6) == nil)  // the separator
    }

    @Test func untitledArticleStartsWithItsFirstParagraph() {
        let article = Article(source: ArticleSource(path: "b"), title: "", paragraphs: ["x", "y"], language: .english)
        #expect(article.fullText == "x\n\ny")
        #expect(article.scalarRange(of: .title) == nil)
        #expect(article.fullTextOffset(paragraph: 1, scalarOffset: 0) == 3)
    }

    @Test func languageGuessCountsScriptLetters() {
        #expect(LanguageGuess.language(of: ["سلام دنیا hello"]) == .persian)
        #expect(LanguageGuess.language(of: ["Hello world, سلام"]) == .english)
    }
}
