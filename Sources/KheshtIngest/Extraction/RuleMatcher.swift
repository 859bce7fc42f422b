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

    init(lexicon: Lexicon, sentence: SentenceAnalysis) {
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
        for case .mention(let position) in items {
            for kind in MentionMatch.allCases where kind.accepts(sentence.mentions[position]) { kinds |= kind.bit }
        }
        kindsPresent = kinds
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
    /// token range it covers.
    func matches(_ pattern: [PatternElement]) -> [(captures: [String: Mention], tokens: Range<Int>)] {
        var results: [(captures: [String: Mention], tokens: Range<Int>)] = []
        var captures: [(name: String, position: Int)] = []
        captures.reserveCapacity(8)
        for start in items.indices where mayStart(pattern, at: start) {
            captures.removeAll(keepingCapacity: true)
            guard let end = match(pattern, 0, start, &captures), end > start else { continue }
            // Along the path that matched, a name captured twice keeps its later mention (as assignment would).
            var found: [String: Mention] = [:]
            for capture in captures { found[capture.name] = sentence.mentions[capture.position] }
            results.append((found, tokenIndex(start)..<tokenEnd(end - 1)))
        }
        return results
    }

    /// False when the pattern's first element cannot take item `start` (the answer `match` would reach at its first
    /// step): most start items of most rules fail there, and asking costs no recursion and no pattern copy.
    private func mayStart(_ pattern: [PatternElement], at start: Int) -> Bool {
        guard let first = pattern.first else { return true }
        switch first {
        case .sentenceStart: return start == 0
        case .mention(_, let kinds):
            guard case .mention(let position) = items[start] else { return false }
            return kinds.contains(where: { $0.accepts(sentence.mentions[position]) })
        case .words, .list:
            if case .token = items[start] { return true }
            return false
        default: return true
        }
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

    /// Matches `pattern[element...]` from `item` on. Captures are held as positions in `sentence.mentions` while
    /// matching (a `Mention` copied into the captures of every attempt, most of which fail, was a visible cost) and
    /// become mentions only for the matches returned. `current`, when given, stands in for `pattern[element]`: how an
    /// optional part or one choice of `anyOf` is tried without copying the pattern (copies were a visible cost).
    ///
    /// Captures are pushed onto `captures` as the match goes and popped when it backtracks: when this returns nil,
    /// `captures` is as it was; when it returns the end item, `captures` holds the captures of the match found
    /// (a dictionary copied at every captured mention of every attempt was most of the matcher's allocations).
    private func match(_ pattern: [PatternElement], _ element: Int, _ item: Int,
                       _ captures: inout [(name: String, position: Int)], current: PatternElement? = nil) -> Int? {
        guard element < pattern.count else { return item }
        switch current ?? pattern[element] {
        case .sentenceStart:
            return item == 0 ? match(pattern, element + 1, item, &captures) : nil
        case .sentenceEnd:
            let rest = items[item...]
            let onlyPunctuation = rest.allSatisfy {
                if case .token(let index) = $0 { return sentence.tokens[index].kind == .punctuation }
                return false
            }
            return onlyPunctuation ? match(pattern, element + 1, items.count, &captures) : nil
        case .gap(let limit):
            // After a captured date, the gap skips no other date of that kind: "{d:Year} ..12 ثبت شد" takes the
            // year nearest the verb, not a year of an earlier clause ("سالروز … در سال ۱۶۲۲، در تیر ۱۳۸۴ … ثبت شد").
            var dateKinds: Set<MentionMatch> = []
            if element > 0, case .mention(_, let kinds) = pattern[element - 1], !kinds.isDisjoint(with: [.date, .year]) {
                dateKinds = kinds
            }
            for skip in 0...limit where item + skip <= items.count {
                if skip > 0, !dateKinds.isEmpty, case .mention(let skipped) = items[item + skip - 1],
                   dateKinds.contains(where: { $0.accepts(sentence.mentions[skipped]) }) {
                    return nil
                }
                if let found = match(pattern, element + 1, item + skip, &captures) { return found }
                // A gap does not cross a colon: what follows "… گفت:" is the speaker's words, not the sentence's facts.
                if item + skip < items.count, case .token(let index) = items[item + skip], isColon[index] {
                    return nil
                }
            }
            return nil
        case .optional(let inner):
            if let found = match(pattern, element, item, &captures, current: inner) { return found }
            return match(pattern, element + 1, item, &captures)
        case .absent, .absentList:
            // Checked once per sentence by `mayMatch`; here it takes no item.
            return match(pattern, element + 1, item, &captures)
        case .anyOf(let choices):
            for choice in choices {
                if let found = match(pattern, element, item, &captures, current: choice) { return found }
            }
            return nil
        case .mention(let capture, let kinds):
            guard item < items.count, case .mention(let position) = items[item],
                  kinds.contains(where: { $0.accepts(sentence.mentions[position]) }) else { return nil }
            guard let capture else { return match(pattern, element + 1, item + 1, &captures) }
            captures.append((capture, position))
            if let found = match(pattern, element + 1, item + 1, &captures) { return found }
            captures.removeLast()
            return nil
        case .words(let keys):
            for length in 1...3 {
                guard let key = tokenKey(item, length), case .token(let index) = items[item] else { break }
                if keys.contains(key, asBytes: sentence.keyComparesAsBytes(index, length)),
                   let found = match(pattern, element + 1, item + length, &captures) { return found }
            }
            return nil
        case .list(let name):
            guard item < items.count, case .token(let index) = items[item],
                  let length = sentence.match(name, at: index), tokenItemsFollow(item, length) else { return nil }
            return match(pattern, element + 1, item + length, &captures)
        }
    }

    /// The folded key of `length` consecutive token items from `item`, or nil when a mention interrupts them.
    private func tokenKey(_ item: Int, _ length: Int) -> String? {
        guard item < items.count, case .token(let index) = items[item], tokenItemsFollow(item, length) else { return nil }
        return sentence.key(index, length)
    }

    private func tokenItemsFollow(_ item: Int, _ length: Int) -> Bool {
        guard item + length <= items.count, case .token(let first) = items[item] else { return false }
        for offset in 0..<length {
            guard case .token(let index) = items[item + offset], index == first + offset else { return false }
        }
        return true
    }
}
