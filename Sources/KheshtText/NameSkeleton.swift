import Foundation

/// A language-neutral key for a proper name written in Persian or in Latin letters, so "محسن هاشمی" and
/// "Mohsen Hashemi", "اصفهان" and "Esfahan" get one key while "حسن" and "حسین" get two.
///
/// Both scripts are reduced to what they reliably share:
/// - consonants, as classes of letters that transliteration maps onto each other (س/ص/ث and "s"; ز/ذ/ض/ظ and "z";
///   ق/غ and "q"/"gh"; ح/ه and "h"; ج/ژ and "j"/"zh", because "نژاد" is written "Nejad" as often as "Nezhad"; …);
/// - the long vowels Persian writes: ی as the vowel "I" (Latin "i", "ee", a "y" after the first letter, "ei"/"ey"
///   since the "e" is dropped), و as "V" (Latin "v", "w", "u", "ou", "oo"). Keeping them is what keeps "Hassan"
///   (حسن) apart from "Hossein" (حسین) and "Mohammad" (محمد) apart from "Mahmoud" (محمود);
/// - a word-final "e" sound: Persian final ه, Latin final "e", "eh", "ah" ("Fatemeh"/"Fateme"/فاطمه; "Mahdieh"
///   stays apart from "Mehdi").
///
/// Dropped: the short vowels Persian does not write (Latin "a", "e", "o"), alef and ain (which Latin writes as a
/// vowel, an apostrophe or nothing: "Ali"/علی, "Saadi"/سعدی), a word-initial "i" before two consonants ("Isfahan"
/// is اصفهان, while "Iran" is ایران). Repeated classes collapse ("Hassan" → H S N). Word boundaries are not kept:
/// "محمدرضا", "Mohammadreza" and "Mohammad Reza" are one name written three ways. Callers that need whole names
/// (a surname alone must not meet a full name) count words with `words(_:)`.
///
/// The key is deliberately coarse in one direction only: where the scripts disagree on a sound the rules drop it,
/// but they never merge two letters Persian keeps apart unless transliteration does. What remains ambiguous is
/// measured in the tests (a few first names, e.g. سعید "Saeed" and سید "Seyed", do share a key).
public enum NameSkeleton {
    /// The key of a name: each word's skeleton, concatenated, with runs of one class collapsed. Empty when the
    /// name has no letters either script can read.
    public static func key(_ name: String) -> String {
        var symbols: [Character] = []
        for word in words(name) {
            for symbol in skeleton(ofWord: word) where symbol != symbols.last { symbols.append(symbol) }
        }
        return String(symbols)
    }

