import Foundation
import KheshtText

/// One relation rule from `schema/rules.txt`: a pattern over a sentence's mentions and words, and the fact it
/// states when the pattern matches.
///
/// ```
/// # id                      priority confidence  pattern                                  => fact
/// position.person-role      90       0.90        {p:Person} ،? {r:Role}                   => position(person=p, role=r)
/// ```
public struct Rule: Sendable {
    public let id: String
    public let priority: Int
    public let confidence: Double
    public let pattern: [PatternElement]
    public let output: FactTemplate
    /// Where the rule was written, for messages.
    public let line: Int

    /// What a sentence must hold for the pattern to have a chance: one kind set per required mention element,
    /// and the lexicon lists it requires. Checked before matching, because most rules fail most sentences; worked
    /// out once here, since every sentence asks for every rule.
    let requiredMentions: [Set<MentionMatch>]
    let forbiddenMentions: [Set<MentionMatch>]
    let requiredLists: [String]
    /// Lexicon lists the sentence must not hold an entry of (`!@interviewCue`).
    let forbiddenLists: [String]
    /// The same requirements as masks, for the check made for every rule and sentence.
    let filter: RuleFilter

    public init(id: String, priority: Int, confidence: Double, pattern: [PatternElement], output: FactTemplate, line: Int) {
        self.id = id
        self.priority = priority
        self.confidence = confidence
        self.pattern = pattern
        self.output = output
        self.line = line
        requiredMentions = pattern.compactMap { if case .mention(_, let kinds) = $0 { kinds } else { nil } }
        forbiddenMentions = pattern.compactMap { if case .absent(let kinds) = $0 { kinds } else { nil } }
        requiredLists = pattern.compactMap { if case .list(let name) = $0 { name } else { nil } }
        forbiddenLists = pattern.compactMap { if case .absentList(let name) = $0 { name } else { nil } }
        filter = RuleFilter(requiredMentions: requiredMentions, forbiddenMentions: forbiddenMentions,
                            requiredLists: requiredLists, forbiddenLists: forbiddenLists)
    }
}

/// What a pattern element matches.
public indirect enum PatternElement: Sendable, Hashable {
    /// A mention of one of `kinds`, optionally captured under a name.
    case mention(capture: String?, kinds: Set<MentionMatch>)
    /// A word or short phrase: any of these folded keys (`TextNormalizer.labelKey`).
    case words(WordSet)
    /// An entry of a lexicon list.
    case list(String)
    /// Up to `n` items of anything.
    case gap(Int)
    /// The start or the end of the sentence.
    case sentenceStart, sentenceEnd
    /// The element, or nothing.
    case optional(PatternElement)
    /// Any one of these elements ("@holdVerb|@conferVerb|اهدا").
    case anyOf([PatternElement])
    /// Matches nothing, and only when the sentence holds no mention of these kinds (`!{Event|Observance}`).
    case absent(Set<MentionMatch>)
    /// Matches nothing, and only when the sentence holds no entry of this lexicon list (`!@interviewCue`): what a
    /// sentence says about its circumstances ("در گفت‌وگو با ایرنا", "in an interview") can rule a fact out.
    case absentList(String)
}

/// The kinds a `{…}` pattern element accepts.
public enum MentionMatch: String, Sendable, Hashable, CaseIterable {
    case person = "Person", organization = "Organization", place = "Place", event = "Event"
    case award = "Award", observance = "Observance", product = "Product", creativeWork = "CreativeWork"
    case role = "Role", date = "Date", ordinal = "Ordinal"
    /// A date whose year the text states ("در بهمن ۱۳۹۰", "since 1970"), not one placed by the reference time.
    case year = "Year"
    /// A person or an organization.
    case agent = "Agent"
    /// Any entity.
    case entity = "Entity"

