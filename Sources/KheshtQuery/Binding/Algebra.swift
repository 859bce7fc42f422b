import KheshtGraph

/// The bound form of a query: every name resolved to terms, every variable to a slot in a row.
/// The planner and the SPARQL writer both work from this; nothing here refers back to text except for display.

/// One position of a triple pattern.
enum Slot: Hashable {
    case variable(Int)
    /// One or more alternative constant terms (an entity name with several matches, a class and its subclasses).
    case constants([Term])

    var variable: Int? { if case .variable(let v) = self { v } else { nil } }
}

indirect enum BoundPath: Hashable {
    case link(IRI)
    case inverse(BoundPath)
    case sequence([BoundPath])
    case alternative([BoundPath])
    case oneOrMore(BoundPath)
    case zeroOrMore(BoundPath)
    case zeroOrOne(BoundPath)

    var simpleLink: IRI? { if case .link(let iri) = self { iri } else { nil } }

    /// A predicate to estimate cardinality with: the first link reached.
    var firstLink: IRI? {
        switch self {
        case .link(let iri): iri
        case .inverse(let p), .oneOrMore(let p), .zeroOrMore(let p), .zeroOrOne(let p): p.firstLink
        case .sequence(let ps), .alternative(let ps): ps.first?.firstLink
        }
    }
}

struct BoundTriple {
    let subject: Slot
    let path: BoundPath
    let object: Slot

    var variables: [Int] { [subject.variable, object.variable].compactMap { $0 } }

    /// Whether two distinct triples can give the same binding: only when a position offers several constants
    /// (a class and its subclasses, a name with several entities), so one variable value can match twice.
    var mayRepeatBindings: Bool {
        func several(_ slot: Slot) -> Bool { if case .constants(let terms) = slot { terms.count > 1 } else { false } }
        return several(subject) || several(object)
    }
}

indirect enum BoundExpression {
    case variable(Int)
    case constant(Term)
    case date(DayInterval)
    case compare(String, BoundExpression, BoundExpression)
    case and(BoundExpression, BoundExpression)
    case or(BoundExpression, BoundExpression)
    case not(BoundExpression)
    case call(String, [BoundExpression])
    case within(BoundExpression, DayInterval)
    case between(BoundExpression, DayInterval, DayInterval)
    /// The string value equals `text` after `TextNormalizer.matchKey` folding (a quoted string in a literal
    /// position: `roleName "رئیس"` matches "رييس"@fa too).
    case textEquals(BoundExpression, String)

    var variables: Set<Int> {
        switch self {
        case .variable(let v): [v]
        case .constant, .date: []
        case .compare(_, let a, let b), .and(let a, let b), .or(let a, let b): a.variables.union(b.variables)
        case .not(let a), .within(let a, _), .between(let a, _, _), .textEquals(let a, _): a.variables
        case .call(_, let args): args.reduce(into: Set<Int>()) { $0.formUnion($1.variables) }
        }
    }

    /// `bound(?x)` must see the row after optional parts, so such a filter is never pushed down.
    var usesBound: Bool {
        switch self {
        case .call(let name, let args): name == "bound" || args.contains { $0.usesBound }
        case .compare(_, let a, let b), .and(let a, let b), .or(let a, let b): a.usesBound || b.usesBound
        case .not(let a), .within(let a, _), .between(let a, _, _), .textEquals(let a, _): a.usesBound
        case .variable, .constant, .date: false
        }
    }
}

/// A `{ … }` group: its triple patterns (joined in the order the planner picks), its filters (applied as soon as
/// their variables are bound), then optional and union parts in written order, then negations.
struct BoundGroup {
    var triples: [BoundTriple] = []
    var filters: [BoundExpression] = []
    var parts: [BoundPart] = []
    var negations: [BoundGroup] = []

    /// Variables certainly bound by this group's own triple patterns.
    var requiredVariables: Set<Int> { Set(triples.flatMap(\.variables)) }

    /// Every variable the group mentions anywhere: patterns, filters, optional and union parts, negations.
    var allVariables: Set<Int> {
        var all = requiredVariables
        for filter in filters { all.formUnion(filter.variables) }
        for part in parts {
            switch part {
            case .optional(let group): all.formUnion(group.allVariables)
            case .union(let groups): for group in groups { all.formUnion(group.allVariables) }
            }
        }
        for negation in negations { all.formUnion(negation.allVariables) }
        return all
    }
}

enum BoundPart {
    case optional(BoundGroup)
    case union([BoundGroup])
}

struct BoundAggregate {
    let function: AggregateNode.Function
    let distinct: Bool
    let argument: Int?
    /// The slot the result is written to.
    let output: Int
}

struct BoundFind {
    /// Slot names; user variables first, generated ones (never shown) after.
    var variableNames: [String]
    /// Slots shown, in order, with their column names.
    var columns: [(name: String, slot: Int)]
    var group: BoundGroup
    var distinct: Bool
    var aggregated: Bool
    var groupBy: [Int]
    var aggregates: [BoundAggregate]
    var orderBy: [(slot: Int, descending: Bool)]
    var limit: Int?
    var offset: Int?
    var withSources: Bool
}
