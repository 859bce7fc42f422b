/// Keeps right-to-left text from reordering the columns around it.
///
/// The Unicode bidi algorithm (UAX #9) reorders a whole line: a Persian value followed by the `│` separator and
/// another Persian value would be drawn as one right-to-left run, swapping the columns. First-strong isolates
/// (U+2068 FSI … U+2069 PDI) make each value its own paragraph-like unit whose direction comes from its first
/// strong letter, so the line keeps its left-to-right column order while each Persian value reads correctly.
/// Padding goes outside the isolate so it stays on the column's side.
public enum BidiIsolation {
    public static let firstStrongIsolate: Character = "\u{2068}"
    public static let popDirectionalIsolate: Character = "\u{2069}"

    /// True when `text` holds a strong right-to-left letter (Arabic script, Hebrew, Syriac, Thaana, N'Ko …).
    public static func containsRightToLeft<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains(where: isRightToLeft)
    }

    /// `text` wrapped in FSI … PDI when it holds right-to-left letters; unchanged otherwise.
    ///
    /// Embedding, override and isolate controls already in the data are dropped first: an unbalanced one would
    /// leak its direction into the columns after it.
    public static func isolate(_ text: String) -> String {
        let clean = withoutDirectionalControls(text)
        guard containsRightToLeft(clean) else { return clean }
        return "\(firstStrongIsolate)\(clean)\(popDirectionalIsolate)"
    }

    /// `text` without U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates); LRM, RLM and ZWNJ stay.
    public static func withoutDirectionalControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDirectionalControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDirectionalControl(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    static func isDirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Scalars of bidi class R or AL, by block: Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan,
    /// Mandaic, Arabic Extended, and the right-to-left presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x0590...0x08FF:
            // Inside these blocks, marks and digits are not strong; letters are.
            return scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark
        case 0xFB1D...0xFDFF, 0xFE70...0xFEFC, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            return scalar.properties.isAlphabetic
        default:
            return false
        }
    }
}
