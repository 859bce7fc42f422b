import KheshtGraph
import KheshtQuery
import KheshtText

/// How a term reads to a person: entities by their labels, literals by their value, dates in both calendars.
///
/// Used by every renderer so a value looks the same in a table, a description and a CSV file.
public struct TermDisplay: Sendable {
    public let preferredLanguage: String
    public let labels: [Term: [Literal]]

    public init(preferredLanguage: String, labels: [Term: [Literal]]) {
        self.preferredLanguage = preferredLanguage
        self.labels = labels
    }

    /// The label to lead with and, when the entity has one in the other language, that one too.
    public func labelPair(of term: Term) -> (primary: String, secondary: String?)? {
        guard let all = labels[term], !all.isEmpty else { return nil }
        let other = preferredLanguage == "fa" ? "en" : "fa"
        func tagged(_ language: String) -> Literal? {
            all.first { $0.language == language } ?? all.first { $0.language?.hasPrefix(language + "-") == true }
        }
        let primary = tagged(preferredLanguage) ?? tagged("fa") ?? all.first { $0.language == nil } ?? all[0]
        var secondary = tagged(other)
        if secondary == primary || secondary?.lexicalForm == primary.lexicalForm { secondary = nil }
        if secondary == nil, primary.language == other, let fa = tagged("fa"), fa != primary { secondary = fa }
        return (primary.lexicalForm, secondary?.lexicalForm)
    }

    /// A compact name for an IRI with no label: `khr:place/milad-tower` style when in a known namespace.
    public static func compactIRI(_ iri: IRI) -> String {
        if let short = OntologyTerms.prefixed(iri) { return short }
        for ns in Namespace.all where iri.value.hasPrefix(ns.iri) && iri.value.count > ns.iri.count {
            return "\(ns.prefix):\(iri.value.dropFirst(ns.iri.count))"
        }
        return "<\(iri.value)>"
    }

    /// The text of a table cell, with every right-to-left part in its own bidi isolate.
    public func cell(_ term: Term?) -> String {
        guard let term else { return "" }
        switch term {
        case .iri(let iri):
            if let pair = labelPair(of: term) {
                let first = BidiIsolation.isolate(pair.primary)
                guard let second = pair.secondary else { return first }
                return "\(first) (\(BidiIsolation.isolate(second)))"
            }
            return Self.compactIRI(iri)
        case .blank(let node):
            return "_:\(node.label)"
        case .literal(let literal):
            if literal.datatype == XSD.date, let jalali = JalaliText.persian(ofDate: literal.lexicalForm) {
                return "\(literal.lexicalForm) · \(BidiIsolation.isolate(jalali))"
            }
            return BidiIsolation.isolate(Self.singleLine(literal.lexicalForm))
        }
    }

    /// The plain value for CSV/TSV: the leading label of an entity (its IRI when it has none), a literal's lexical form.
    public func plain(_ term: Term?) -> String {
        guard let term else { return "" }
        switch term {
        case .iri(let iri): return labelPair(of: term)?.primary ?? iri.value
        case .blank(let node): return "_:\(node.label)"
        case .literal(let literal): return literal.lexicalForm
        }
    }

    /// True for numbers, which tables align to the right.
    public static func isNumeric(_ term: Term?) -> Bool {
        guard let datatype = term?.literal?.datatype else { return false }
        return numericDatatypes.contains(datatype)
    }

    static let numericDatatypes: Set<IRI> = [XSD.integer, XSD.decimal, XSD.double, Namespace.xsd["int"],
                                              Namespace.xsd["long"], Namespace.xsd["float"],
                                              Namespace.xsd["nonNegativeInteger"], Namespace.xsd["positiveInteger"]]

    /// Line breaks and tabs shown as spaces, so one value stays on one table line.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