    /// Whether a mention (as resolved by coreference) is of this kind.
    func accepts(_ mention: Mention) -> Bool {
        // Only the referent's type matters: read it without copying the referent (this runs for every kind, rule
        // and mention of every sentence).
        let type = mention.referentEntityType
        switch self {
        case .role: return mention.kind == .role
        case .date:
            // "امسال", "this year's event", "سال آینده": a year or month counted from the publication says when
            // the article is, not when an event was held.
            if mention.finder == "date.relative", let precision = mention.dateStart?.partial?.precision,
               precision < .day { return false }
            return mention.kind == .date && mention.finder != "date.founding"
        case .year: return mention.kind == .date && (mention.finder == "date.absolute" || mention.finder == "date.founding")
        case .ordinal: return mention.kind == .ordinal
        case .person:
            // A role standing alone for its holder ("رئیس شورای شهر … گفت") counts as the person.
            if mention.kind == .role { return mention.antecedent != nil }
            return type == .person
        case .agent:
            if mention.kind == .role { return mention.antecedent != nil }
            return type?.isAgent ?? false
        case .event: return type?.isEvent ?? false
        case .entity: return type != nil
        case .organization: return type == .organization
        case .place: return type == .place
        // "تندیس جشنواره" standing for a festival's own prize: written as an award, it refers to the festival series.
        case .award: return type == .award || (mention.entityType == .award && type == .event)
        case .observance: return type == .observance
        case .product: return type == .product
        case .creativeWork: return type == .creativeWork
        }
    }
}

extension Mention {
    /// `referent.entityType`, found by following antecedents without copying mentions.
    var referentEntityType: EntityType? {
        guard let antecedent else { return entityType }
        var box = antecedent
        while let next = box.value.antecedent { box = next }
        return box.value.entityType
    }
}

/// The fact a rule states: a kind and, for each of its roles, where the value comes from.
public struct FactTemplate: Sendable, Hashable {
    public let kind: FactKind
    public let arguments: [String: ArgumentSource]
}

/// Where a fact argument's value comes from.
public enum ArgumentSource: Sendable, Hashable {
    /// A captured mention.
    case capture(String)
    /// What a captured mention is attached to: a role's organization, an event's award.
    case attachedTo(String)
    /// The event the article is talking about at this sentence.
    case focusEvent
    /// The person the article is talking about at this sentence.
    case focusPerson
    /// The award the article last named.
    case focusAward
    /// The occasion people speak at: the ceremony, session or gathering last named ("آیین اختتامیه", "the closing
    /// ceremony"), else the event in focus.
    case focusOccasion
}

/// The kinds of fact rules can state, with their required and optional roles.
public enum FactKind: String, Sendable, CaseIterable {
    case position, speaker, host, chair, attendee, location, date, endDate, organizer, conferredBy, memberOf
    case conferral, established, proposedBy, designatedBy, containedIn, quote

    public var requiredRoles: Set<String> {
        switch self {
        case .position: ["person", "role"]
        case .speaker, .chair: ["event", "person"]
        case .host, .attendee, .organizer: ["event", "agent"]
        case .location: ["event", "place"]
        case .date, .endDate: ["event", "date"]
        case .conferredBy: ["award", "agent"]
        case .memberOf: ["person", "org"]
        case .conferral: ["recipient", "award"]
        case .established: ["observance", "date"]
        case .proposedBy, .designatedBy: ["observance", "agent"]
        case .containedIn: ["place", "in"]
        case .quote: ["person"]
        }
    }

    public var optionalRoles: Set<String> {
        switch self {
        case .position: ["org"]
        case .conferral: ["work", "event", "category"]
        case .quote: ["event"]
        default: []
        }
    }
}

/// The folded keys a `words` pattern element accepts. Equal and hashed as the set of keys; looked up through a
/// `PhraseSet`, because rules test tokens against these sets at every position of every sentence.
public struct WordSet: Hashable, Sendable {
    public let keys: Set<String>
    private let lookup: PhraseSet

    public init<S: Sequence>(_ keys: S) where S.Element == String {
        self.keys = Set(keys)
        var lookup = PhraseSet()
        for key in self.keys { lookup.insert(key) }
        self.lookup = lookup
    }

    public func contains(_ key: String) -> Bool { lookup.contains(key) }

    /// `contains(key)` when the caller knows whether `key` compares as bytes (`UTF8Key.comparesAsBytes`).
    func contains(_ key: String, asBytes: Bool) -> Bool { lookup.contains(key, asBytes: asBytes) }

    public static func == (a: WordSet, b: WordSet) -> Bool { a.keys == b.keys }
    public func hash(into hasher: inout Hasher) { hasher.combine(keys) }
}
