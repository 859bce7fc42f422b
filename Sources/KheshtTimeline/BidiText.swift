import KheshtText
/// Right-to-left safety for plain-text output: isolate Persian runs so they cannot reorder the columns around
/// them, and measure width by what a terminal draws (bidi marks and ZWNJ take no cell).
///
/// Related spec: Unicode Standard Annex #9 (the Bidirectional Algorithm), §2.4 explicit directional isolates.
public enum BidiText {
    /// RIGHT-TO-LEFT ISOLATE, LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE.
    public static let rli: Character = "\u{2067}"
    public static let lri: Character = "\u{2066}"
    public static let pdi: Character = "\u{2069}"

    /// True when `text` holds a strong right-to-left letter (Hebrew, Arabic, Persian, Syriac, Thaana, N'Ko…).
    public static func containsRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isRightToLeft)
    }

    /// Strong right-to-left letters only: Arabic-Indic and Persian digits (bidi classes AN and EN), separators
    /// and combining marks take their direction from around them, so "۱۳۹۸/۰۸/۱۱" alone is not right-to-left.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0660...0x066C, 0x06F0...0x06F9, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: false
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// `text` wrapped in RLI…PDI when it holds right-to-left letters, so it is laid out as one unit.
    ///
    /// The text is first made single-line and stripped of its own embedding, override and isolate controls: an
    /// unbalanced one coming from data would otherwise leak its direction into the columns that follow.
    public static func isolated(_ text: String) -> String {
        let clean = sanitized(text)
        return containsRightToLeft(clean) ? String(rli) + clean + String(pdi) : clean
    }

    /// `text` on one line, without bidi embedding/override/isolate controls (LRM, RLM and ZWNJ are kept).
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069: continue
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: out.append(" ")
            case 0x00...0x1F, 0x7F: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Terminal cells `text` takes (KheshtText's `DisplayWidth`, shared with the REPL's tables).
    public static func displayWidth(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    /// `text` followed by spaces up to `width` display cells.
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }
}
