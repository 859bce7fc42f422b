/// The parsed form of a query, before any name is resolved. Every node keeps the token it came from so the
/// binder can point at it in errors.

/// A whole input: a query, a describe, or an explain of either.
indirect enum Statement {
    case find(FindQuery)
    case describe(DescribeQuery)
    /// `explain Q` (plan with row counts) or `explain sparql Q` (SPARQL text).
    case explain(Statement, sparql: Bool)
}

struct FindQuery {
    var distinct = false
    /// Empty means `*`: every user variable in order of appearance.
    var projection: [ProjectionItem] = []
    var pattern = GroupPattern(elements: [])
    var groupBy: [VariableNode] = []
    var orderBy: [OrderKey] = []
    var limit: Int?
    var offset: Int?
    var withSources = false
}

struct DescribeQuery {
    var target: TermNode
    var withSources = true
}

struct VariableNode {
    let name: String
    let token: Token
}

enum ProjectionItem {
    case variable(VariableNode)
    case aggregate(AggregateNode, alias: VariableNode?)
}

struct AggregateNode {
    enum Function: String, CaseIterable { case count, min, max, sum, avg, sample }
    let function: Function
    let distinct: Bool
    /// nil for `count(*)`.
    let argument: VariableNode?
    let token: Token
}

struct OrderKey {
    let variable: VariableNode
    let descending: Bool
}

struct GroupPattern {
    var elements: [PatternElement]
}

enum PatternElement {
    case triple(TriplePatternNode)
    case filter(ExpressionNode)
    case optional(GroupPattern)
    case not(GroupPattern, token: Token)
    case union([GroupPattern])
}

struct TriplePatternNode {
    let subject: TermNode
    let predicate: PredicateNode
    let object: TermNode
}

enum PredicateNode {
    /// `a` (rdf:type), whose object names a class.
    case type(Token)
    case path(PathNode)
}

indirect enum PathNode {
    case property(NameNode)
    case inverse(PathNode)
    case sequence([PathNode])
    case alternative([PathNode])
    case oneOrMore(PathNode)
    case zeroOrMore(PathNode)
    case zeroOrOne(PathNode)
}

/// A name that the binder resolves against the ontology: a short name (`location`, `مکان`), a prefixed name
/// (`schema:location`) or a full IRI.
struct NameNode {
    enum Form { case short(String), prefixed(String, String), iri(String) }
    let form: Form
    let token: Token
}

enum TermNode {
    case variable(VariableNode)
    /// A quoted string: an entity name where an entity is expected, a literal elsewhere.
    case quoted(String, token: Token)
    /// `entity "…"`: always an entity name.
    case entity(String, token: Token)
    /// `"…"@fa` or `"…"^^type`: always a literal.
    case literal(String, language: String?, datatype: NameNode?, token: Token)
    case number(String, token: Token)
    case date(DateNode)
    /// A bare word, prefixed name or IRI: a class after `a`, a resource elsewhere.
    case name(NameNode)

    var token: Token {
        switch self {
        case .variable(let v): v.token
        case .quoted(_, let t), .entity(_, let t), .literal(_, _, _, let t), .number(_, let t): t
        case .date(let d): d.token
        case .name(let n): n.token
        }
    }
}

/// `date 2019-11`, `jalali 1398/08`: a calendar day, month or year.
struct DateNode {
    let interval: DayInterval
    let token: Token
    /// As written, for messages.
    let text: String
}

indirect enum ExpressionNode {
    case variable(VariableNode)
    case term(TermNode)
    case binary(String, ExpressionNode, ExpressionNode, token: Token)
    case not(ExpressionNode, token: Token)
    case call(String, [ExpressionNode], token: Token)
    /// `?d in DATE`: the value's interval lies inside DATE's.
    case within(ExpressionNode, DateNode, token: Token)
    /// `?d between A and B`: the value lies from the start of A to the end of B.
    case between(ExpressionNode, DateNode, DateNode, token: Token)
}
