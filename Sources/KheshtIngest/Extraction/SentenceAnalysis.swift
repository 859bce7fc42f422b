import KheshtText

/// One sentence being analysed: its tokens, the phrase keys rules and finders look up, and the mentions found.
public struct SentenceAnalysis: Sendable {
    public let index: Int
    public let sentence: Sentence
    public let tokens: [Token]
    /// Mentions that do not overlap, in token order.
    public var mentions: [Mention] = []
    /// Known entities named inside a longer name ("سازمان ملل" in "کمیته اقتصادی … سازمان ملل"): mentioned too, but
    /// not items the rules see.
    public var nested: [Mention] = []
    /// The event the article is talking about in this sentence (set by coreference): the first event named in it,
    /// else the last one named before.
    public var focusEvent: Mention?
    /// The occasion a speech in this sentence is given at: the ceremony, session or gathering last named (set by
    /// coreference), else `focusEvent`. A festival runs for days; people speak at its ceremonies.
    public var focusOccasion: Mention?
    /// The person the article was last talking about when this sentence starts.
    public var focusPerson: Mention?
    /// The award named last before this sentence ends ("… won in the public space category" means that award).
    public var focusAward: Mention?
    /// The award in focus when this sentence starts: "X برگزیده شد و جایزه ویژه هیئت داوران به Y رسید" — X's prize is
    /// not the one named after X and given to Y (`Extractor.resolve` for @focusAward).
    public var focusAwardBefore: Mention?
    private let maxPhrase: Int
    /// keys[i][n-1]: the labelKey of tokens i..<i+n (tokens are already folded and hold no spaces).
    private let keys: [[String]]
    /// listMatches[i]: each lexicon list with an entry starting at token i, and the token length of its longest such
    /// entry. A short array rather than a dictionary per token: most tokens start entries of no list or one or two,
    /// and building and probing a dictionary for each cost more than scanning them.
    private let listMatches: [[(list: String, length: Int)]]
    /// bytesRun[i]: how many tokens from token i on compare as bytes (`UTF8Key.comparesAsBytes`), so whether a phrase
    /// key does is known without scanning it again: table look-ups ask for every phrase of every sentence.
    private let bytesRun: [Int]

    public init(index: Int, sentence: Sentence, tokens: [Token], maxPhrase: Int, lexicon: Lexicon,
                isPrefix: (String) -> Bool) {
        self.init(index: index, sentence: sentence, tokens: tokens, maxPhrase: maxPhrase, lexicon: lexicon,
                  prefixTest: { key, _ in isPrefix(key) })
    }

    /// `prefixTest(key, asBytes)` tells whether a phrase key can begin a longer entry; `asBytes` is
    /// `UTF8Key.comparesAsBytes(key)`, already known here.
    init(index: Int, sentence: Sentence, tokens: [Token], maxPhrase: Int, lexicon: Lexicon,
         prefixTest: (String, Bool) -> Bool) {
        self.index = index
        self.sentence = sentence
        self.tokens = tokens
        self.maxPhrase = maxPhrase
        // Phrase keys are built only while they can still begin a lexicon or gazetteer entry (and always for the
        // three-token phrases rules compare against); `key(_:_:)` builds any longer one on demand.
        // A key compares as bytes exactly when every token in it does: the property holds scalar by scalar.
        var bytesRun = [Int](repeating: 0, count: tokens.count + 1)
        for position in tokens.indices.reversed() where UTF8Key.comparesAsBytes(tokens[position].text) {
            bytesRun[position] = bytesRun[position + 1] + 1
        }
        self.bytesRun = bytesRun
        var keys: [[String]] = []
        keys.reserveCapacity(tokens.count)
        for start in tokens.indices {
            var row: [String] = []
            var key = ""
            for end in start..<min(tokens.count, start + maxPhrase) {
                key += tokens[end].text
                row.append(key)
                if row.count >= 3, !prefixTest(key, row.count <= bytesRun[start]) { break }
            }
            keys.append(row)
        }
        self.keys = keys
        self.listMatches = keys.indices.map { start in
            let row = keys[start]
            var found: [(list: String, length: Int)] = []
            for count in 1...max(1, min(row.count, lexicon.maxTokens + 1)) where count <= row.count {
                let key = row[count - 1]
                let asBytes = count <= bytesRun[start]
                // Longer matches overwrite shorter ones: each list keeps its longest entry here.
                for list in lexicon.lists(forKey: key, asBytes: asBytes) {
                    if let slot = found.firstIndex(where: { $0.list == list }) {
                        found[slot].length = count
                    } else {
                        found.append((list, count))
                    }
                }
                if !lexicon.isPrefix(key, asBytes: asBytes) { break }
            }
            return found
        }
    }

    /// The folded key of `count` tokens from `start`, or nil past the end.
    public func key(_ start: Int, _ count: Int) -> String? {
        guard start >= 0, start < keys.count, count >= 1, count <= maxPhrase, start + count <= tokens.count else { return nil }
        if count <= keys[start].count { return keys[start][count - 1] }
        return tokens[start..<(start + count)].map(\.text).joined()
    }

    /// Whether the key of `count` tokens from `start` compares as bytes (`UTF8Key.comparesAsBytes`), for look-ups
    /// that skip that scan. Only meaningful where `key(start, count)` is not nil.
    func keyComparesAsBytes(_ start: Int, _ count: Int) -> Bool {
        start >= 0 && start < bytesRun.count && count <= bytesRun[start]
    }

    /// Set by coreference when this sentence goes on with words said in an interview or to reporters in the sentence
    /// before ("… told reporters. He added that …", "… در گفت‌وگو با ایسنا گفت … وی افزود"): it counts as holding an
    /// @interviewCue.
    public var continuesInterview = false

    /// Set by `Extractor.markPlacedSpeech`: this sentence, or the first of its paragraph, places what is said at an
    /// event ("در این مراسم", "speaking at", "told the ceremony"). Only then is a speaker inferred for the event in
    /// focus (data/gold/README.md decision 6).
    public var speechPlaced = false

    /// Every lexicon list with an entry somewhere in the sentence.
    public var listsPresent: Set<String> {
        var lists = listMatches.reduce(into: Set<String>()) { present, row in
            for entry in row { present.insert(entry.list) }
        }
        if continuesInterview { lists.insert("interviewCue") }
        return lists
    }

    /// The length of the longest entry of lexicon list `name` starting at `start`, if any.
    public func match(_ name: String, at start: Int) -> Int? {
        guard start >= 0, start < listMatches.count else { return nil }
        for entry in listMatches[start] where entry.list == name { return entry.length }
        return nil
    }

    /// The original text of tokens `range`.
    public func surface(_ range: Range<Int>, in text: NormalizedText) -> String {
        text.originalText(of: span(range))
    }

    public func span(_ range: Range<Int>) -> TextSpan {
        tokens[range.lowerBound].span.union(tokens[range.upperBound - 1].span)
    }

    /// The mention covering token `index`, if any.
    public func mention(at index: Int) -> Mention? {
        mentions.first { $0.tokens.contains(index) }
    }
}
