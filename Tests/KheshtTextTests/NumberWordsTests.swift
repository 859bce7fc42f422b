import Testing
import KheshtText

@Suite struct NumberWordsTests {
    /// The first number in `text`, as (value, isOrdinal, surface).
    func read(_ text: String) -> (Int, Bool, String)? {
        let normalized = NormalizedText(text)
        let tokens = Tokenizer.tokenize(normalized)
        guard let mention = NumberWords.scan(tokens).first else { return nil }
        return (mention.value, mention.isOrdinal, mention.surface(in: normalized))
    }

    @Test(arguments: [
        ("چهارمین", 4), ("چهارم", 4), ("سی و هشتمین", 38), ("سی‌وهشتمین", 38), ("سی وهشتمین", 38),
        ("دویست و هفتمین", 207), ("یکصد و دهمین", 110), ("نخستین", 1), ("اولین", 1), ("دومین", 2),
        ("بیستمین", 20), ("سومین", 3), ("سی‌ام", 30), ("سیام", 30), ("يكصد و دهمين", 110),
        ("۳۸مین", 38), ("٣٨مین", 38), ("38 امین", 38), ("۳۸ام", 38), ("fourth", 4), ("thirty-eighth", 38),
        ("38th", 38), ("21st", 21), ("first", 1), ("one hundred and tenth", 110), ("Second", 2),
        ("هزار و سیصد و نود و هشتمین", 1398),
    ])
    func ordinals(text: String, value: Int) {
        let result = read(text)
        #expect(result?.0 == value, "\(text)")
        #expect(result?.1 == true, "\(text)")
        #expect(result?.2 == text, "\(text) surface")
    }

    @Test(arguments: [
        ("چهار", 4), ("سی و هشت", 38), ("دو هزار و پانصد", 2500), ("۱۳۹۸", 1398), ("1,000", 1000),
        ("twenty-one", 21), ("two thousand and nineteen", 2019), ("nineteen hundred", 1900), ("۲ میلیون", 2_000_000),
        ("سیصد", 300), ("هزار میلیارد", 1_000_000_000_000), ("سه میلیون و دویست هزار", 3_200_000),
        ("one million two hundred thousand", 1_200_000),
    ])
    func cardinals(text: String, value: Int) {
        let result = read(text)
        #expect(result?.0 == value, "\(text)")
        #expect(result?.1 == false, "\(text)")
        #expect(result?.2 == text, "\(text) surface")
    }

    @Test func numbersInsideSentencesKeepTheirSpans() {
        let text = "محسن هاشمی عصر شنبه در آیین چهارمین دوره جایزه جهانی خشت طلایی"
        let normalized = NormalizedText(text)
        let tokens = Tokenizer.tokenize(normalized)
        let ordinals = NumberWords.scan(tokens).filter(\.isOrdinal)
        #expect(ordinals.count == 1)
        #expect(ordinals.first?.value == 4)
        #expect(ordinals.first.map { normalized.originalText(of: $0.span) } == "چهارمین")
        let index = tokens.firstIndex { $0.text == "چهارمین" }!
        #expect(NumberWords.ordinal(in: tokens, at: index)?.tokenRange == index..<index + 1)
        #expect(NumberWords.ordinal(in: tokens, at: index - 1) == nil)
    }

    @Test func wordsThatOnlyLookLikeNumbersAreNot() {
        #expect(NumberWords.scan("سیمین دوره سهم دهه").isEmpty)
        #expect(NumberWords.scan("و").isEmpty)
        #expect(NumberWords.scan("سه شنبه و پنج‌شنبه و یکشنبه").isEmpty)
        // A trailing "و" is not part of the number; a landmine ("مین") after a space is not a suffix.
        let mentions = NumberWords.scan("سی و کتاب ۳ مین")
        #expect(mentions.map(\.value) == [30, 3])
        #expect(mentions.map(\.isOrdinal) == [false, false])
        #expect(mentions.first?.tokenRange == 0..<1)
    }

    @Test func wordValues() {
        #expect(NumberWords.value(ofWord: "سی‌وهشتمین")?.value == 38)
        #expect(NumberWords.value(ofWord: "چهل") .map { $0.value } == 40)
        #expect(NumberWords.value(ofWord: "کتاب") == nil)
    }

    @Test func hugeNumbersDoNotOverflow() {
        let mentions = NumberWords.scan("میلیارد میلیارد میلیارد میلیارد و 99999999999 میلیارد میلیارد")
        #expect(mentions.allSatisfy { $0.value > 0 })
        #expect(mentions.first?.value == 1_000_000_000_000_000_000)
    }
}
