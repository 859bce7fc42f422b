import KheshtGraph

/// Streams triples as Turtle: `@prefix` lines for the known namespaces, then consecutive triples with the same
/// subject grouped with `;`, and with the same subject and predicate with `,`.
///
/// Every IRI and literal is written correctly whatever it holds: an IRI becomes a prefixed name only when its
/// local part is plainly safe (`[A-Za-z0-9_-]*`, no dots or escapes needed), otherwise `<…>`; literals use the
/// canonical N-Triples string escapes, which Turtle reads the same way; blank node labels outside
/// `[A-Za-z0-9_][A-Za-z0-9_-]*` are relabelled deterministically (`kx` + hex of their UTF-8 bytes). The one thing
/// refused is an IRI with a `.`/`..` path segment, which Turtle parsers may resolve into another IRI.
///
/// Related spec: RDF 1.1 Turtle, https://www.w3.org/TR/turtle/
public final class TurtleWriter {
    private var stream: SinkTextStream
    private let namespaces: [Namespace]
    private var subject: Term?
    private var predicate: IRI?

    /// Writes the `@prefix` lines.
    public init(sink: OutputSink, namespaces: [Namespace] = Namespace.all) throws {
        stream = SinkTextStream(sink: sink)
        // Longest namespace first, so `prefixedName` picks the most specific match.
        let usable = namespaces.filter(TurtleWriter.isPrefixName)
        self.namespaces = usable.sorted { $0.iri.count > $1.iri.count }
        for namespace in usable {
            stream.write("@prefix \(namespace.prefix): <\(namespace.iri)> .\n")
        }
        if !usable.isEmpty { stream.write("\n") }
    }

    /// Adds one triple.
    ///
    /// - Throws: `ExportError.unrepresentableIRI` when an IRI has a `.` or `..` path segment: Turtle parsers such as
    ///   raptor resolve IRIs and would read `http://example.org/a/../b` as `http://example.org/b` (N-Triples and
    ///   N-Quads carry such IRIs unchanged).
    public func write(_ triple: Triple) throws {
        var iris = [triple.predicate]
        if let iri = triple.subject.iri { iris.append(iri) }
        if let iri = triple.object.iri { iris.append(iri) }
        if let literal = triple.object.literal { iris.append(literal.datatype) }
        if iris.contains(where: { !IRIResolution.survivesResolution($0.value) }) {
            throw ExportError.unrepresentableIRI(triple)
        }
        if triple.subject == subject {
            if triple.predicate == predicate {
                stream.write(" ,\n        ")
            } else {
                stream.write(" ;\n    ")
                stream.write(predicateText(triple.predicate))
                stream.write(" ")
            }
        } else {
            if subject != nil { stream.write(" .\n\n") }
            stream.write(text(triple.subject))
            stream.write(" ")
            stream.write(predicateText(triple.predicate))
            stream.write(" ")
        }
        stream.write(text(triple.object))
        subject = triple.subject
        predicate = triple.predicate
        try stream.sendIfFull()
    }

    public func write<S: Sequence>(contentsOf triples: S) throws where S.Element == Triple {
        for triple in triples { try write(triple) }
    }

    /// Ends the last statement, sends what is buffered and flushes the sink.
    public func finish() throws {
        if subject != nil { stream.write(" .\n") }
        subject = nil
        predicate = nil
        try stream.send()
        try stream.sink.flush()
    }

    /// `triples` as a Turtle document in a string.
    public static func string<S: Sequence>(_ triples: S, namespaces: [Namespace] = Namespace.all) throws -> String
    where S.Element == Triple {
        let sink = MemorySink()
        let writer = try TurtleWriter(sink: sink, namespaces: namespaces)
        try writer.write(contentsOf: triples)
        try writer.finish()
        return sink.string
    }

    /// PN_PREFIX, restricted to ASCII: a letter, then letters, digits, '_', '-'.
    static func isPrefixName(_ namespace: Namespace) -> Bool {
        guard let first = namespace.prefix.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII
        else { return false }
        return namespace.prefix.unicodeScalars.allSatisfy { XMLCharacters.isNameChar($0) && $0 != "." }
    }

    // MARK: Terms

    private func predicateText(_ iri: IRI) -> String {
        iri == RDF.type ? "a" : iriText(iri)
    }

    func text(_ term: Term) -> String {
        switch term {
        case .iri(let iri):
            return iriText(iri)
        case .blank(let node):
            return "_:" + BlankNodeLabels.turtle(for: node)
        case .literal(let literal):
            // The quoted string of the canonical N-Triples form is a valid Turtle STRING_LITERAL_QUOTE.
            let quoted = Term.string(literal.lexicalForm).ntriples
            if let language = literal.language { return quoted + "@" + language }
            if literal.datatype == XSD.string { return quoted }
            return quoted + "^^" + iriText(literal.datatype)
        }
    }

    func iriText(_ iri: IRI) -> String {
        for namespace in namespaces where iri.value.hasPrefix(namespace.iri) {
            let local = iri.value.utf8.dropFirst(namespace.iri.utf8.count)
            let safe = local.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x5F || byte == 0x2D
            }
            // PN_LOCAL may not start with '-'.
            if safe && local.first != 0x2D {
                return namespace.prefix + ":" + String(decoding: local, as: UTF8.self)
            }
        }
        return "<" + iri.value + ">"
    }
}
