/// Tells Persian from English text by the share of Arabic-script letters among all letters.
///
/// News articles here are one or the other; a Persian article quoting "Golden Brick" or an English one naming
/// "تهران" still has an overwhelming majority of its own script, so counting letters is enough and needs no model.
public enum LanguageDetector {
    public enum Language: String, Sendable, Hashable, CaseIterable {
        case persian = "fa"
        case english = "en"
        /// No letters, or neither script clearly dominates.
        case undetermined = "und"

        /// The BCP 47 tag for language-tagged literals ("fa", "en", "und").
        public var tag: String { rawValue }
    }

    /// Counts of letters by script.
    public struct Profile: Sendable, Hashable {
        public var arabicScript = 0
        public var latin = 0
        public var other = 0
        public var total: Int { arabicScript + latin + other }
        /// Share of Arabic-script letters among all letters (0 when there are none).
        public var arabicScriptRatio: Double { total == 0 ? 0 : Double(arabicScript) / Double(total) }
        public var latinRatio: Double { total == 0 ? 0 : Double(latin) / Double(total) }
    }

    /// The share a script must reach to decide; below it the text is mixed.
    public static let threshold = 0.6

    public static func profile(_ text: String) -> Profile {
        var profile = Profile()
        for scalar in text.unicodeScalars {
            // ASCII and the Arabic letters U+0620–U+064A answer without a Unicode property lookup.
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                profile.latin += 1
                continue
            case 0...0x7F:
                continue
            case 0x0620...0x064A:
                profile.arabicScript += 1
                continue
            default:
                guard scalar.properties.isAlphabetic else { continue }
            }
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                profile.arabicScript += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F:
                profile.latin += 1
            default:
                profile.other += 1
            }
        }
        return profile
    }

    public static func detect(_ text: String) -> Language {
        let profile = profile(text)
        if profile.total == 0 { return .undetermined }
        if profile.arabicScriptRatio >= threshold { return .persian }
        if profile.latinRatio >= threshold { return .english }
        return .undetermined
    }
}
