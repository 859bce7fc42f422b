/// Any RDF term: an IRI, a literal or a blank node.
public enum Term: Hashable, Comparable, Sendable, CustomStringConvertible {
    case iri(IRI)
    case literal(Literal)
    case blank(BlankNode)

    public var iri: IRI? { if case .iri(let iri) = self { iri } else { nil } }
    public var literal: Literal? { if case .literal(let literal) = self { literal } else { nil } }
    public var blankNode: BlankNode? { if case .blank(let node) = self { node } else { nil } }

    /// True for the terms allowed in subject position (IRI or blank node).
    public var isResource: Bool { literal == nil }

    public var description: String { ntriples }

    /// The canonical N-Triples form of this term.
    ///
    /// Related spec: RDF 1.1 N-Triples §4 (canonical form): only `"`, `\`, LF and CR are escaped in literals
    /// (plus the other C0 controls as \uXXXX, which keeps every line printable).
    public var ntriples: String {
        switch self {
        case .iri(let iri):
            return "<\(iri.value)>"
        case .blank(let node):
            return "_:\(node.label)"
        case .literal(let literal):
            var out = "\"" + Term.escapeLiteral(literal.lexicalForm) + "\""
            if let language = literal.language {
                out += "@" + language
            } else if literal.datatype != XSD.string {
                out += "^^<\(literal.datatype.value)>"
            }
            return out
        }
    }

    static func escapeLiteral(_ text: String) -> String {
        // Most lexical forms need no escape: return them without rebuilding the string scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Order: blank nodes, IRIs, literals (as SPARQL's ORDER BY does), then by text.
    public static func < (lhs: Term, rhs: Term) -> Bool {
        func rank(_ term: Term) -> Int {
            switch term { case .blank: 0; case .iri: 1; case .literal: 2 }
        }
        if rank(lhs) != rank(rhs) { return rank(lhs) < rank(rhs) }
        switch (lhs, rhs) {
        case (.blank(let a), .blank(let b)): return a < b
        case (.iri(let a), .iri(let b)): return a < b
        case (.literal(let a), .literal(let b)): return a < b
        default: return false
        }
    }
}

extension Term {
    /// A plain string literal term.
    public static func string(_ text: String) -> Term { .literal(Literal(text)) }
    /// A typed literal term.
    public static func typed(_ text: String, _ datatype: IRI) -> Term { .literal(Literal(text, datatype: datatype)) }
    /// A language-tagged literal term with a known-good tag.
    public static func text(_ text: String, language: String) -> Term { .literal(Literal(text, knownLanguage: language)) }
    /// An `xsd:integer` literal term.
    public static func integer(_ value: Int) -> Term { .literal(Literal(String(value), datatype: XSD.integer)) }
}
