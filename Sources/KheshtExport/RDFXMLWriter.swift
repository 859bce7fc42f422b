import CLibXML2
import KheshtGraph

/// Streams triples as an RDF/XML document through libxml2's `xmlTextWriter`, chunk by chunk into an `OutputSink`.
///
/// The document is shaped for people as well as parsers:
/// - Namespaces: the readable prefixes of `Namespace.all` (or the list given) are declared once on `rdf:RDF`.
///   Predicates and types from any other namespace get generated prefixes `ns1`, `ns2`, … (stable for the whole
///   document); since a stream cannot know them upfront, **each node element declares the generated prefixes it
///   uses** (`xmlns:ns1="…"` on that `rdf:Description`). For a graph that can be read twice, the upfront pass
///   `RDFXMLWriter.namespaces(for:)` gives every prefix to declare once on `rdf:RDF` instead.
/// - Consecutive triples with the same subject share one node element. When one of them is an `rdf:type` whose
///   class has a QName, the node element is named by that class (`<schema:Event rdf:about="…">`,
///   `<owl:Class rdf:about="…">`) and that triple is not repeated.
/// - Subjects and objects: `rdf:about`, `rdf:resource`, `rdf:nodeID`. Blank node labels that are not NCNames are
///   relabelled deterministically (`kx` + the hex of their UTF-8 bytes).
/// - Literals are element content, never attributes, so whitespace-only and multi-line text survive exactly
///   (libxml2 writes CR as `&#13;`, which XML parsers keep, where a raw CR would be turned into LF). Each property
///   element carries its own `xml:lang` or `rdf:datatype`; no ancestor ever has `xml:lang`.
///
/// What cannot be written is refused with an `ExportError` naming it, before any of that triple is written:
/// characters XML 1.0 cannot carry (`unrepresentableLiteral`, or U+FFFD in their place with
/// `.replaceInvalidCharacters`; `unrepresentableIRI`), IRIs with `.`/`..` path segments, which parsers would
/// resolve away (`unrepresentableIRI`), predicates without a QName (`predicateHasNoQName`) and
/// RDF/XML syntax names used as predicates (`reservedPredicate`). Nothing is ever dropped silently.
///
/// Memory stays flat: only the current subject's triples are held (at most `maximumGroupSize`; a larger group is
/// split over several node elements for the same subject, which RDF/XML allows).
///
/// Related spec: RDF 1.1 XML Syntax, https://www.w3.org/TR/rdf-syntax-grammar/
public final class RDFXMLWriter {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Write U+FFFD in place of characters XML 1.0 cannot carry instead of throwing
        /// `ExportError.unrepresentableLiteral`.
        public static let replaceInvalidCharacters = Options(rawValue: 1 << 0)
        /// No indentation or line breaks between elements (literal content is never changed either way).
        public static let compact = Options(rawValue: 1 << 1)
    }

    /// The most triples of one subject held before they are written as a node element.
    public static let maximumGroupSize = 4096

    private let bridge: SinkBridge
    private var writer: xmlTextWriterPtr?
    private var checker: RDFXMLTripleChecker
    private var subject: Term?
    private var group: [Property] = []
    private var finished = false
    /// Prefixes declared on the node element being written (reused, so a group allocates nothing).
    private var declaredPrefixes: [String] = []
    /// NUL-terminated copy of the attribute value or text being handed to libxml2. Swift gives a C string without
    /// copying only for large native strings; small ones (language tags, short labels, blank node labels) would be
    /// copied into a fresh heap array on every call.
    private var scratch = UnsafeMutablePointer<xmlChar>.allocate(capacity: 256)
    private var scratchCapacity = 256

    typealias Property = RDFXMLTripleChecker.Property

    /// Element and attribute names the writer uses for every node, as NUL-terminated UTF-8 made once.
    private enum Names {
        static let description: [xmlChar] = Array("rdf:Description".utf8) + [0]
        static let about: [xmlChar] = Array("rdf:about".utf8) + [0]
        static let nodeID: [xmlChar] = Array("rdf:nodeID".utf8) + [0]
        static let resource: [xmlChar] = Array("rdf:resource".utf8) + [0]
        static let datatype: [xmlChar] = Array("rdf:datatype".utf8) + [0]
        static let language: [xmlChar] = Array("xml:lang".utf8) + [0]
    }

    /// Starts the document: XML declaration and the `rdf:RDF` element with its namespace declarations.
    ///
    /// - Parameters:
    ///   - sink: receives the document in chunks.
    ///   - namespaces: declared on `rdf:RDF`; `rdf` is added when missing.
    ///   - options: see `Options`.
    /// - Throws: `ExportError.output` when libxml2 or the sink fails.
    public init(sink: OutputSink, namespaces: [Namespace] = Namespace.all, options: Options = []) throws {
        self.bridge = SinkBridge(sink: sink)
        self.checker = RDFXMLTripleChecker(namespaces: namespaces, options: options)
        let context = Unmanaged.passUnretained(bridge).toOpaque()
        LibXMLSetup.initialize()
        guard let buffer = xmlOutputBufferCreateIO(sinkWriteCallback, nil, context, nil) else {
            throw ExportError.output("libxml2 could not create an output buffer")
        }
        guard let writer = xmlNewTextWriter(buffer) else {
            xmlOutputBufferClose(buffer)
            throw ExportError.output("libxml2 could not create a text writer")
        }
        self.writer = writer
        if !options.contains(.compact) {
            try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
            try check(xmlTextWriterSetIndentString(writer, "  "), "set indentation")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
        try check(xmlTextWriterStartElement(writer, "rdf:RDF"), "start rdf:RDF")
        for namespace in checker.names.rootNamespaces {
            try writeAttribute(Array(("xmlns:" + namespace.prefix).utf8) + [0], namespace.iri)
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        scratch.deallocate()
    }

    /// Adds one triple.
    ///
    /// - Throws: `ExportError` when the triple cannot be written (see the type's documentation); the triple is then
    ///   not written, but the document is incomplete and should be discarded.
    public func write(_ triple: Triple) throws {
        guard !finished else { throw ExportError.writerFinished }
        try write(try checker.check(triple), of: triple.subject)
    }

    /// Adds a property element already made by a checker (`RDFXMLTripleChecker`, which may run on another
    /// thread) for a triple of `subject`.
    func write(_ property: Property, of subject: Term) throws {
        guard !finished else { throw ExportError.writerFinished }
        if self.subject != subject || group.count >= RDFXMLWriter.maximumGroupSize {
            try flushGroup()
            self.subject = subject
        }
        group.append(property)
    }

    /// Adds every triple of a sequence, in order.
    public func write<S: Sequence>(contentsOf triples: S) throws where S.Element == Triple {
        for triple in triples { try write(triple) }
    }

    /// Writes the last node element, closes `rdf:RDF` and flushes the sink. Calling it again does nothing.
    public func finish() throws {
        guard !finished else { return }
        try flushGroup()
        finished = true
        guard let writer else { return }
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        do { try bridge.sink.flush() } catch { throw ExportError.output("\(error)") }
    }

    /// An IRI that can stand in an attribute and be read back unchanged: XML characters only, no dot segments.
    static func isAttributeSafe(_ iri: IRI) -> Bool {
        XMLCharacters.allXMLChars(iri.value) && IRIResolution.survivesResolution(iri.value)
    }

    // MARK: Writing a node element

    private func flushGroup() throws {
        guard let subject, !group.isEmpty, let writer else { return }
        defer { group.removeAll(keepingCapacity: true) }
        let typeIndex = group.firstIndex { $0.typeName != nil }
        let elementName = typeIndex.flatMap { group[$0].typeName }

        try check(xmlTextWriterStartElement(writer, elementName?.cText ?? Names.description), "start a node element")
        switch subject {
        case .iri(let iri): try writeAttribute(Names.about, iri.value)
        case .blank(let node): try writeAttribute(Names.nodeID, BlankNodeLabels.ncName(for: node))
        case .literal: preconditionFailure("Triple guarantees a resource subject")
        }

        declaredPrefixes.removeAll(keepingCapacity: true)
        if let elementName { try declare(elementName) }
        for (index, property) in group.enumerated() where index != typeIndex { try declare(property.name) }

        for (index, property) in group.enumerated() where index != typeIndex {
            try check(xmlTextWriterStartElement(writer, property.name.cText), "start a property element")
            switch property.object {
            case .resource(let iri):
                try writeAttribute(Names.resource, iri)
                try check(xmlTextWriterEndElement(writer), "end a property element")
            case .blank(let label):
                try writeAttribute(Names.nodeID, label)
                try check(xmlTextWriterEndElement(writer), "end a property element")
            case .literal(let text, let language, let datatype, let needsEscaping):
                if let language { try writeAttribute(Names.language, language) }
                if let datatype { try writeAttribute(Names.datatype, datatype) }
                if !text.isEmpty { try writeText(text, needsEscaping: needsEscaping) }
                // Always `<p …></p>`: an empty element with rdf:datatype is not in RDF/XML's emptyPropertyElt.
                try check(xmlTextWriterFullEndElement(writer), "end a property element")
            }
        }
        try check(xmlTextWriterEndElement(writer), "end a node element")
    }

    /// Declares a generated prefix on the node element being written, once per element.
    private func declare(_ name: QName) throws {
        guard !name.declaredAtRoot, !declaredPrefixes.contains(name.prefix) else { return }
        declaredPrefixes.append(name.prefix)
        try writeAttribute(name.cDeclaration, name.namespace)
    }

    /// Writes an attribute. libxml2 (2.9) escapes `& < > "` as entities and TAB, LF, CR as character references
    /// (`&#9;`, `&#10;`, `&#13;`, which attribute-value normalization keeps), and leaves other UTF-8 as it is, so
    /// Persian IRIs stay readable. (In element content it writes CR as `&#13;` and TAB and LF as they are.)
    private func writeAttribute(_ name: [xmlChar], _ value: String) throws {
        guard let writer else { return }
        let result = withCText(value) { xmlTextWriterWriteAttribute(writer, name, $0) }
        try check(result, "write an attribute")
    }

    /// Writes the text of a literal element. `xmlTextWriterWriteString` in element content is
    /// `xmlEncodeSpecialChars` (a fresh heap copy with `< > & "` and CR escaped) followed by `xmlTextWriterWriteRaw`;
    /// when the scan found none of those characters the copy would equal the text, so the text goes to
    /// `xmlTextWriterWriteRawLen` directly: the same bytes, the same writer state, no allocation and no strlen.
    private func writeText(_ text: String, needsEscaping: Bool) throws {
        guard let writer else { return }
        let result: Int32
        if needsEscaping {
            result = withCText(text) { xmlTextWriterWriteString(writer, $0) }
        } else {
            var copy = text
            result = copy.withUTF8 { bytes in
                xmlTextWriterWriteRawLen(writer, bytes.baseAddress, Int32(bytes.count))
            }
        }
        try check(result, "write a literal")
    }

    /// Calls `body` with `text` as a NUL-terminated C string in the reusable scratch buffer.
    private func withCText<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        var copy = text
        return copy.withUTF8 { bytes in
            if bytes.count >= scratchCapacity {
                scratch.deallocate()
                scratchCapacity = max(bytes.count + 1, scratchCapacity * 2)
                scratch = UnsafeMutablePointer<xmlChar>.allocate(capacity: scratchCapacity)
            }
            if let base = bytes.baseAddress { scratch.update(from: base, count: bytes.count) }
            scratch[bytes.count] = 0
            return body(scratch)
        }
    }

    private func check(_ result: Int32, _ action: @autoclosure () -> String) throws {
        guard result < 0 else { return }
        if let error = bridge.error { throw ExportError.output("\(error)") }
        throw ExportError.output("libxml2 failed to \(action())")
    }
}

