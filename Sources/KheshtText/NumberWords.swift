/// Reads cardinal and ordinal numbers written in words or digits, in Persian and English.
///
/// Persian: "چهارمین", "چهارم", "سی و هشتمین", "سی‌وهشتمین", "سی وهشتمین", "دویست و هفتمین", "یکصد و دهمین",
/// "نخستین", "اولین", "سی‌ام", "دو هزار و پانصد", "۳۸مین", "38 امین".
/// English: "fourth", "thirty-eighth", "one hundred and tenth", "38th", "21st", "first", "two thousand".
///
/// Works on tokens (folded text), so Arabic letter variants, the three digit scripts and ZWNJ present, absent or
/// replaced by a space all read the same. A ZWNJ-glued compound ("سی‌وهشتمین" folds to one token "سیوهشتمین")
/// is split into its number words inside the token.
public enum NumberWords {
    /// The number (cardinal or ordinal) starting at token `index`, as long as it can be read; nil when none starts there.
    public static func number(in tokens: [Token], at index: Int) -> NumberMention? {
        guard index >= 0, index < tokens.count else { return nil }
        if tokens[index].kind == .number { return digitNumber(in: tokens, at: index) }
        if tokens[index].kind == .word { return wordNumber(in: tokens, at: index) }
        return nil
    }

    /// The ordinal starting at token `index`, or nil when the number there is a cardinal or there is none.
    public static func ordinal(in tokens: [Token], at index: Int) -> NumberMention? {
        guard let mention = number(in: tokens, at: index), mention.isOrdinal else { return nil }
        return mention
    }

