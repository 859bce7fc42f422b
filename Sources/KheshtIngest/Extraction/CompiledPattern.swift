/// A rule's pattern in the form `RuleMatcher` tests at every item of every sentence: the kinds a mention element
/// accepts as one bit mask (`MentionMatch.bit`), and words as ids of the rule set's `WordIDTable`.
///
/// Why: a pattern element was tested by asking `MentionMatch.accepts` of each of its kinds (copying the mention
/// each time) and by hashing a phrase key per rule and position; most attempts fail, so those tests were most of
/// the cost of matching rules. With a mask per sentence item and ids per token, a step is an AND or a few integer
/// comparisons. The answers are those of the `PatternElement`s it is compiled from.
struct CompiledPattern: Sendable {
    /// One step per pattern element, in order.
    let steps: [MatchStep]

    init(_ pattern: [PatternElement], words: inout WordIDTable) {
        var steps: [MatchStep] = []
        steps.reserveCapacity(pattern.count)
        for (index, element) in pattern.enumerated() {
            steps.append(MatchStep(element, before: index > 0 ? pattern[index - 1] : nil, words: &words))
        }
        self.steps = steps
    }
}

/// One compiled pattern element (see `PatternElement` for what each matches).
indirect enum MatchStep: Sendable {
    /// A mention accepted by one of the kinds in `mask`, captured under `capture` when named.
    case mention(capture: String?, mask: UInt32)
    /// A phrase of one to three tokens whose key has one of these ids (sorted, no repeats).
    case words([Int32])
    /// An entry of a lexicon list.
    case list(String)
    /// Up to `limit` items of anything. `stopKinds` is not zero when the element before the gap is a mention that
    /// may be a date: the gap then skips no mention of those kinds (the date nearest the words is the one meant).
    case gap(limit: Int, stopKinds: UInt32)
    case sentenceStart, sentenceEnd
    case optional(MatchStep)
    case anyOf([MatchStep])
    /// `!{…}` and `!@…`: checked once per sentence by the rule's filter; takes no item.
    case nothing

    /// `before` is the pattern element written before this one at the top level of the pattern (what a gap's
    /// date check looks at, also for a gap inside an optional or a choice).
    init(_ element: PatternElement, before: PatternElement?, words: inout WordIDTable) {
        switch element {
        case .mention(let capture, let kinds):
            self = .mention(capture: capture, mask: MentionMatch.mask(kinds))
        case .words(let set):
            var ids: [Int32] = []
            for key in set.keys { ids.append(words.insert(key)) }
            self = .words(Array(Set(ids)).sorted())
        case .list(let name):
            self = .list(name)
        case .gap(let limit):
            var stopKinds: UInt32 = 0
            if case .mention(_, let kinds)? = before, !kinds.isDisjoint(with: [.date, .year]) {
                stopKinds = MentionMatch.mask(kinds)
            }
            self = .gap(limit: limit, stopKinds: stopKinds)
        case .sentenceStart: self = .sentenceStart
        case .sentenceEnd: self = .sentenceEnd
        case .optional(let inner):
            self = .optional(MatchStep(inner, before: before, words: &words))
        case .anyOf(let choices):
            self = .anyOf(choices.map { MatchStep($0, before: before, words: &words) })
        case .absent, .absentList:
            self = .nothing
        }
    }
}
