/// Splits Persian and English text into sentences with original offsets.
///
/// A sentence ends at a line break, or after `.` `!` `?` `؟` `؛` `…` (with any closing quotes or brackets
/// after them). A period does not end a sentence when it sits between digits ("۲.۵", "1398.08.12"), when no
/// space follows it ("example.com"), or when it closes an abbreviation ("Dr.", "U.N.", "e.g.", a single
/// initial). A Persian semicolon inside a short «…» title does not split it. Slashes never split, so "1398/08/12" stays whole.
public enum SentenceSplitter {
    /// Abbreviations (lower-cased, without their final period) after which a period does not end a sentence.
    public static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "mt", "inc", "ltd", "co", "corp", "vs", "etc", "e.g",
        "i.e", "no", "nos", "vol", "fig", "gen", "gov", "sen", "rep", "col", "lt", "capt", "sgt", "u.s", "u.n",
        "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
        "dept", "est", "p", "pp", "ph.d", "a.m", "p.m",
    ]

    public static func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0

        func close(at end: Int) {
            var low = start
            var high = end
            while low < high, scalars[low].properties.isWhitespace || isInvisible(scalars[low]) { low += 1 }
            while high > low, scalars[high - 1].properties.isWhitespace || isInvisible(scalars[high - 1]) { high -= 1 }
            if low < high {
                sentences.append(Sentence(index: sentences.count, text: String(scalars: scalars[low..<high]),
                                          span: TextSpan(start: low, end: high)))
            }
            start = end
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" || scalar == "\u{2028}" {
                close(at: index)
                index += 1
                start = index
                continue
            }
            guard isTerminator(scalar), endsSentence(scalars, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isTerminator(scalars[end]) || isCloser(scalars[end]) { end += 1 }
            close(at: end)
            index = end
        }
        close(at: scalars.count)
        return sentences
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{061F}", "\u{061B}", "\u{2026}", "\u{06D4}": return true
        default: return false
        }
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "}", "\u{00BB}", "\u{201D}", "\u{2019}", "\u{203A}": return true
        default: return false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        TextNormalizer.fold(scalar) == nil
    }

    /// Whether the terminator at `index` ends a sentence.
    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if scalars[index] == "\u{061B}" { return !insideShortGuillemets(scalars, at: index) }
        guard scalars[index] == "." else { return true }
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        // A period followed by more terminators or closers ("...", ".»") is judged by what follows the run.
        var after = index + 1
        while after < scalars.count, isTerminator(scalars[after]) || isCloser(scalars[after]) { after += 1 }
        if after < scalars.count, !scalars[after].properties.isWhitespace { return false }
        if let next, next != ".", isDigit(next), index > 0, isDigit(scalars[index - 1]) { return false }
        // The word before the period, with inner periods kept ("U.N", "e.g").
        var wordStart = index
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        // A Persian word (Arabic-block letters have no case and are no abbreviation, initial or acronym) ends
        // the sentence without building and lower-casing a string.
        if scalars[wordStart..<index].allSatisfy({ (0x0600...0x06FF).contains($0.value) }) { return true }
        let word = String(scalars: scalars[wordStart..<index]).lowercased()
        if word.isEmpty { return true }
        if abbreviations.contains(word) { return false }
        let letters = word.unicodeScalars.filter { $0 != "." }
        // A single Latin initial ("J. Smith", the "N" of "U.N.") — Persian single letters are not initials.
        if letters.count == 1, let letter = letters.first, letter.isASCII { return false }
        // Dotted acronyms: "U.S.A", "a.m".
        if word.contains("."), letters.allSatisfy(\.isASCII),
           word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return false }
        return true
    }

    /// Whether `index` sits inside a short «…» on one line: "همایش «خلیج فارس؛ میراث مشترک»" is one title, and the
    /// Persian semicolon in it ends no sentence.
    static func insideShortGuillemets(_ scalars: [Unicode.Scalar], at index: Int, reach: Int = 60) -> Bool {
        var back = index - 1
        var opened = false
        while back >= 0, index - back <= reach, scalars[back] != "\n" {
            if scalars[back] == "\u{00BB}" { return false }
            if scalars[back] == "\u{00AB}" { opened = true; break }
            back -= 1
        }
        guard opened else { return false }
        var ahead = index + 1
        while ahead < scalars.count, ahead - index <= reach, scalars[ahead] != "\n" {
            if scalars[ahead] == "\u{00AB}" { return false }
            if scalars[ahead] == "\u{00BB}" { return true }
            ahead += 1
        }
        return false
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        guard let folded = TextNormalizer.fold(scalar) else { return false }
        return ("0"..."9").contains(folded)
    }
}
