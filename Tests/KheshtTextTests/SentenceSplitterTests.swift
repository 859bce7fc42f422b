import Testing
import KheshtText

@Suite struct SentenceSplitterTests {
    @Test func aSemicolonInsideAShortQuotedTitleDoesNotSplit() {
        let text = "نشست «کوه؛ خانه ابرها» دیروز برگزار شد. شهر آرام است؛ باران آمد."
        #expect(SentenceSplitter.split(text).map(\.text) == ["نشست «کوه؛ خانه ابرها» دیروز برگزار شد.", "شهر آرام است؛", "باران آمد."])
    }

    @Test func persianTerminatorsAndParagraphs() {
        let text = "وی گفت: این کار انجام نشد. آیا ممکن است؟ بله! دیپلماسی مدنی است؛ رسانه‌ای هم هست.\n\nپاراگراف دوم"
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["وی گفت: این کار انجام نشد.", "آیا ممکن است؟", "بله!",
                                          "دیپلماسی مدنی است؛", "رسانه‌ای هم هست.", "پاراگراف دوم"])
        for sentence in sentences { #expect(sentence.span.substring(of: text) == sentence.text) }
        #expect(sentences.map(\.index) == Array(0..<6))
    }

    @Test func decimalsAbbreviationsAndDatesDoNotSplit() {
        let text = "Dr. Hashemi met U.N. officials on 1398/08/12 and 2.5 percent grew. رشد ۲.۵ درصد بود. Visit khesht.ir today."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["Dr. Hashemi met U.N. officials on 1398/08/12 and 2.5 percent grew.",
                                          "رشد ۲.۵ درصد بود.", "Visit khesht.ir today."])
    }

    @Test func quotesAndEllipsesStayWithTheirSentence() {
        let text = "او گفت «کار تمام شد.» سپس رفت... He left!\" Then"
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["او گفت «کار تمام شد.»", "سپس رفت...", "He left!\"", "Then"])
    }

    @Test func blankTextHasNoSentences() {
        #expect(SentenceSplitter.split("").isEmpty)
        #expect(SentenceSplitter.split("\n \n\u{200C}").isEmpty)
    }

    @Test func seedArticleHeaderLinesAreSentences() throws {
        let text = "کد خبر: ۷۹۳۷۹۰\nتاریخ انتشار: ۱۲ آبان ۱۳۹۸ - ۱۰:۲۷ 03 November 2019\r\n"
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 2)
        #expect(sentences.last?.text == "تاریخ انتشار: ۱۲ آبان ۱۳۹۸ - ۱۰:۲۷ 03 November 2019")
    }
}
