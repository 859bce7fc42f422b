import KheshtGraph

/// A quad pattern: each position is either bound to a term or left open.
///
/// `graph` distinguishes three cases: `.any` (every graph, default included), `.defaultGraph`, and `.named(term)`.
public struct QuadPattern: Hashable, Sendable {
    public enum GraphSelector: Hashable, Sendable {
        case any
        case defaultGraph
        case named(Term)
    }

    public var subject: Term?
    public var predicate: IRI?
    public var object: Term?
    public var graph: GraphSelector

    public init(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil, graph: GraphSelector = .any) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    /// True when `quad` fits every bound position.
    public func matches(_ quad: Quad) -> Bool {
        if let subject, subject != quad.subject { return false }
        if let predicate, predicate != quad.predicate { return false }
        if let object, object != quad.object { return false }
        switch graph {
        case .any: return true
        case .defaultGraph: return quad.graph == nil
        case .named(let name): return quad.graph == name
        }
    }
}
