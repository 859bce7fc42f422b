/// Writes canonical N-Triples or N-Quads lines to any text sink (a `String`, a file stream, standard output).
///
/// The term forms come from `Term.ntriples`, so every writer in Khesht agrees on one canonical spelling; this type
/// adds what a line needs beyond terms: checking that the statement can be written at all in the syntax.
///
/// ```swift
/// var text = ""
/// let serializer = NQuadsSerializer()
/// for quad in quads { try serializer.write(quad, to: &text) }
/// ```
///
/// Related spec: RDF 1.1 N-Triples §4 (canonical N-Triples); RDF 1.1 N-Quads §5.
public struct NQuadsSerializer: Sendable {
    /// False writes N-Triples: graph names are dropped (the triple goes into the one graph the file holds).
    public let includeGraphs: Bool

    public init(includeGraphs: Bool = true) {
        self.includeGraphs = includeGraphs
    }

    /// Appends one statement and a line feed.
    ///
    /// - Throws: `NQuadsSerializer.Failure` when a blank node label or graph name has no N-Quads spelling.
    public func write<Target: TextOutputStream>(_ quad: Quad, to target: inout Target) throws(Failure) {
        try check(quad.subject)
        try check(quad.object)
        target.write(quad.subject.ntriples)
        target.write(" <")
        target.write(quad.predicate.value)
        target.write("> ")
        target.write(quad.object.ntriples)
        if includeGraphs, let graph = quad.graph {
            if graph.literal != nil { throw .literalGraphName(graph.ntriples) }
            try check(graph)
            target.write(" ")
            target.write(graph.ntriples)
        }
        target.write(" .\n")
    }

    /// Appends one triple and a line feed.
    public func write<Target: TextOutputStream>(_ triple: Triple, to target: inout Target) throws(Failure) {
        try write(Quad(triple), to: &target)
    }

    /// The whole document as one string, for small outputs and tests.
    public func document(_ quads: some Sequence<Quad>) throws(Failure) -> String {
        var text = ""
        for quad in quads { try write(quad, to: &text) }
        return text
    }

    /// Blank node labels are kept as given elsewhere, so one that the grammar cannot read back is refused here
    /// rather than written into a file no parser accepts.
    func check(_ term: Term) throws(Failure) {
        guard case .blank(let node) = term else { return }
        var line = "_:" + node.label
        let valid = line.withUTF8 { bytes in
            var scanner = NQuadsLineScanner(bytes: bytes, lineNumber: 0)
            guard let parsed = try? scanner.blankNode() else { return false }
            return scanner.atEnd && parsed == node
        }
        if !valid { throw .unwritableBlankNode(node.label) }
    }

    /// A statement with no N-Triples / N-Quads spelling.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The label holds characters BLANK_NODE_LABEL does not allow (spaces, a leading '-', a trailing '.').
        case unwritableBlankNode(String)
        /// A literal was used as a graph name.
        case literalGraphName(String)

        public var description: String {
            switch self {
            case .unwritableBlankNode(let label):
                "blank node label '\(label)' cannot be written in N-Triples: use letters, digits, '_', '-' and inner '.'"
            case .literalGraphName(let term):
                "the literal \(term) cannot name a graph in N-Quads"
            }
        }
    }
}
