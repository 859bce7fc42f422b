/// Unicode scalars that always make a `Character` on their own and have no other canonical spelling: the ASCII
/// and Latin letters, Persian/Arabic letters and digits, and common punctuation.
///
/// The readers' hand-written scanners work on scalars (or UTF-8 bytes) for speed, while the rules they replace
/// were written against `Character`s (Swift `Regex`, `split`, `hasPrefix`). On text made only of these scalars
/// both views agree, so a scanner uses its fast path when the text it looks at is standalone and hands anything
/// else (combining marks, ZWJ, prepended marks, emoji, compatibility singletons) to the `Character`-level code.
enum StandaloneScalar {
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E,                  // printable ASCII
             0xA0...0x2FF,                 // Latin-1 and Latin Extended (combining marks start at U+0300)
             0x60C, 0x61B, 0x61F,          // Arabic comma, semicolon, question mark
             0x621...0x64A,                // Arabic letters (and tatweel)
             0x660...0x66F,                // Arabic-Indic digits and separators, dotless beh/qaf
             0x671...0x6D5,                // Persian and other Arabic-script letters
             0x6EE...0x6FF,                // Persian digits and late letters
             0x2010...0x2027,              // dashes, quotes, bullets, ellipsis
             0x2030...0x205E:              // per mille, guillemets, other punctuation
            return true
        default:
            return false
        }
    }

    static func contains(_ scalar: Unicode.Scalar) -> Bool { contains(scalar.value) }
}
