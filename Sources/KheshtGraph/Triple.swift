/// An RDF triple. The subject is an IRI or blank node, the predicate an IRI, the object any term.
public struct Triple: Hashable, Sendable, CustomStringConvertible {
    public let subject: Term
    public let predicate: IRI
    public let object: Term

    /// - Precondition: `subject` is not a literal (parsers report that case as a syntax error first).
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        precondition(subject.isResource, "a literal cannot be a subject")
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public init(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        self.init(.iri(subject), predicate, object)
    }

    /// The canonical N-Triples line, without the trailing newline.
    public var description: String { "\(subject.ntriples) <\(predicate.value)> \(object.ntriples) ." }
}

/// A triple in a named graph (`graph == nil` is the default graph). In Khesht each article is one named graph.
public struct Quad: Hashable, Sendable, CustomStringConvertible {
    public let subject: Term
    public let predicate: IRI
    public let object: Term
    public let graph: Term?

    public init(_ subject: Term, _ predicate: IRI, _ object: Term, graph: Term? = nil) {
        precondition(subject.isResource, "a literal cannot be a subject")
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    public init(_ triple: Triple, graph: Term? = nil) {
        self.init(triple.subject, triple.predicate, triple.object, graph: graph)
    }

    public var triple: Triple { Triple(subject, predicate, object) }

    /// The canonical N-Quads line, without the trailing newline.
    public var description: String {
        let head = "\(subject.ntriples) <\(predicate.value)> \(object.ntriples)"
        return graph.map { "\(head) \($0.ntriples) ." } ?? "\(head) ."
    }
}
