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
    private let maxPhrase: Int
    /// keys[i][n-1]: the labelKey of tokens i..<i+n (tokens are already folded and hold no spaces).
    private let keys: [[String]]
    /// listMatches[i][list]: the token length of the longest entry of a lexicon list starting at token i.
    private let listMatches: [[String: Int]]

    public init(index: Int, sentence: Sentence, tokens: [Token], maxPhrase: Int, lexicon: Lexicon,
                isPrefix: (String) -> Bool) {
        self.index = index
        self.sentence = sentence
        self.tokens = tokens
        self.maxPhrase = maxPhrase
        // Phrase keys are built only while they can still begin a lexicon or gazetteer entry (and always for the
        // three-token phrases rules compare against); `key(_:_:)` builds any longer one on demand.
        var keys: [[String]] = []
        keys.reserveCapacity(tokens.count)
        for start in tokens.indices {
            var row: [String] = []
            var key = ""
            for end in start..<min(tokens.count, start + maxPhrase) {
                key += tokens[end].text
                row.append(key)
                if row.count >= 3, !isPrefix(key) { break }
            }
            keys.append(row)
        }
        self.keys = keys
        self.listMatches = keys.map { row in
            var found: [String: Int] = [:]
            for count in 1...max(1, min(row.count, lexicon.maxTokens + 1)) where count <= row.count {
                let key = row[count - 1]
                // Longer matches overwrite shorter ones: each list keeps its longest entry here.
                for list in lexicon.lists(forKey: key) { found[list] = count }
                if !lexicon.isPrefix(key) { break }
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

    /// Set by coreference when this sentence goes on with words said in an interview or to reporters in the sentence
    /// before ("… told reporters. He added that …", "… در گفت‌وگو با ایسنا گفت … وی افزود"): it counts as holding an
    /// @interviewCue.
    public var continuesInterview = false

    /// Every lexicon list with an entry somewhere in the sentence.
    public var listsPresent: Set<String> {
        var lists = listMatches.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        if continuesInterview { lists.insert("interviewCue") }
        return lists
    }

    /// The length of the longest entry of lexicon list `name` starting at `start`, if any.
    public func match(_ name: String, at start: Int) -> Int? {
        guard start >= 0, start < listMatches.count else { return nil }
        return listMatches[start][name]
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
