/// An RDF literal: a lexical form with either a language tag (then its datatype is rdf:langString) or a datatype.
///
/// Related spec: RDF 1.1 Concepts §3.3.
public struct Literal: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let lexicalForm: String
    /// The datatype; `rdf:langString` when `language` is set, `xsd:string` for a plain literal.
    public let datatype: IRI
    /// A BCP 47 language tag, lower-cased (tags compare case-insensitively).
    public let language: String?

    /// A plain string literal (`xsd:string`).
    public init(_ lexicalForm: String) {
        self.lexicalForm = lexicalForm
        self.datatype = XSD.string
        self.language = nil
    }

    /// A typed literal. A datatype of `rdf:langString` without a tag is refused by the parsers, not here.
    public init(_ lexicalForm: String, datatype: IRI) {
        self.lexicalForm = lexicalForm
        self.datatype = datatype
        self.language = nil
    }

    /// A language-tagged string.
    ///
    /// - Throws: `GraphError.invalidLanguageTag` when `language` is not of the form `a-z+ ('-' [a-z0-9]+)*`.
    public init(_ lexicalForm: String, language: String) throws {
        guard Literal.isValidLanguageTag(language) else { throw GraphError.invalidLanguageTag(language) }
        self.lexicalForm = lexicalForm
        self.datatype = RDF.langString
        self.language = language.lowercased()
    }

    /// A language-tagged string with a tag the caller knows to be valid ("fa", "en").
    public init(_ lexicalForm: String, knownLanguage: String) {
        self.lexicalForm = lexicalForm
        self.datatype = RDF.langString
        self.language = knownLanguage.lowercased()
    }

    /// LANGTAG from SPARQL / N-Triples: `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
    public static func isValidLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty,
              first.unicodeScalars.allSatisfy(\.isASCIILetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
        }
    }

    public var description: String { Term.literal(self).ntriples }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        (lhs.lexicalForm, lhs.datatype.value, lhs.language ?? "") < (rhs.lexicalForm, rhs.datatype.value, rhs.language ?? "")
    }
}
