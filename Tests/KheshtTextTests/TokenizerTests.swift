import Testing
import KheshtText

@Suite struct TokenizerTests {
    @Test func persianWordsNumbersAndPunctuation() {
        let original = "آيين چهارمين دوره، ۱٬۰۰۰ نفر (۲٫۵ درصد) می‌شود؟"
        let tokens = Tokenizer.tokenize(original)
        #expect(tokens.map(\.text) == ["آیین", "چهارمین", "دوره", "،", "1٬000", "نفر", "(", "2٫5", "درصد", ")",
                                       "میشود", "؟"])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .punctuation, .number, .word, .punctuation, .number,
                                       .word, .punctuation, .word, .punctuation])
        #expect(tokens[4].integerValue == 1000)
        #expect(tokens[7].integerValue == nil)
        for token in tokens { #expect(token.span.substring(of: original) == token.surface) }
        #expect(tokens[10].surface == "می‌شود")
        #expect(tokens[1].surface == "چهارمين")
    }

    @Test func englishWithApostrophesHyphensAndSuffixes() {
        let tokens = Tokenizer.tokenize("Tehran's thirty-eighth, the 21st on 3.5%")
        #expect(tokens.map(\.text) == ["tehran's", "thirty", "-", "eighth", ",", "the", "21", "st", "on", "3.5", "%"])
        #expect(tokens[6].touches(tokens[7]))
        #expect(!tokens[5].touches(tokens[6]))
    }

    @Test func allThreeDigitScriptsGiveOneNumber() {
        let values = ["۱۳۹۸", "١٣٩٨", "1398"].map { Tokenizer.tokenize($0).first?.integerValue }
        #expect(values == [1398, 1398, 1398])
    }

    @Test func emptyAndBlankText() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \u{200C}\n\t ").isEmpty)
    }
}
