import Foundation
import Testing
@testable import KheshtText

/// The fast paths (byte-keyed word tables, per-token scanner facts, the number-word trie, one-pass string
/// building) must find exactly what the plain `String` code found. Each test runs the old algorithm, kept here
/// as an oracle, and the shipped one over real articles and over seeded random text built from the characters
/// and words that matter (letter variants, marks, ZWNJ, digits in three scripts, month and weekday names).
@Suite struct FastPathEquivalenceTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The UTF-8 corpus articles (the folder also holds legacy encodings for the readers' tests) and the seed.
    static func articles() throws -> [String] {
        let folder = packageRoot.appendingPathComponent("data/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var texts = names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.count >= 10)
        let seed = packageRoot.appendingPathComponent("Tests/KheshtTextTests/Fixtures/seed_article_fa.txt")
        texts.append(try String(contentsOf: seed, encoding: .utf8))
        return texts
    }

    /// Words and marks the date and number readers react to, in several spellings.
    static let dateWords = [
        "۱۲", "12", "١٢", "۱۳۹۸", "1398", "2019", "۹۸", "02", "3", "31", "1", "1402", "1500", "2", "10", "27", "08",
        "آبان", "ابان", "آبان‌ماه", "ماه", "سال", "مرداد", "امرداد", "دی", "تیر", "مهر", "اسفند", "ارديبهشت",
        "November", "Nov", "nov", "May", "may", "March", "march", "Mar", "Sept", "ژانویه", "می", "نوامبر", "مه",
        "شنبه", "سه", "سه‌شنبه", "پنج‌شنبه", "پنجشنبه", "یک", "دو", "چهار", "پنج", "جمعه", "Saturday", "sat", "Sun",
        "امروز", "دیروز", "پریروز", "فردا", "پس", "پس‌فردا", "امشب", "دیشب", "روز", "گذشته", "قبل", "پیش", "آینده",
        "بعد", "از", "ظهر", "نیمه", "شب", "صبح", "عصر", "شامگاه", "بعدازظهر", "هفته", "امسال", "پارسال", "جاری",
        "today", "yesterday", "tomorrow", "tonight", "last", "this", "next", "past", "coming", "night", "morning",
        "evening", "year", "month", "in", "since", "until", "on", "of", "the", "تا", "to", "and", "ساعت", "at", "در",
        "دوازدهم", "دوازده", "سی‌ام", "سی‌وهشتمین", "چهارمین", "نخستین", "اول", "first", "second", "thirty",
        "هزار", "میلیون", "two", "hundred", "st", "nd", "th", "ام", "م", "امین", "مین", "و", "نماز",
        "-", "–", "—", "/", ".", ",", "،", ":", "|", "(", ")",
    ]

    /// Random text of date words joined by spaces or nothing (so numbers and marks touch).
    static func randomText(_ random: inout Random, words: Int) -> String {
        var text = ""
        for _ in 0..<words {
            text += dateWords.randomElement(using: &random)!
            text += ["", " ", " ", " ", "  ", "\u{200C}"].randomElement(using: &random)!
        }
        return text
    }

    static let references: [ReferenceTime?] = [
        ReferenceTime(date: GregorianDate(year: 2019, month: 11, day: 3), time: TimeOfDay(hour: 10, minute: 27)),
        ReferenceTime(date: GregorianDate(year: 2023, month: 3, day: 20)),
        nil,
    ]

    static func expectSameDates(_ text: String) {
        let normalized = NormalizedText(text)
        let tokens = Tokenizer.tokenize(normalized)
        for reference in references {
            let fast = DateExpressionScanner.scan(normalized, tokens: tokens, reference: reference)
            let plain = ReferenceDateExpressionScanner.scan(normalized, tokens: tokens, reference: reference)
            #expect(fast == plain, "\(text)")
        }
    }

    @Test func dateScannerMatchesTheOracleOnArticles() throws {
        for article in try Self.articles() {
            for sentence in SentenceSplitter.split(article) { Self.expectSameDates(sentence.text) }
            Self.expectSameDates(article)
        }
    }

    @Test func dateScannerMatchesTheOracleOnRandomText() {
        var random = Random(state: 42)
        var found = 0
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, words: Int.random(in: 1...12, using: &random))
            Self.expectSameDates(text)
            found += DateExpressionScanner.scan(text, reference: Self.references[0]).count
        }
        // The generator must actually exercise the patterns, not only miss them.
        #expect(found > 1_000)
    }

    @Test func dateScannerMatchesTheOracleOnHandMadeUnfoldedTokens() {
        // Tokens built by hand (not by the tokenizer) may carry unfolded text; the scanner must still agree.
        let words = ["آبان", "Nov", "سه\u{200C}شنبه", "ARDIBEHESHT", "Saturday", "دي", "ا\u{0653}بان"]
        var offset = 0
        var tokens: [Token] = []
        for (index, word) in (["12"] + words + ["1398"]).enumerated() {
            let count = word.unicodeScalars.count
            let kind: Token.Kind = index == 0 || index == words.count + 1 ? .number : .word
            tokens.append(Token(kind: kind, text: word, surface: word, span: TextSpan(start: offset, end: offset + count),
                                normalizedRange: offset..<(offset + count)))
            offset += count + 1
        }
        let text = NormalizedText(String(repeating: "x", count: offset))
        for start in tokens.indices {
            for end in start..<tokens.count {
                let slice = Array(tokens[start...end])
                #expect(DateExpressionScanner.scan(text, tokens: slice, reference: Self.references[0])
                        == ReferenceDateExpressionScanner.scan(text, tokens: slice, reference: Self.references[0]))
            }
        }
    }

    // MARK: Number words

    /// `NumberWords.decompose` as it was: a `String` built and looked up for every candidate length.
    static func plainDecompose(_ word: String) -> [NumberWords.Atom]? {
        if let whole = NumberWords.lexicon[word] { return [whole] }
        let maxEntryLength = NumberWords.lexicon.keys.map { $0.unicodeScalars.count }.max() ?? 0
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= 40 else { return nil }
        func split(from start: Int) -> [NumberWords.Atom]? {
            if start == scalars.count { return [] }
            var length = min(maxEntryLength, scalars.count - start)
            while length > 0 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<start + length])
                if let atom = NumberWords.lexicon[String(view)], let rest = split(from: start + length) {
                    return [atom] + rest
                }
                length -= 1
            }
            return nil
        }
        guard scalars.first.map({ !Tokenizer.isLatinLetter($0) }) ?? false else { return nil }
        return split(from: 0)
    }

    @Test func numberWordsSplitCompoundsAsBefore() throws {
        var words = Array(NumberWords.lexicon.keys)
        var random = Random(state: 7)
        let pieces = Array(NumberWords.lexicon.keys) + ["و", "ا", "ی", "م", "ن", "x", "ٓ"]
        for _ in 0..<5_000 {
            var word = ""
            for _ in 0..<Int.random(in: 1...5, using: &random) { word += pieces.randomElement(using: &random)! }
            words.append(word)
        }
        for article in try Self.articles() { words += Tokenizer.tokenize(article).map(\.text) }
        var compounds = 0
        for word in words {
            let fast = NumberWords.decompose(word)
            #expect(fast == Self.plainDecompose(word), "\(word)")
            if (fast?.count ?? 0) > 1 { compounds += 1 }
        }
        #expect(compounds > 500)
    }

    // MARK: Normalization

    /// `TextNormalizer.matchKey` as it was, appending to a `UnicodeScalarView`.
    static func plainMatchKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func take(_ scalar: Unicode.Scalar) {
            if !pendingSpace, TextNormalizer.composesMadda(scalar, after: out.last) {
                out.removeLast()
                out.append("\u{0622}")
                return
            }
            guard let folded = TextNormalizer.fold(scalar) else { return }
            if folded == " " {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(folded)
        }
        for scalar in text.unicodeScalars {
            if let letters = TextNormalizer.presentationFormExpansion(scalar) {
                letters.forEach(take)
            } else {
                take(scalar)
            }
        }
        return String(out)
    }

    /// Scalars whose folding is special, plus ordinary ones.
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "k", "0", "۷", "٣", " ", " ", "\t", "\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{200C}",
        "\u{200D}", "\u{FEFF}", "ي", "ى", "ی", "ئ", "ك", "ک", "ة", "ۀ", "ه", "أ", "إ", "ٱ", "ا", "آ", "ؤ", "و",
        "\u{064E}", "\u{0651}", "\u{0653}", "\u{0654}", "\u{0670}", "\u{0640}", "\u{FEFB}", "\u{FE8E}", "\u{FB8E}",
        "\u{FDF2}", "é", "e", "\u{0301}", "-", ".", "،", "ß", "Ω", "\u{212A}", "\u{037E}", "😀",
    ]

    @Test func matchKeyAndLabelKeyAreUnchanged() throws {
        var random = Random(state: 3)
        var texts: [String] = ["", " ", "a b", " a", "a ", "a  b"]
        for _ in 0..<5_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10, using: &random) { view.append(Self.alphabet.randomElement(using: &random)!) }
            texts.append(String(view))
        }
        for article in try Self.articles() { texts += Tokenizer.tokenize(article).map(\.surface) + [article] }
        for text in texts {
            let plain = Self.plainMatchKey(text)
            let fast = TextNormalizer.matchKey(text)
            #expect(Array(fast.unicodeScalars) == Array(plain.unicodeScalars), "\(text.debugDescription)")
            let label = TextNormalizer.labelKey(text)
            #expect(Array(label.unicodeScalars) == Array(plain.unicodeScalars.filter { $0 != " " }))
            if TextNormalizer.isFolded(text) { #expect(Array(label.unicodeScalars) == Array(text.unicodeScalars)) }
        }
    }

    @Test func tokenNumbersReadAsBefore() {
        var random = Random(state: 11)
        let pieces = ["0", "1", "9", "12", "1398", ",", "٬", ".", "٫", "x", "۵"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &random) { text += pieces.randomElement(using: &random)! }
            let token = Token(kind: .number, text: text, surface: text, span: TextSpan(start: 0, end: 1),
                              normalizedRange: 0..<1)
            var digits = ""
            var plain: Int?? = nil
            for scalar in text.unicodeScalars {
                switch scalar {
                case "0"..."9": digits.unicodeScalars.append(scalar)
                case ",", "\u{066C}": continue
                default: plain = .some(nil)
                }
                if plain != nil { break }
            }
            let expected = plain ?? (digits.count <= 18 ? Int(digits) : nil)
            #expect(token.integerValue == expected, "\(text)")
            #expect(token.digitCount == text.unicodeScalars.filter { ("0"..."9").contains($0) }.count)
        }
    }
}
