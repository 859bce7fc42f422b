import Testing
import KheshtText

@Suite struct NormalizedTextTests {
    @Test func foldedTextIsTheMatchKey() {
        for sample in ["علي كريمي در  تهـــران", "  می‌شود\u{200C} ", "۱۳۹۸/۰۸/۱۲ و ١٣٩٨", "Milad\tTOWER\n\nبرج",
                       "كِتابُ", "\u{200C}\u{064B}سلام", "", "ا\u{0653}بان", " \u{0653}ا \u{0653}"] {
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

    @Test func decomposedMaddaMeetsPrecomposedAlef() {
        let decomposed = "ا\u{0653}بان ۱۳۹۸"
        #expect(TextNormalizer.matchKey(decomposed) == TextNormalizer.matchKey("آبان ۱۳۹۸"))
        let normalized = NormalizedText(decomposed)
        #expect(normalized.text == "آبان 1398")
        #expect(normalized.originalText(of: normalized.originalSpan(of: 0..<4)) == "ا\u{0653}بان")
        #expect(JalaliCalendar.month(named: "ا\u{0653}بان") == 8)
    }

    @Test func presentationFormsReadAsLetters() {
        // "ﻛﺘﺎﺏ ﻻﻟﻪ" in contextual shapes (as PDFs give it) with a lam-alef ligature.
        let shaped = "\u{FEDB}\u{FE98}\u{FE8E}\u{FE8F} \u{FEFB}\u{FEDF}\u{FEEA}"
        #expect(TextNormalizer.matchKey(shaped) == TextNormalizer.matchKey("کتاب لاله"))
        let normalized = NormalizedText(shaped)
        #expect(normalized.text == TextNormalizer.matchKey(shaped))
        let tokens = Tokenizer.tokenize(normalized)
        #expect(tokens.map(\.text) == ["کتاب", "لاله"])
        #expect(tokens[1].span == TextSpan(start: 5, end: 8))
        #expect(tokens[1].surface == "\u{FEFB}\u{FEDF}\u{FEEA}")
        #expect(TextNormalizer.matchKey("\u{FEFF}abc") == "abc")
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

    /// Random strings over the troublesome scalars: the folded text is always the match key, and every token's
    /// span reads back its surface from the original.
    @Test func randomTextsKeepTheInvariants() {
        let alphabet: [Unicode.Scalar] = ["ي", "ی", "ك", "ا", "\u{0653}", "\u{200C}", "\u{064E}", "ـ", " ", "\n",
                                          "\u{00A0}", "۱", "١", "1", "A", "b", ".", "،", "؟", "👍", "\u{0301}", "ة",
                                          "\u{FEFB}", "\u{FDF2}", "\u{FE70}", "\u{FEDB}"]
        var state: UInt64 = 0x5eed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<(next() % 24) { view.append(alphabet[next() % alphabet.count]) }
            let original = String(view)
            let normalized = NormalizedText(original)
            #expect(normalized.text == TextNormalizer.matchKey(original))
            var previousEnd = 0
            for token in Tokenizer.tokenize(normalized) {
                #expect(token.span.substring(of: original) == token.surface)
                #expect(TextNormalizer.matchKey(token.surface) == token.text, "\(original.unicodeScalars.map(\.value))")
                #expect(token.span.start >= previousEnd)
                previousEnd = token.span.end
            }
        }
    }
}
