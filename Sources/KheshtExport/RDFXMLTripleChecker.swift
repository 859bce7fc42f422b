import KheshtGraph

/// The checking half of `RDFXMLWriter`: decides whether a triple can be written as RDF/XML and names its property
/// element, without touching libxml2.
///
/// Kept apart from the writing half so a converter can run it on the parsing thread (`BatchPipeline`) while the
/// other thread only drives `xmlTextWriter`: the scans of literals and IRIs and the predicate names are a large
/// share of the work per triple. Generated prefixes (`ns1`, `ns2`, …) depend only on the order triples are
/// checked in, so a checker on another thread names them exactly as the writer's own would.
struct RDFXMLTripleChecker {
    /// One property element to write, checked and named when its triple arrived.
    struct Property {
        let name: QName
        let object: Object
        /// Set for an `rdf:type` triple whose class can name the node element.
        let typeName: QName?
    }

    enum Object {
        case resource(String)
        case blank(String)
        /// `needsEscaping` is false when libxml2's content escaping would leave `text` unchanged.
        case literal(text: String, language: String?, datatype: String?, needsEscaping: Bool)
    }

    private let options: RDFXMLWriter.Options
    private(set) var names: QNameTable
    private var predicateNames: [IRI: PredicateName] = [:]
    /// The last few predicates and their names, looked at before `predicateNames`: a graph's subjects mostly repeat
    /// a handful of predicates, and comparing with them is cheaper than hashing the IRI.
    private var recentPredicates: [(predicate: IRI, name: PredicateName)] = []
    private var nextRecentSlot = 0
    /// The last few datatype IRIs found attribute-safe: a graph uses few datatypes, on most literals, and equal IRIs
    /// from one parse (and the `XSD.string` of plain literals) share storage, so the comparison is a pointer check.
    /// (Object IRIs are mostly distinct and are checked each time.)
    private var recentSafeIRIs: [IRI] = []
    private var nextSafeSlot = 0
    /// The subject found writable last: consecutive triples mostly share it, and it is checked once.
    private var checkedSubject: Term?

    init(namespaces: [Namespace], options: RDFXMLWriter.Options) {
        self.options = options
        self.names = QNameTable(namespaces: namespaces)
    }

    /// The property element for `triple`, or the `ExportError` saying why it cannot be written.
    mutating func check(_ triple: Triple) throws -> Property {
        if triple.subject != checkedSubject {
            if let iri = triple.subject.iri, !RDFXMLWriter.isAttributeSafe(iri) {
                throw ExportError.unrepresentableIRI(triple)
            }
            checkedSubject = triple.subject
        }
        let name: QName
        switch predicateName(triple.predicate) {
        case .name(let qname): name = qname
        case .badCharacters: throw ExportError.unrepresentableIRI(triple)
        case .reserved: throw ExportError.reservedPredicate(triple.predicate)
        case .noQName: throw ExportError.predicateHasNoQName(triple.predicate)
        }
        let object: Object
        var typeName: QName?
        switch triple.object {
        case .iri(let iri):
            guard RDFXMLWriter.isAttributeSafe(iri) else { throw ExportError.unrepresentableIRI(triple) }
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
            guard isAttributeSafeRemembering(literal.datatype) else {
                throw ExportError.unrepresentableIRI(triple)
            }
            var text = literal.lexicalForm
            var scan = XMLCharacters.scan(text)
            if !scan.isValid {
                guard options.contains(.replaceInvalidCharacters) else {
                    throw ExportError.unrepresentableLiteral(triple)
                }
                text = XMLCharacters.replacingInvalid(text)
                scan = XMLCharacters.scan(text)
            }
            let datatype = literal.language == nil && literal.datatype != XSD.string ? literal.datatype.value : nil
            object = .literal(text: text, language: literal.language, datatype: datatype,
                              needsEscaping: scan.needsContentEscaping)
        }
        return Property(name: name, object: object, typeName: typeName)
    }

    private enum PredicateName {
        case name(QName)
        case badCharacters
        case reserved
        case noQName
    }

    /// The element name for a predicate, or why it has none; remembered, since a graph uses few predicates.
    private mutating func predicateName(_ predicate: IRI) -> PredicateName {
        for entry in recentPredicates where entry.predicate == predicate { return entry.name }
        let name = lookUpPredicateName(predicate)
        if recentPredicates.count < 8 {
            recentPredicates.append((predicate, name))
        } else {
            recentPredicates[nextRecentSlot] = (predicate, name)
            nextRecentSlot = (nextRecentSlot + 1) % 8
        }
        return name
    }

    private mutating func lookUpPredicateName(_ predicate: IRI) -> PredicateName {
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

    /// `isAttributeSafe`, answered from `recentSafeIRIs` when the IRI was checked lately.
    private mutating func isAttributeSafeRemembering(_ iri: IRI) -> Bool {
        for known in recentSafeIRIs where known == iri { return true }
        guard RDFXMLWriter.isAttributeSafe(iri) else { return false }
        if recentSafeIRIs.count < 8 {
            recentSafeIRIs.append(iri)
        } else {
            recentSafeIRIs[nextSafeSlot] = iri
            nextSafeSlot = (nextSafeSlot + 1) % 8
        }
        return true
    }
}
