import KheshtText

/// Matches rule patterns against a sentence seen as a sequence of items: each mention is one item, every other
/// token is one item.
struct RuleMatcher {
    /// A mention is held by its index in `sentence.mentions`: items are read many times per rule, and a `Mention`
    /// is too large to copy each time.
    enum Item {
        case mention(Int)
        case token(Int)
    }

    let lexicon: Lexicon
    let sentence: SentenceAnalysis
    let items: [Item]
    /// The mention kinds and lexicon lists the sentence holds, for skipping rules cheaply.
    let kindsPresent: UInt32
    let listsPresent: Set<String>
    /// Whether each token is a colon, which rule gaps do not cross.
    private let isColon: [Bool]
    /// itemKinds[i]: the `MentionMatch` kinds that accept item i as a mask (zero for a token), worked out once per
    /// sentence instead of once per rule, element and position tried.
    private let itemKinds: [UInt32]
    /// wordIDs[3 * i + n - 1]: the `WordIDTable` id of the key of n tokens from item i; `noKey` when those n items
    /// are not n tokens in a row (nor are any longer ones), `notAWord` when no rule compares tokens with that key.
    private let wordIDs: [Int32]
    private static let noKey: Int32 = -1
    private static let notAWord: Int32 = -2

    init(lexicon: Lexicon, sentence: SentenceAnalysis, words: WordIDTable) {
        self.lexicon = lexicon
        self.sentence = sentence
        var items: [Item] = []
        var index = 0
        var mentions = sentence.mentions.indices[...]
        while index < sentence.tokens.count {
            if let position = mentions.first, sentence.mentions[position].tokens.lowerBound <= index {
                let next = sentence.mentions[position]
                items.append(.mention(position))
                index = max(index + 1, next.tokens.upperBound)
                mentions = mentions.dropFirst()
                // A role and the organization written after it ("رئیس شورای شهر", "chairman of the council") read
                // as one item, so "{p:Person} ، {r:Role}" matches whatever the role belongs to.
                // (An owner found in an earlier sentence — "Its founder, …" — is not written here.)
                if next.kind == .role, let owner = next.attached?.value, owner.tokens.lowerBound >= next.tokens.upperBound,
                   let last = sentence.tokens.last, owner.span.start >= next.span.end, owner.span.end <= last.span.end {
                    index = max(index, owner.tokens.upperBound)
                    mentions = mentions.drop { sentence.mentions[$0].tokens.lowerBound < owner.tokens.upperBound }
                }
            } else {
                items.append(.token(index))
                index += 1
            }
        }
        self.items = items
        var kinds: UInt32 = 0
        var itemKinds = [UInt32](repeating: 0, count: items.count)
        var wordIDs = [Int32](repeating: RuleMatcher.noKey, count: items.count * 3)
        for (item, entry) in items.enumerated() {
            switch entry {
            case .mention(let position):
                // One copy of the mention for all kinds (reading it from the array per kind copied it each time).
                let mention = sentence.mentions[position]
                var accepted: UInt32 = 0
                for kind in MentionMatch.allCases where kind.accepts(mention) { accepted |= kind.bit }
                itemKinds[item] = accepted
                kinds |= accepted
            case .token(let index):
                for length in 1...3 {
                    guard RuleMatcher.tokenItemsFollow(items, item, length), let key = sentence.key(index, length) else { break }
                    wordIDs[3 * item + length - 1] = words.id(of: key, asBytes: sentence.keyComparesAsBytes(index, length))
                        ?? RuleMatcher.notAWord
                }
            }
        }
        kindsPresent = kinds
        self.itemKinds = itemKinds
        self.wordIDs = wordIDs
        listsPresent = sentence.listsPresent
        isColon = sentence.tokens.map { $0.text == ":" }
    }

    /// False when the sentence lacks a mention kind or a lexicon list the rule requires.
    func mayMatch(_ rule: Rule) -> Bool {
        mayMatch(rule.filter)
    }

    func mayMatch(_ filter: RuleFilter) -> Bool {
        filter.admits(kinds: kindsPresent, lists: listsPresent)
    }

    /// Every match of `pattern` (one per start item, the first that succeeds from it), with captures and the
    /// token range it covers. The pattern must be compiled with the `WordIDTable` this matcher was made with.
    func matches(_ pattern: CompiledPattern) -> [(captures: [String: Mention], tokens: Range<Int>)] {
        var results: [(captures: [String: Mention], tokens: Range<Int>)] = []
        var captures: [(name: String, position: Int)] = []
        captures.reserveCapacity(8)
        let steps = pattern.steps
        for start in items.indices where mayStart(steps, at: start) {
            captures.removeAll(keepingCapacity: true)
            guard let end = match(steps, 0, start, &captures), end > start else { continue }
            // Along the path that matched, a name captured twice keeps its later mention (as assignment would).
            var found: [String: Mention] = [:]
            for capture in captures { found[capture.name] = sentence.mentions[capture.position] }
            results.append((found, tokenIndex(start)..<tokenEnd(end - 1)))
        }
        return results
    }

