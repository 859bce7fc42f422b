import KheshtGraph
import KheshtText

/// A date found in a sentence, resolved as far as the text allows.
public struct DateValue: Hashable, Sendable {
    /// The XSD lexical form of the Gregorian value: "2019-11-02", "2019-11", "2019", or a dateTime.
    public var gregorian: String
    /// `XSD.date`, `XSD.gYearMonth`, `XSD.gYear` or `XSD.dateTime`.
    public var datatype: IRI
    /// The Solar Hijri form with the same precision ("1398-08-11"), when known.
    public var jalali: String?
    /// The value as the text stated it, when it came from the scanner.
    public var partial: PartialDate?

    public init(gregorian: String, datatype: IRI, jalali: String?) {
        self.gregorian = gregorian
        self.datatype = datatype
        self.jalali = jalali
    }
}

/// What a mention refers to once found: a kind of entity, or one of the helper kinds rules match on.
public enum MentionKind: Hashable, Sendable {
    case entity(EntityType)
    /// A role word ("رئیس", "mayor"), possibly with the organization it belongs to.
    case role
    /// A date or date range.
    case date
    /// An ordinal number ("چهارمین", "38th").
    case ordinal
    /// "وی", "او", "he": resolved to a person before rules run.
    case pronoun
}

/// A typed span of a sentence: what the rules see instead of the raw tokens it covers.
public struct Mention: Hashable, Sendable {
    public var kind: MentionKind
    /// Token indices within the sentence.
    public var tokens: Range<Int>
    /// Unicode-scalar offsets in the article text.
    public var span: TextSpan
    /// The text as written.
    public var surface: String
    /// The name to label the entity with (the surface without honorifics or head words, when those are not part of it).
    public var label: String
    /// How it was found: "gazetteer" or a finder's id; becomes part of the provenance rule id.
    public var finder: String
    /// The known entity it denotes, when it matched the gazetteer.
    public var known: Gazetteer.Entry?

    // Kind-specific details.
    /// A date's value (and its end, for a range such as "از ۱۰ تا ۲۰ بهمن").
    public var dateStart: DateValue?
    public var dateEnd: DateValue?
    /// An ordinal's value, or an event's edition number.
    public var number: Int?
    /// For an event: the award or recurring event it is an edition of. For a role: the organization it belongs to.
    public var attached: Box<Mention>?
    /// For a part of an event ("اختتامیه" of a festival edition): what distinguishes it from its whole.
    public var qualifier: String?
    /// For an event written only as "این مراسم" / "the ceremony": it refers back to an event named earlier.
    public var isAnaphoric = false
    /// For an anaphoric event that says more than its head word ("the three-day conference"): when the article names
    /// no event before it, it is an event of its own rather than nothing.
    public var standsAlone = false
    /// Filled by coreference: the mention this one refers to (for pronouns, short names, anaphoric events, bare roles).
    public var antecedent: Box<Mention>?

    public init(kind: MentionKind, tokens: Range<Int>, span: TextSpan, surface: String, label: String,
                finder: String, known: Gazetteer.Entry? = nil) {
        self.kind = kind
        self.tokens = tokens
        self.span = span
        self.surface = surface
        self.label = label
        self.finder = finder
        self.known = known
    }

    public var entityType: EntityType? {
        if case .entity(let type) = kind { return type }
        return nil
    }

    /// The mention that carries the identity: the antecedent for references, else itself.
    public var referent: Mention { antecedent?.value.referent ?? self }

    public static func == (a: Mention, b: Mention) -> Bool {
        a.kind == b.kind && a.span == b.span && a.finder == b.finder
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(finder)
    }
}

/// A reference box, so a mention can hold another mention (its award, organization or antecedent).
public final class Box<Value: Sendable>: @unchecked Sendable, Hashable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
    public static func == (a: Box, b: Box) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
