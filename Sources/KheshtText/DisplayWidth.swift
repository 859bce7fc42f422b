/// How many terminal cells text occupies, counted per grapheme cluster as terminals draw it.
///
/// Persian needs this as much as Chinese does: diacritics (harakat), ZWNJ between the parts of a word and the
/// bidi isolates a table cell is wrapped in take no cell, so counting `Character`s or bytes misaligns columns.
/// The rules follow `wcwidth`: a cluster whose every scalar is a mark, a format character or a control is 0 wide;
/// a cluster holding an East Asian Wide/Fullwidth scalar or an emoji shown as a picture is 2 wide; others are 1.
public enum DisplayWidth {
    /// Cells taken by `text` on a terminal.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for cluster in text { total += of(cluster) }
        return total
    }

    /// Cells taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ cluster: Character) -> Int {
        var visible = false
        var wide = false
        var emojiVariation = false
        var emoji = false
        for scalar in cluster.unicodeScalars {
            if scalar.value == 0xFE0F { emojiVariation = true }
            if isZeroWidth(scalar) { continue }
            visible = true
            if isWide(scalar) { wide = true }
            if scalar.properties.isEmojiPresentation { wide = true }
            if scalar.properties.isEmoji && scalar.value > 0xFF { emoji = true }
        }
        guard visible else { return 0 }
        // A text-style emoji followed by VS16 ("❤️") is drawn as a picture, two cells wide.
        if wide || (emoji && emojiVariation) { return 2 }
        return 1
    }

    /// Marks, format characters (ZWNJ, ZWJ, bidi controls, soft hyphen), controls and variation selectors.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            break
        }
        let v = scalar.value
        return (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || (0x1160...0x11FF).contains(v)
    }

    /// East Asian Wide and Fullwidth ranges (Unicode Standard Annex #11), as terminals' wcwidth tables have them;
    /// emoji are recognised by their Emoji_Presentation property instead.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE6F, // vertical forms, CJK compatibility forms, small forms
        0xFF00...0xFF60, 0xFFE0...0xFFE6, // fullwidth forms
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, // Tangut, Kana supplement
        0x20000...0x2FFFD, 0x30000...0x3FFFD, // CJK extensions B…
    ]
}
