import Testing
import KheshtText

@Suite struct TextNormalizerTests {
    @Test func foldsLetterVariantsDigitsAndJoiners() {
        #expect(TextNormalizer.matchKey("علي كريمي") == TextNormalizer.matchKey("علی کریمی"))
        #expect(TextNormalizer.matchKey("۱۳۹۸") == "1398")
        #expect(TextNormalizer.matchKey("١٣٩٨") == "1398")
        #expect(TextNormalizer.matchKey("می‌شود") == TextNormalizer.matchKey("میشود"))
        #expect(TextNormalizer.labelKey("تاب آوری") == TextNormalizer.labelKey("تاب‌آوری"))
        #expect(TextNormalizer.matchKey("  Milad   Tower ") == "milad tower")
        #expect(TextNormalizer.matchKey("تهـــران") == "تهران")
    }
}
