import Testing
import KheshtText

@Suite struct LanguageDetectorTests {
    @Test func persianEnglishAndMixed() {
        #expect(LanguageDetector.detect("محسن هاشمی عصر شنبه در آیین Golden Brick گفت") == .persian)
        #expect(LanguageDetector.detect("علي كريمي") == .persian)          // Arabic letter variants
        #expect(LanguageDetector.detect("Hashemi spoke at Milad Tower in تهران on Saturday") == .english)
        #expect(LanguageDetector.detect("abc ابت") == .undetermined)
        #expect(LanguageDetector.detect("۱۳۹۸ 2019 ...") == .undetermined)
        #expect(LanguageDetector.detect("") == .undetermined)
        #expect(LanguageDetector.Language.persian.tag == "fa")
        #expect(LanguageDetector.profile("ab پ").arabicScript == 1)
    }
}
