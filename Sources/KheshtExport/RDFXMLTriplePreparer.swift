import KheshtGraph

/// One property element for `RDFXMLWriter` to write, checked and named when its triple arrived.
struct RDFXMLProperty {
    let name: QName
    let object: Object
    /// Set for an `rdf:type` triple whose class can name the node element.
    let typeName: QName?

    enum Object {
        case resource(String)
        case blank(String)
        case literal(text: String, language: String?, datatype: String?)
    }
}

/// The half of RDF/XML writing that needs no libxml2: checks a triple against what RDF/XML can carry and names
/// its predicate (and type) with QNames.
///
/// Separate from `RDFXMLWriter` so checking stays apart from driving libxml2 (it could run on another thread;
/// `RDFXMLWriter.convertNTriples` says why it does not). Its state — the QName table and the cache of predicate
/// names — decides the generated prefixes (`ns1`, `ns2`, …), so one preparer must see a document's triples in order.
struct RDFXMLTriplePreparer {
    private let options: RDFXMLWriter.Options
    private var names: QNameTable
    private var predicateNames: [IRI: PredicateName] = [:]
    /// The subject of the previous triple: it was checked then.
    private var lastSubject: Term?

    init(namespaces: [Namespace], options: RDFXMLWriter.Options) {
        self.options = options
        names = QNameTable(namespaces: namespaces)
    }

    /// The namespaces to declare on `rdf:RDF`.
    var rootNamespaces: [Namespace] { names.rootNamespaces }

    /// The property element for `triple`, or the `ExportError` saying why RDF/XML cannot carry it.
    mutating func prepare(_ triple: Triple) throws -> RDFXMLProperty {
        if triple.subject != lastSubject {
            if let iri = triple.subject.iri, !Self.isAttributeSafe(iri) { throw ExportError.unrepresentableIRI(triple) }
            lastSubject = triple.subject
        }
        let name: QName
        switch predicateName(triple.predicate) {
        case .name(let qname): name = qname
        case .badCharacters: throw ExportError.unrepresentableIRI(triple)
        case .reserved: throw ExportError.reservedPredicate(triple.predicate)
        case .noQName: throw ExportError.predicateHasNoQName(triple.predicate)
        }
        let object: RDFXMLProperty.Object
        var typeName: QName?
        switch triple.object {
        case .iri(let iri):
            guard Self.isAttributeSafe(iri) else { throw ExportError.unrepresentableIRI(triple) }
            object = .resource(iri.value)
            if triple.predicate == RDF.type, !QNameTable.isReservedRDFName(iri) {
                typeName = names.qname(for: iri)
            }
        case .blank(let node):
            object = .blank(BlankNodeLabels.ncName(for: node))
        case .literal(let literal):
            if literal.datatype == RDF.langString && literal.language == nil {
                throw ExportError.unrepresentableLiteral(triple)
            }
            guard Self.isAttributeSafe(literal.datatype) else {
                throw ExportError.unrepresentableIRI(triple)
            }
            var text = literal.lexicalForm
            if !XMLCharacters.allXMLChars(text) {
                guard options.contains(.replaceInvalidCharacters) else {
                    throw ExportError.unrepresentableLiteral(triple)
                }
                text = XMLCharacters.replacingInvalid(text)
            }
            let datatype = literal.language == nil && literal.datatype != XSD.string ? literal.datatype.value : nil
            object = .literal(text: text, language: literal.language, datatype: datatype)
        }
        return RDFXMLProperty(name: name, object: object, typeName: typeName)
    }

    private enum PredicateName {
        case name(QName)
        case badCharacters
        case reserved
        case noQName
    }

    /// The element name for a predicate, or why it has none; remembered, since a graph uses few predicates.
    private mutating func predicateName(_ predicate: IRI) -> PredicateName {
        if let known = predicateNames[predicate] { return known }
        let result: PredicateName
        if !XMLCharacters.allXMLChars(predicate.value) {
            result = .badCharacters
        } else if QNameTable.isReservedRDFName(predicate) {
            result = .reserved
        } else if let qname = names.qname(for: predicate) {
            result = .name(qname)
        } else {
            result = .noQName
        }
        if predicateNames.count >= 10_000 { predicateNames.removeAll(keepingCapacity: true) }
        predicateNames[predicate] = result
        return result
    }

    /// An IRI that can stand in an attribute and be read back unchanged: XML characters only, no dot segments.
    static func isAttributeSafe(_ iri: IRI) -> Bool {
        XMLCharacters.allXMLChars(iri.value) && IRIResolution.survivesResolution(iri.value)
    }
}
