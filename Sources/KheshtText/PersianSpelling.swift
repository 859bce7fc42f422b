/// The standard Persian spelling of text typed with Arabic letter and digit variants, for display.
///
/// Why: many Persian pages are typed on Arabic keyboard layouts (ي, ك, ٠-٩). Matching already folds them
/// (`TextNormalizer`), but a name shown to a user should read as Persian is written; the original spelling stays in
/// the article text that provenance points to. Unlike `TextNormalizer.matchKey` this keeps everything else as typed:
/// zero-width non-joiners, spaces, diacritics, Latin case.
public enum PersianSpelling {
    /// `text` with Arabic yeh and alef maksura as Persian yeh (ی), Arabic kaf as keheh (ک), and Arabic-Indic
    /// digits as Persian digits (۰-۹).
    public static func standard(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(replacement(for: scalar) ?? scalar) }
        return String(scalars)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064A, 0x0649: return "\u{06CC}"                                        // ي ى → ی
        case 0x0643: return "\u{06A9}"                                                // ك → ک
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x06F0)   // ٠-٩ → ۰-۹
        default: return nil
        }
    }
}
