import Foundation
import Testing
import KheshtText

/// The whole text pipeline on the sample article (Tabnak, 12 Aban 1398, the Golden Brick award).
@Suite struct SeedArticleTests {
    let text: String
    let published = ReferenceTime(date: GregorianDate(year: 2019, month: 11, day: 3), time: TimeOfDay(hour: 10, minute: 27))

    init() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed_article_fa.txt")
        text = try String(contentsOf: url, encoding: .utf8)
    }

    @Test func languageAndSentences() {
        #expect(LanguageDetector.detect(text) == .persian)
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 23)
        #expect(sentences[3].text == "تاریخ انتشار: ۱۲ آبان ۱۳۹۸ - ۱۰:۲۷ 03 November 2019")
        for sentence in sentences { #expect(sentence.span.substring(of: text) == sentence.text) }
    }

    @Test func ordinalsAreTheEditionAndTheThirdForm() {
        let normalized = NormalizedText(text)
        let ordinals = NumberWords.scan(Tokenizer.tokenize(normalized)).filter(\.isOrdinal)
        #expect(ordinals.map(\.value) == [4, 3])
        #expect(ordinals.map { $0.surface(in: normalized) } == ["چهارمین", "سومین"])
    }

    @Test func datesWithSpansInTheOriginal() {
        let found = DateExpressionScanner.scan(text, reference: published)
        #expect(found.map(\.surface) == ["۱۲ آبان ۱۳۹۸ - ۱۰:۲۷", "03 November 2019", "عصر شنبه", "امسال", "سال ۲۰۱۳"])
        #expect(found.map(\.value.xsdLexical) == ["2019-11-03T10:27:00+03:30", "2019-11-03", "2019-11-02", "2019", "2013"])
        #expect(found.map(\.value.jalali) == ["1398-08-12", "1398-08-12", "1398-08-11", "1398", nil])
        for expression in found { #expect(expression.span.substring(of: text) == expression.surface) }
        #expect(found[2].span == TextSpan(start: 400, end: 408))
    }
}