    /// The words of a name after `TextNormalizer` folding, split at spaces, hyphens and zero-width non-joiners (a
    /// ZWNJ ends a written word inside a compound: "داروغه‌زاده" is written like "داروغه زاده", and its "ه" is final).
    public static func words(_ name: String) -> [String] {
        TextNormalizer.matchKey(name.replacingOccurrences(of: "\u{200C}", with: " "))
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "‐" || $0 == "_" })
            .map(String.init)
            .filter { $0.unicodeScalars.contains(where: { persian[$0] != nil || isLatinLetter($0) || $0 == "ا" || $0 == "ع" }) }
    }

    /// The classes of one folded word, script chosen per letter; the word-final "e" sound is "E".
    static func skeleton(ofWord word: String) -> [Character] {
        let scalars = Array(word.unicodeScalars)
        if scalars.contains(where: isLatinLetter) { return latinSkeleton(scalars) }
        return persianSkeleton(scalars)
    }

    // MARK: - Persian script

    /// Consonant classes of Persian letters (after TextNormalizer: ي→ی, ك→ک, ة→ه, hamza forms of alef → ا).
    private static let persian: [Unicode.Scalar: Character] = [
        "ب": "B", "پ": "P", "ت": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ج": "J", "ژ": "J", "چ": "C",
        "ح": "H", "ه": "H", "ة": "H", "خ": "X", "د": "D", "ذ": "Z", "ز": "Z", "ض": "Z", "ظ": "Z", "ر": "R",
        "ش": "W", "غ": "Q", "ق": "Q", "ف": "F", "ک": "K", "ك": "K", "گ": "G", "ل": "L", "م": "M", "ن": "N",
        "و": "V", "ؤ": "V", "ی": "I", "ي": "I", "ى": "I", "ئ": "I",
    ]

    private static func persianSkeleton(_ scalars: [Unicode.Scalar]) -> [Character] {
        // Letters only: alef, ain and hamza carry vowels or glottal stops Latin spelling does not agree on.
        let letters = scalars.filter { persian[$0] != nil || $0 == "ا" || $0 == "آ" || $0 == "ع" || $0 == "ء" || $0 == "أ" || $0 == "إ" }
        var out: [Character] = []
        for (index, letter) in letters.enumerated() {
            guard var symbol = persian[letter] else { continue }
            let isLast = index == letters.count - 1
            if symbol == "I", index == 0 { symbol = "Y" }              // یزد: a consonant at the start of a word
            if (letter == "ه" || letter == "ة"), isLast, index > 0 { symbol = "E" }  // فاطمه, زاده, شاه
            if symbol != out.last { out.append(symbol) }
        }
        return out
    }

    // MARK: - Latin script

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || (scalar.value >= 0xC0 && scalar.value <= 0x24F && scalar.properties.isAlphabetic)
    }

    /// Latin letters with accents removed and lower-cased ("Hosséin" → "hossein"); anything else dropped.
    private static func plainLatin(_ scalars: [Unicode.Scalar]) -> [Character] {
        let text = String(String.UnicodeScalarView(scalars.filter(isLatinLetter)))
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return text.filter { ("a"..."z").contains($0) }.map { $0 }
    }

    private static let latinConsonants: [Character: Character] = [
        "b": "B", "p": "P", "t": "T", "s": "S", "j": "J", "h": "H", "x": "X", "d": "D", "z": "Z", "r": "R",
        "f": "F", "l": "L", "m": "M", "n": "N", "v": "V", "w": "V", "k": "K", "c": "K", "q": "Q", "g": "G",
    ]

    /// Two-letter spellings read as one sound.
    private static let latinDigraphs: [String: Character] = [
        "sh": "W", "kh": "X", "gh": "Q", "ch": "C", "zh": "J", "ph": "F", "ck": "K", "ee": "I", "oo": "V", "ou": "V",
    ]

    private static func latinSkeleton(_ scalars: [Unicode.Scalar]) -> [Character] {
        var letters = plainLatin(scalars)
        guard !letters.isEmpty else { return [] }
        // The word-final "e" sound: "Fatemeh", "Fateme", "Shah", "Abdollah" — but not "Rezaee" (ee is ی).
        var finalE = false
        if letters.count > 2, letters.last == "h", let before = letters.dropLast().last, before == "e" || before == "a" {
            letters.removeLast(2)
            finalE = true
        } else if letters.count > 2, letters.last == "e", letters[letters.count - 2] != "e" {
            letters.removeLast()
            finalE = true
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var out: [Character] = []
        func emit(_ symbol: Character) { if symbol != out.last { out.append(symbol) } }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            if index + 1 < letters.count, let symbol = latinDigraphs[String([letter, letters[index + 1]])] {
                emit(symbol)
                index += 2
                continue
            }
            switch letter {
            case "a", "e", "o":
                break                                            // short vowels (and alef): Persian does not write them
            case "i":
                // "Isfahan", "Ismail", "Ebrahim"/"Ibrahim": an initial i before two consonants is alef, not ی.
                let nextTwo = letters.dropFirst(index + 1).prefix(2)
                if !(index == 0 && nextTwo.count == 2 && !nextTwo.contains(where: vowels.contains)) { emit("I") }
            case "u":
                emit("V")
            case "y":
                emit(index == 0 ? "Y" : "I")
            default:
                if let symbol = latinConsonants[letter] { emit(symbol) }
            }
            index += 1
        }
        if finalE { emit("E") }
        return out
    }
}