    /// Every number in `tokens`, left to right, without overlaps (the longest reading at each start wins).
    public static func scan(_ tokens: [Token]) -> [NumberMention] {
        var found: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            if let mention = number(in: tokens, at: index) {
                found.append(mention)
                index = mention.tokenRange.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Every number in a text.
    public static func scan(_ text: String) -> [NumberMention] {
        scan(Tokenizer.tokenize(text))
    }

    /// The value of a single word or ZWNJ compound, e.g. "چهارمین" → (4, true), "thirty" → (30, false).
    public static func value(ofWord word: String) -> (value: Int, isOrdinal: Bool)? {
        let tokens = Tokenizer.tokenize(word)
        guard let mention = number(in: tokens, at: 0), mention.tokenRange.upperBound == tokens.count,
              mention.form == .words else { return nil }
        return (mention.value, mention.isOrdinal)
    }

    // MARK: Digits

    static let persianOrdinalSuffixes: Set<String> = ["م", "مین", "ام", "امین"]
    /// Suffixes that may stand after a space ("38 امین"); "مین" alone is also the word for a landmine.
    static let persianSpacedOrdinalSuffixes: Set<String> = ["ام", "امین"]
    static let englishOrdinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    private static func digitNumber(in tokens: [Token], at index: Int) -> NumberMention? {
        let token = tokens[index]
        guard let value = token.integerValue else { return nil }
        var end = index + 1
        var isOrdinal = false
        if end < tokens.count, tokens[end].kind == .word {
            let suffix = tokens[end].text
            if token.touches(tokens[end]),
               persianOrdinalSuffixes.contains(suffix) || englishOrdinalSuffixes.contains(suffix) {
                isOrdinal = true
            } else if persianSpacedOrdinalSuffixes.contains(suffix) {
                isOrdinal = true
            }
            if isOrdinal { end += 1 }
        }
        var total = value
        if !isOrdinal {
            // "۲ میلیون", "3 million": digits times a scale word.
            while end < tokens.count, tokens[end].kind == .word,
                  let atoms = decompose(tokens[end].text), atoms.count == 1,
                  case .number(let atom) = atoms[0], atom.kind == .scale, !atom.isOrdinal,
                  total.multipliedReportingOverflow(by: atom.value).overflow == false {
                total *= atom.value
                end += 1
            }
        }
        return NumberMention(value: total, isOrdinal: isOrdinal, form: isOrdinal ? .digitsWithSuffix : .digits,
                             tokenRange: index..<end, span: tokens[index].span.union(tokens[end - 1].span))
    }

    // MARK: Words

    enum AtomKind { case unit, ten, hundred, hundredMultiplier, scale }

    struct NumberAtom: Hashable {
        var value: Int
        var kind: AtomKind
        var isOrdinal: Bool
    }

    enum Atom: Hashable {
        case number(NumberAtom)
        /// Persian "و", English "and" and the hyphen of "thirty-eight".
        case connector
    }

    /// Reading state across atoms; copied before each token so a token that does not fit can be given back.
    struct Reader {
        var total = 0
        var group = 0
        /// Additive atoms must come in falling places: after a hundred only < 100, after a ten only < 10.
        var limit = 1_000
        var lastScale = Int.max
        var sawNumber = false
        var pendingConnector = false
        var lastWasNumber = false
        var finished = false
        var isOrdinal = false

        var value: Int { total + group }

        /// Feeds one atom; false when it cannot continue the number.
        mutating func feed(_ atom: Atom) -> Bool {
            if finished { return false }
            switch atom {
            case .connector:
                guard lastWasNumber, !pendingConnector else { return false }
                pendingConnector = true
                lastWasNumber = false
                return true
            case .number(let number):
                // Without a connector only a scale ("دو هزار", "two thousand") or English "hundred" may follow,
                // and English runs ("twenty one", "one million two hundred") read without one as well.
                if lastWasNumber && !pendingConnector {
                    let englishRun = number.kind == .unit && limit == 10
                    let afterScale = group == 0 && lastScale != Int.max      // "one million two hundred"
                    guard number.kind == .scale || number.kind == .hundredMultiplier || englishRun || afterScale
                    else { return false }
                }
                if !sawNumber && pendingConnector { return false }
                switch number.kind {
                case .scale:
                    guard value > 0 || !sawNumber else { return false }
                    if number.value < lastScale {
                        // "دو هزار", "سه میلیون و دویست هزار": a new, smaller group.
                        let (product, overflow) = max(group, 1).multipliedReportingOverflow(by: number.value)
                        guard !overflow, total.addingReportingOverflow(product).overflow == false else { return false }
                        total += product
                    } else {
                        // "هزار میلیارد" (10^12): a larger scale multiplies everything read so far.
                        guard pendingConnector == false else { return false }
                        let (product, overflow) = max(value, 1).multipliedReportingOverflow(by: number.value)
                        guard !overflow else { return false }
                        total = product
                    }
                    group = 0
                    limit = 1_000
                    lastScale = number.value
                case .hundredMultiplier:
                    // "one hundred", "nineteen hundred": a single unit or teen before it, or none.
                    guard group < 20, limit != 100 else { return false }
                    group = max(group, 1) * 100
                    limit = 100
                case .hundred, .ten, .unit:
                    guard number.value < limit, group < 1_000 else { return false }
                    group += number.value
                    switch number.kind {
                    case .hundred: limit = 100
                    case .ten: limit = 10
                    default: limit = 0
                    }
                }
                sawNumber = true
                pendingConnector = false
                lastWasNumber = true
                if number.isOrdinal {
                    isOrdinal = true
                    finished = true
                }
                return true
            }
        }

        var isComplete: Bool { sawNumber && !pendingConnector }
    }

    private static func wordNumber(in tokens: [Token], at index: Int) -> NumberMention? {
        var reader = Reader()
        var end = index
        var best: (reader: Reader, end: Int)?
        while end < tokens.count {
            let token = tokens[end]
            if end > index, !tokens[end - 1].touches(token), token.kind == .punctuation { break }
            let atoms: [Atom]
            if token.kind == .punctuation {
                // A hyphen joins "thirty-eighth" only between touching words.
                guard token.text == "-" || token.text == "\u{2010}", end > index, end + 1 < tokens.count,
                      tokens[end - 1].touches(token), token.touches(tokens[end + 1]) else { break }
                atoms = [.connector]
            } else if token.kind == .word, let decomposed = decompose(token.text) {
                atoms = decomposed
            } else {
                break
            }
            var trial = reader
            var fits = true
            for atom in atoms where !trial.feed(atom) { fits = false; break }
            guard fits else { break }
            reader = trial
            end += 1
            if reader.isComplete { best = (reader, end) }
            if reader.finished { break }
        }
        guard let best else { return nil }
        // "سه شنبه" is Tuesday, not three Saturdays.
        if best.end == index + 1, best.end < tokens.count, tokens[best.end].text == "شنبه", !best.reader.isOrdinal {
            return nil
        }
        return NumberMention(value: best.reader.value, isOrdinal: best.reader.isOrdinal, form: .words,
                             tokenRange: index..<best.end, span: tokens[index].span.union(tokens[best.end - 1].span))
    }

    /// Splits one folded word into number atoms and connectors ("سیوهشتمین" → سی, و, هشتمین), or nil when the
    /// word is not made only of them. Longer lexicon entries are tried first ("سیصد" before "سی" + "صد").
    static func decompose(_ word: String) -> [Atom]? {
        decompose(word, isFolded: TextNormalizer.isFolded(word))
    }

    /// `decompose` for a caller that already knows whether `word` is folded.
    static func decompose(_ word: String, isFolded: Bool) -> [Atom]? {
        // Tokens are folded, so matching scalar for scalar answers as the `String` lexicon would (see `UTF8Key`).
        guard isFolded else { return decomposeUnfolded(word) }
        // One walk down the trie along the word finds the whole word as an entry, or else whether any entry
        // starts it; most words fail on their first or second letter without anything being allocated.
        var node = 0
        var walked = 0
        var someEntryStartsIt = false
        var first: Unicode.Scalar?
        for scalar in word.unicodeScalars {
            if first == nil { first = scalar }
            guard let next = lexiconTrie.child(of: node, scalar) else { break }
            node = next
            walked += 1
            if lexiconTrie.nodes[node].atom != nil { someEntryStartsIt = true }
        }
        guard let first, someEntryStartsIt else { return nil }
        if walked == word.unicodeScalars.count, let whole = lexiconTrie.nodes[node].atom { return [whole] }
        // Only Persian compounds are glued; English words are matched whole.
        guard !Tokenizer.isLatinLetter(first) else { return nil }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= 40 else { return nil }
        return split(scalars, from: 0)
    }

    /// Atoms for `scalars[start...]`, the longest entry first at every step.
    private static func split(_ scalars: [Unicode.Scalar], from start: Int) -> [Atom]? {
        if start == scalars.count { return [] }
        // Entries that are prefixes of the rest, found in one walk down the trie.
        var ends: [(length: Int, atom: Atom)] = []
        var node = 0
        var position = start
        while position < scalars.count, position - start < maxEntryLength,
              let next = lexiconTrie.child(of: node, scalars[position]) {
            node = next
            position += 1
            if let atom = lexiconTrie.nodes[node].atom { ends.append((position - start, atom)) }
        }
        for (length, atom) in ends.reversed() {
            if let rest = split(scalars, from: start + length) { return [atom] + rest }
        }
        return nil
    }

    /// `decompose` for text that is not folded (only hand-made tokens): the plain `String` lookups.
    private static func decomposeUnfolded(_ word: String) -> [Atom]? {
        if let whole = lexicon[word] { return [whole] }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= 40 else { return nil }
        func split(from start: Int) -> [Atom]? {
            if start == scalars.count { return [] }
            var length = min(maxEntryLength, scalars.count - start)
            while length > 0 {
                if let atom = lexicon[String(scalars: scalars[start..<start + length])],
                   let rest = split(from: start + length) {
                    return [atom] + rest
                }
                length -= 1
            }
            return nil
        }
        guard scalars.first.map({ !Tokenizer.isLatinLetter($0) }) ?? false else { return nil }
        return split(from: 0)
    }

    /// The lexicon as a trie over scalars, so a glued compound is split without building a string per guess.
    private static let lexiconTrie: ScalarTrie<Atom> = {
        var trie = ScalarTrie<Atom>()
        for (word, atom) in lexicon { trie.insert(Array(word.unicodeScalars), atom) }
        return trie
    }()

    /// Folded word → atom, for both languages and every ordinal form.
    static let lexicon: [String: Atom] = {
        var table: [String: Atom] = [:]
        func add(_ word: String, _ value: Int, _ kind: AtomKind, ordinal: Bool = false) {
            table[TextNormalizer.labelKey(word)] = .number(NumberAtom(value: value, kind: kind, isOrdinal: ordinal))
        }
        func kind(of value: Int) -> AtomKind {
            switch value {
            case 0..<20: return .unit
            case 20..<100: return .ten
            case 100..<1_000: return .hundred
            default: return .scale
            }
        }
        let persian: [(String, Int)] = [
            ("صفر", 0), ("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("شیش", 6),
            ("هفت", 7), ("هشت", 8), ("نه", 9), ("ده", 10), ("یازده", 11), ("دوازده", 12), ("سیزده", 13),
            ("چهارده", 14), ("پانزده", 15), ("پونزده", 15), ("شانزده", 16), ("هفده", 17), ("هیفده", 17),
            ("هجده", 18), ("هیجده", 18), ("نوزده", 19), ("بیست", 20), ("سی", 30), ("چهل", 40),
            ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80), ("نود", 90), ("صد", 100),
            ("یکصد", 100), ("دویست", 200), ("سیصد", 300), ("چهارصد", 400), ("پانصد", 500), ("ششصد", 600),
            ("هفتصد", 700), ("هشتصد", 800), ("نهصد", 900), ("هزار", 1_000), ("میلیون", 1_000_000),
            ("ملیون", 1_000_000), ("میلیارد", 1_000_000_000),
        ]
        for (word, value) in persian {
            add(word, value, kind(of: value))
            switch word {
            case "سه":
                add("سوم", 3, .unit, ordinal: true)
                add("سومین", 3, .unit, ordinal: true)
            case "صفر":
                break
            default:
                if word.hasSuffix("ی") {
                    add(word + "ام", value, kind(of: value), ordinal: true)        // سی‌ام
                    add(word + "امین", value, kind(of: value), ordinal: true)
                } else {
                    add(word + "م", value, kind(of: value), ordinal: true)         // چهارم، دهم
                    add(word + "مین", value, kind(of: value), ordinal: true)       // چهارمین
                }
            }
        }
        for word in ["اول", "اولین", "نخست", "نخستین"] { add(word, 1, .unit, ordinal: true) }

        let english: [(String, String, Int)] = [
            ("zero", "zeroth", 0), ("one", "first", 1), ("two", "second", 2), ("three", "third", 3),
            ("four", "fourth", 4), ("five", "fifth", 5), ("six", "sixth", 6), ("seven", "seventh", 7),
            ("eight", "eighth", 8), ("nine", "ninth", 9), ("ten", "tenth", 10), ("eleven", "eleventh", 11),
            ("twelve", "twelfth", 12), ("thirteen", "thirteenth", 13), ("fourteen", "fourteenth", 14),
            ("fifteen", "fifteenth", 15), ("sixteen", "sixteenth", 16), ("seventeen", "seventeenth", 17),
            ("eighteen", "eighteenth", 18), ("nineteen", "nineteenth", 19), ("twenty", "twentieth", 20),
            ("thirty", "thirtieth", 30), ("forty", "fortieth", 40), ("fifty", "fiftieth", 50),
            ("sixty", "sixtieth", 60), ("seventy", "seventieth", 70), ("eighty", "eightieth", 80),
            ("ninety", "ninetieth", 90), ("thousand", "thousandth", 1_000), ("million", "millionth", 1_000_000),
            ("billion", "billionth", 1_000_000_000),
        ]
        for (cardinal, ordinal, value) in english {
            add(cardinal, value, kind(of: value))
            add(ordinal, value, kind(of: value), ordinal: true)
        }
        add("hundred", 100, .hundredMultiplier)
        add("hundredth", 100, .hundredMultiplier, ordinal: true)
        table["و"] = .connector
        table["and"] = .connector
        return table
    }()

    private static let maxEntryLength = lexicon.keys.map { $0.unicodeScalars.count }.max() ?? 0
}
