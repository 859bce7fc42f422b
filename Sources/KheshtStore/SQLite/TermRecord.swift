import KheshtGraph

/// A term as the `terms` table stores it: a kind code and three text columns.
///
/// Empty strings stand for "none" (SQLite's UNIQUE treats NULLs as distinct, which would let one term get two ids).
/// `xsd:string` and `rdf:langString` are implied by the kind and language, so the datatype column is empty for them:
/// most literals are strings, and this keeps the dictionary small.
struct TermRecord: Hashable {
    enum Kind: Int64 {
        case iri = 0
        case blank = 1
        case literal = 2
    }

    let kind: Kind
    let value: String
    let datatype: String
    let language: String

    init(_ term: Term) {
        switch term {
        case .iri(let iri):
            self.init(kind: .iri, value: iri.value, datatype: "", language: "")
        case .blank(let node):
            self.init(kind: .blank, value: node.label, datatype: "", language: "")
        case .literal(let literal):
            let datatype = literal.language != nil || literal.datatype == XSD.string ? "" : literal.datatype.value
            self.init(kind: .literal, value: literal.lexicalForm, datatype: datatype, language: literal.language ?? "")
        }
    }

    init(kind: Kind, value: String, datatype: String, language: String) {
        self.kind = kind
        self.value = value
        self.datatype = datatype
        self.language = language
    }

    /// The term back. Values came from our own writes, so IRIs are rebuilt without re-validation.
    var term: Term {
        switch kind {
        case .iri: return .iri(IRI(unchecked: value))
        case .blank: return .blank(BlankNode(value))
        case .literal:
            if !language.isEmpty { return .literal(Literal(value, knownLanguage: language)) }
            if datatype.isEmpty { return .literal(Literal(value)) }
            return .literal(Literal(value, datatype: IRI(unchecked: datatype)))
        }
    }
}
