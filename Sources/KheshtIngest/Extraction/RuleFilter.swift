/// What a sentence must hold for a rule's pattern to have a chance, as bit masks over `MentionMatch` kinds.
///
/// Why: every rule is checked against every sentence, and most fail on this check alone; as `Set<MentionMatch>`
/// intersections it cost more than matching the rules that pass. A mask test is one AND.
struct RuleFilter: Sendable {
    /// One mask per required mention element: the sentence must hold at least one of its kinds.
    let requiredMentionMasks: [UInt32]
    /// The kinds of every `!{…}` element together: the sentence must hold none of them.
    let forbiddenMentionMask: UInt32
    /// Lexicon lists the pattern requires an entry of.
    let requiredLists: [String]
    /// Lexicon lists of `!@…` elements: the sentence must hold no entry of them.
    let forbiddenLists: [String]

    init(requiredMentions: [Set<MentionMatch>], forbiddenMentions: [Set<MentionMatch>], requiredLists: [String],
         forbiddenLists: [String] = []) {
        requiredMentionMasks = requiredMentions.map(MentionMatch.mask)
        forbiddenMentionMask = forbiddenMentions.reduce(0) { $0 | MentionMatch.mask($1) }
        self.requiredLists = requiredLists
        self.forbiddenLists = forbiddenLists
    }

    /// True unless the sentence (its kinds present as a mask, its lexicon lists present) lacks something required or
    /// holds something forbidden; the same answer as testing the kind sets one by one.
    func admits(kinds: UInt32, lists: Set<String>) -> Bool {
        for mask in requiredMentionMasks where mask & kinds == 0 { return false }
        guard forbiddenMentionMask & kinds == 0 else { return false }
        return requiredLists.allSatisfy { lists.contains($0) } && forbiddenLists.allSatisfy { !lists.contains($0) }
    }
}

extension MentionMatch {
    /// This kind's bit in a `RuleFilter` mask.
    var bit: UInt32 {
        switch self {
        case .person: 1 << 0
        case .organization: 1 << 1
        case .place: 1 << 2
        case .event: 1 << 3
        case .award: 1 << 4
        case .observance: 1 << 5
        case .product: 1 << 6
        case .creativeWork: 1 << 7
        case .role: 1 << 8
        case .date: 1 << 9
        case .ordinal: 1 << 10
        case .year: 1 << 11
        case .agent: 1 << 12
        case .entity: 1 << 13
        }
    }

    static func mask(_ kinds: Set<MentionMatch>) -> UInt32 {
        kinds.reduce(0) { $0 | $1.bit }
    }
}
