import Testing
@testable import KheshtREPL

@Suite struct BidiIsolationTests {
    @Test func persianIsWrappedInFirstStrongIsolates() {
        #expect(BidiIsolation.isolate("برج میلاد") == "\u{2068}برج میلاد\u{2069}")
    }

    @Test func leftToRightTextAndDigitsAreLeftAlone() {
        #expect(BidiIsolation.isolate("Milad Tower") == "Milad Tower")
        // Persian digits alone are not strong right-to-left letters.
        #expect(BidiIsolation.isolate("۱۳۹۸") == "۱۳۹۸")
        #expect(BidiIsolation.isolate("東京") == "東京")
    }

    @Test func directionalControlsFromTheDataAreDropped() {
        // An unbalanced RLO in the data would flip every column after it.
        #expect(BidiIsolation.isolate("\u{202E}برج") == "\u{2068}برج\u{2069}")
        #expect(BidiIsolation.isolate("abc\u{2067}") == "abc")
    }

    @Test func hebrewAndArabicCountAsRightToLeft() {
        #expect(BidiIsolation.containsRightToLeft("שלום"))
        #expect(BidiIsolation.containsRightToLeft("مرحبا"))
        #expect(!BidiIsolation.containsRightToLeft("hello 123"))
    }
}