    /// False when the pattern's first step cannot take item `start` (the answer `match` would reach at its first
    /// step): most start items of most rules fail there, and asking costs no recursion. For a first step of words,
    /// this is the first-token index: only items whose one-, two- or three-token key is one of the step's words
    /// are tried.
    private func mayStart(_ steps: [MatchStep], at start: Int) -> Bool {
        guard let first = steps.first else { return true }
        switch first {
        case .sentenceStart: return start == 0
        case .mention(_, let mask): return itemKinds[start] & mask != 0
        case .words(let ids): return wordsMatch(ids, at: start, length: 1) != nil
        case .list(let name):
            guard case .token(let index) = items[start], let length = sentence.match(name, at: index) else { return false }
            return RuleMatcher.tokenItemsFollow(items, start, length)
        default: return true
        }
    }

    /// The shortest phrase length from `from` on (one to three tokens from `item`) whose key is one of `ids`, or nil.
    private func wordsMatch(_ ids: [Int32], at item: Int, length from: Int) -> Int? {
        guard item < items.count, from <= 3 else { return nil }
        for length in from...3 {
            let id = wordIDs[3 * item + length - 1]
            if id == RuleMatcher.noKey { return nil }
            if id >= 0, ids.contains(id) { return length }
        }
        return nil
    }

    private func tokenIndex(_ item: Int) -> Int {
        switch items[item] {
        case .mention(let position): sentence.mentions[position].tokens.lowerBound
        case .token(let index): index
        }
    }

    private func tokenEnd(_ item: Int) -> Int {
        switch items[item] {
        case .mention(let position): sentence.mentions[position].tokens.upperBound
        case .token(let index): index + 1
        }
    }

    /// Matches `steps[step...]` from `item` on. Captures are held as positions in `sentence.mentions` while
    /// matching (a `Mention` copied into the captures of every attempt, most of which fail, was a visible cost) and
    /// become mentions only for the matches returned. `current`, when given, stands in for `steps[step]`: how an
    /// optional part or one choice of `anyOf` is tried without copying the pattern (copies were a visible cost).
    ///
    /// Captures are pushed onto `captures` as the match goes and popped when it backtracks: when this returns nil,
    /// `captures` is as it was; when it returns the end item, `captures` holds the captures of the match found
    /// (a dictionary copied at every captured mention of every attempt was most of the matcher's allocations).
    private func match(_ steps: [MatchStep], _ step: Int, _ item: Int,
                       _ captures: inout [(name: String, position: Int)], current: MatchStep? = nil) -> Int? {
        guard step < steps.count else { return item }
        switch current ?? steps[step] {
        case .sentenceStart:
            return item == 0 ? match(steps, step + 1, item, &captures) : nil
        case .sentenceEnd:
            let rest = items[item...]
            let onlyPunctuation = rest.allSatisfy {
                if case .token(let index) = $0 { return sentence.tokens[index].kind == .punctuation }
                return false
            }
            return onlyPunctuation ? match(steps, step + 1, items.count, &captures) : nil
        case .gap(let limit, let stopKinds):
            // After a captured date, the gap skips no other date of that kind: "{d:Year} ..12 ثبت شد" takes the
            // year nearest the verb, not a year of an earlier clause ("سالروز … در سال ۱۶۲۲، در تیر ۱۳۸۴ … ثبت شد").
            for skip in 0...limit where item + skip <= items.count {
                if skip > 0, stopKinds != 0, itemKinds[item + skip - 1] & stopKinds != 0 { return nil }
                if let found = match(steps, step + 1, item + skip, &captures) { return found }
                // A gap does not cross a colon: what follows "… گفت:" is the speaker's words, not the sentence's facts.
                if item + skip < items.count, case .token(let index) = items[item + skip], isColon[index] {
                    return nil
                }
            }
            return nil
        case .optional(let inner):
            if let found = match(steps, step, item, &captures, current: inner) { return found }
            return match(steps, step + 1, item, &captures)
        case .nothing:
            // Checked once per sentence by `mayMatch`; here it takes no item.
            return match(steps, step + 1, item, &captures)
        case .anyOf(let choices):
            for choice in choices {
                if let found = match(steps, step, item, &captures, current: choice) { return found }
            }
            return nil
        case .mention(let capture, let mask):
            guard item < items.count, itemKinds[item] & mask != 0, case .mention(let position) = items[item] else { return nil }
            guard let capture else { return match(steps, step + 1, item + 1, &captures) }
            captures.append((capture, position))
            if let found = match(steps, step + 1, item + 1, &captures) { return found }
            captures.removeLast()
            return nil
        case .words(let ids):
            var length = 1
            while let found = wordsMatch(ids, at: item, length: length) {
                if let end = match(steps, step + 1, item + found, &captures) { return end }
                length = found + 1
            }
            return nil
        case .list(let name):
            guard item < items.count, case .token(let index) = items[item],
                  let length = sentence.match(name, at: index), RuleMatcher.tokenItemsFollow(items, item, length) else { return nil }
            return match(steps, step + 1, item + length, &captures)
        }
    }

    /// True when items `item..<item + length` are tokens that follow one another in the sentence.
    private static func tokenItemsFollow(_ items: [Item], _ item: Int, _ length: Int) -> Bool {
        guard item + length <= items.count, case .token(let first) = items[item] else { return false }
        for offset in 0..<length {
            guard case .token(let index) = items[item + offset], index == first + offset else { return false }
        }
        return true
    }
}
