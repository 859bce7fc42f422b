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

    @Test func persianSpellingReplacesArabicLettersAndDigitsOnly() {
        #expect(PersianSpelling.standard("جشنواره ملي كتاب ٢٠") == "جشنواره ملی کتاب ۲۰")
        #expect(PersianSpelling.standard("مصطفى") == "مصطفی")
        // Everything else stays as typed: joiners, diacritics, Latin, Persian digits.
        #expect(PersianSpelling.standard("خانه‌ی کتابِ Iran ۱۴۰۲") == "خانه‌ی کتابِ Iran ۱۴۰۲")
    }
}
