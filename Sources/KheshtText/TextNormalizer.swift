import Foundation

/// Folds the many ways Persian and Arabic-script text is typed into one key for matching.
///
/// The same function serves documents, gazetteer entries and queries, so "علي" typed with Arabic yeh, "۱۳۹۸" in
/// Persian digits and "می‌شود" with a zero-width non-joiner all meet their other spellings.
public enum TextNormalizer {
    /// The matching key of `text`: Arabic letter variants to Persian (ي/ى→ی, ك→ک, ة→ه, أ/إ/آ kept as ا where
    /// only the hamza differs), Persian and Arabic-Indic digits to ASCII, diacritics and kashida removed,
    /// zero-width non-joiners dropped (writers type them or not), runs of whitespace folded to one space,
    /// Latin letters lower-cased, Arabic presentation forms read as the letters they show, and a decomposed
    /// alef + madda read as "آ".
    public static func matchKey(_ text: String) -> String {
        // Most keys asked for are already folded (tokens, stored labels): give them back as they are.
        if isFixedPoint(text, allowingSpaces: true) { return text }
        return String(scalars: matchKeyScalars(text))
    }

    /// The scalars of `matchKey(text)`.
    static func matchKeyScalars(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func take(_ scalar: Unicode.Scalar) {
            if !pendingSpace, composesMadda(scalar, after: out.last) {
                out[out.count - 1] = "\u{0622}"
                return
            }
            guard let folded = fold(scalar) else { return }
            if folded == " " {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(folded)
        }
        for scalar in text.unicodeScalars {
            if let letters = presentationFormExpansion(scalar) {
                letters.forEach(take)
            } else {
                take(scalar)
            }
        }
        return out
    }

    /// The key for looking up entity labels: `matchKey` without spaces, because "تاب آوری", "تاب‌آوری" and
    /// "تابآوری" are all written for one word. Stores, gazetteers and queries all use this one.
    public static func labelKey(_ text: String) -> String {
        if isFolded(text) { return text }
        return String(scalars: matchKeyScalars(text).lazy.filter { $0 != " " })
    }

    /// True when `labelKey(text) == text` scalar for scalar: every scalar folds to itself and there is no space.
    /// Tokens are always folded, so word tables can look them up by their bytes (see `UTF8Key`).
    static func isFolded(_ text: String) -> Bool { isFixedPoint(text, allowingSpaces: false) }

    /// True when `matchKey(text)` (or, without spaces, `labelKey(text)`) is `text` itself: no scalar changes
    /// when folded, none is a presentation form, and spaces, if allowed, are single and inside the text.
    static func isFixedPoint(_ text: String, allowingSpaces: Bool) -> Bool {
        var previousWasSpace = true        // a leading space is not kept
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                guard allowingSpaces, !previousWasSpace else { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if value >= 0x61 && value <= 0x7A { continue }                 // the common case first
            switch value {
            case 0xFB50...0xFDFF, 0xFE70...0xFEFE: return false
            default: if fold(scalar) != scalar { return false }
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    /// The letters an Arabic presentation form stands for (U+FB50–FDFF, U+FE70–FEFF: the contextual shapes and
    /// ligatures that text copied from PDFs or old software carries, e.g. "ﻼ" → "لا", "ﻙ" → "ك"), or nil for any
    /// other scalar. Their compatibility decomposition is the standard mapping back to ordinary letters.
    public static func presentationFormExpansion(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar.value {
        case 0xFB50...0xFDFF, 0xFE70...0xFEFE:
            let letters = Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
            return letters == [scalar] ? nil : letters
        default:
            return nil
        }
    }

    /// True when `scalar` is a combining madda (U+0653) written after a bare alef: "ا" + "ٓ" is the
    /// decomposed spelling of "آ" and must fold to the same key as the precomposed letter.
    public static func composesMadda(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        scalar == "\u{0653}" && previous == "\u{0627}"
    }

    /// One scalar's folded form: nil when it carries nothing for matching (diacritic, kashida),
    /// a space for anything that separates words.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064A, 0x0649, 0x06CC, 0x0626: return "\u{06CC}"          // ي ى ی ئ → ی
        case 0x0643, 0x06A9: return "\u{06A9}"                           // ك ک → ک
        case 0x0629, 0x06C0: return "\u{0647}"                           // ة ۀ → ه
        case 0x0623, 0x0625, 0x0671: return "\u{0627}"                   // أ إ ٱ → ا
        case 0x0624: return "\u{0648}"                                   // ؤ → و
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)  // ۰-۹
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)  // ٠-٩
        case 0x064B...0x065F, 0x0670, 0x0640: return nil                 // harakat, superscript alef, kashida
        case 0x200C, 0x200B, 0x200D, 0x200E, 0x200F, 0xFEFF: return nil  // ZWNJ and other invisibles: typed or not
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)
        case 0x09...0x0D, 0x20: return " "
        case 0...0x7F, 0x0600...0x06FF: return scalar          // no other whitespace in ASCII or Arabic
        default:
            return scalar.properties.isWhitespace ? " " : scalar
        }
    }
}
