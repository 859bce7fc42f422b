import Testing
import KheshtText
@testable import KheshtREPL

@Suite struct DisplayWidthTests {
    @Test func latinLettersTakeOneCellEach() {
        #expect(DisplayWidth.of("Milad Tower") == 11)
    }

    @Test func persianDiacriticsAndZWNJTakeNoCell() {
        // "می‌خواهم" with a ZWNJ after می: 7 letters.
        #expect(DisplayWidth.of("می\u{200C}خواهم") == 7)
        // Kasra and tashdid on letters add nothing.
        #expect(DisplayWidth.of("مُحَمَّد") == DisplayWidth.of("محمد"))
        // Hamza above (the ezafe in "جایزهٔ") is a combining mark.
        #expect(DisplayWidth.of("جایزهٔ") == 5)
    }

    @Test func bidiControlsTakeNoCell() {
        #expect(DisplayWidth.of("\u{2068}برج\u{2069}") == 3)
        #expect(DisplayWidth.of("\u{200F}\u{200E}") == 0)
    }

    @Test func eastAsianWideCharactersTakeTwoCells() {
        #expect(DisplayWidth.of("東京タワー") == 10)
        #expect(DisplayWidth.of("서울") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4) // fullwidth Latin
    }

    @Test func emojiTakeTwoCellsIncludingSequences() {
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)     // ZWJ family: one grapheme
        #expect(DisplayWidth.of("🇮🇷") == 2)       // flag: two regional indicators
        #expect(DisplayWidth.of("❤️") == 2)        // text-default heart with VS16
        #expect(DisplayWidth.of("❤") == 1)         // without VS16 it is text
        #expect(DisplayWidth.of("a🎉b") == 4)
    }

    @Test func cuttingKeepsIsolatesBalancedAndWidthBounded() {
        let cell = BidiIsolation.isolate("ششمین جایزه خشت طلایی")
        let cut = CellLayout.fit(cell, width: 8)
        #expect(DisplayWidth.of(cut) <= 8)
        #expect(cut.hasSuffix("…\u{2069}"))
        #expect(cut.filter { $0 == "\u{2068}" }.count == cut.filter { $0 == "\u{2069}" }.count)
        // Never split a wide character.
        let wide = CellLayout.fit("東京タワー", width: 6)
        #expect(wide == "東京…")
        #expect(DisplayWidth.of(wide) == 5)
    }
}
