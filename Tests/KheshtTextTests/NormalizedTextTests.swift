import Testing
import KheshtText

@Suite struct NormalizedTextTests {
    @Test func foldedTextIsTheMatchKey() {
        for sample in ["علي كريمي در  تهـــران", "  می‌شود\u{200C} ", "۱۳۹۸/۰۸/۱۲ و ١٣٩٨", "Milad\tTOWER\n\nبرج",
                       "كِتابُ", "\u{200C}\u{064B}سلام", ""] {
            #expect(NormalizedText(sample).text == TextNormalizer.matchKey(sample))
        }
    }

    @Test func rangesMapBackToOriginalScalars() {
        let original = "رئيس  شوراي‌شهر ۱۳۹۸"
        let normalized = NormalizedText(original)
        #expect(normalized.text == "رییس شورایشهر 1398")
        let wordRange = 5..<13   // "شورایشهر"
        #expect(normalized.text(of: wordRange) == "شورایشهر")
        let span = normalized.originalSpan(of: wordRange)
        #expect(normalized.originalText(of: span) == "شوراي‌شهر")
        let year = normalized.originalSpan(of: 14..<18)
        #expect(year.substring(of: original) == "۱۳۹۸")
        // The folded space covers the whole whitespace run it replaced.
        #expect(normalized.originalSpan(of: 4..<5) == TextSpan(start: 4, end: 6))
        #expect(normalized.normalizedOffset(ofOriginal: 7) == 5 + 2 - 1)
    }

    @Test func diacriticsAndKashidaStayWithTheirLetter() {
        let original = "كتابُ تهـــران"
        let normalized = NormalizedText(original)
        #expect(normalized.text == "کتاب تهران")
        #expect(normalized.originalText(of: normalized.originalSpan(of: 0..<4)) == "كتابُ")
        #expect(normalized.originalText(of: normalized.originalSpan(of: 5..<10)) == "تهـــران")
    }

    @Test func offsetsCountScalarsNotCharacters() {
        // "é" as e + combining acute is two scalars, and an emoji with a skin tone is two as well.
        let original = "Cafe\u{0301} 👍🏽 خشت"
        let tokens = Tokenizer.tokenize(original)
        let word = tokens.first { $0.text == "خشت" }
        #expect(word?.span == TextSpan(start: 9, end: 12))
        #expect(word?.span.substring(of: original) == "خشت")
    }
}