extension RDFXMLWriter {
    /// The upfront namespace pass, for graphs that can be read twice: `namespaces` followed by a generated
    /// `ns1`, `ns2`, … for every other namespace the predicates and types of `triples` need, in order of first use.
    /// Passing the result to the writer declares every prefix once on `rdf:RDF`, with none on node elements.
    public static func namespaces<S: Sequence>(for triples: S, declaring namespaces: [Namespace] = Namespace.all)
        -> [Namespace] where S.Element == Triple {
        var table = QNameTable(namespaces: namespaces)
        var result = table.rootNamespaces
        var seen = Set(result.map(\.iri))
        func note(_ iri: IRI) {
            guard let name = table.qname(for: iri), !name.declaredAtRoot, seen.insert(name.namespace).inserted
            else { return }
            result.append(Namespace(prefix: name.prefix, iri: name.namespace))
        }
        for triple in triples {
            note(triple.predicate)
            if triple.predicate == RDF.type, let type = triple.object.iri { note(type) }
        }
        return result
    }

    /// Writes `triples` as one RDF/XML document to `sink`.
    public static func write<S: Sequence>(_ triples: S, to sink: OutputSink, namespaces: [Namespace] = Namespace.all,
                                          options: Options = []) throws where S.Element == Triple {
        let writer = try RDFXMLWriter(sink: sink, namespaces: namespaces, options: options)
        try writer.write(contentsOf: triples)
        try writer.finish()
    }

    /// `triples` as an RDF/XML document in a string (for small graphs and tests).
    public static func string<S: Sequence>(_ triples: S, namespaces: [Namespace] = Namespace.all,
                                           options: Options = []) throws -> String where S.Element == Triple {
        let sink = MemorySink()
        try write(triples, to: sink, namespaces: namespaces, options: options)
        return sink.string
    }
}

/// Carries the Swift sink through libxml2's C callback, and the first error it threw back out.
final class SinkBridge {
    let sink: OutputSink
    var error: Error?

    init(sink: OutputSink) { self.sink = sink }
}

/// libxml2's `xmlOutputWriteCallback`: hands each chunk to the sink; -1 tells libxml2 the write failed.
private let sinkWriteCallback: xmlOutputWriteCallback = { context, buffer, length in
    guard let context else { return -1 }
    let bridge = Unmanaged<SinkBridge>.fromOpaque(context).takeUnretainedValue()
    if bridge.error != nil { return -1 }
    do {
        try bridge.sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return length
    } catch {
        bridge.error = error
        return -1
    }
}
