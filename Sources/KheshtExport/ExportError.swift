import KheshtGraph

/// Why a writer refused a graph. Every case names what could not be written, so nothing is dropped silently.
///
/// A writer that throws has stopped mid-document: what it already sent to its sink is incomplete and should be
/// discarded.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// A literal holds a character XML 1.0 cannot carry (a C0 control other than TAB, LF and CR, or U+FFFE/U+FFFF),
    /// or is an `rdf:langString` without a language tag. Pass `RDFXMLWriter.Options.replaceInvalidCharacters`
    /// to write U+FFFD in place of such characters instead.
    case unrepresentableLiteral(Triple)
    /// An IRI the triple needs in an attribute (subject, object or datatype) holds a character XML 1.0 cannot carry
    /// (U+FFFE or U+FFFF), or a `.`/`..` path segment that RDF/XML and Turtle parsers remove when they resolve it
    /// (`http://example.org/a/../b` would be read as `http://example.org/b`). N-Triples carries such IRIs.
    case unrepresentableIRI(Triple)
    /// RDF/XML writes a predicate as an element name: its IRI must split into a namespace and an NCName local
    /// part. IRIs ending in `/`, `#`, or a part that starts with a digit (`…/p/123`) have no such split.
    case predicateHasNoQName(IRI)
    /// The predicate is an RDF/XML syntax name (`rdf:Description`, `rdf:li`, `rdf:about`, …) that parsers read as
    /// syntax, never as a property, so no RDF/XML document can state it.
    case reservedPredicate(IRI)
    /// The sink refused bytes (disk full, closed pipe), a file could not be opened, or libxml2 reported a failure.
    case output(String)
    /// `write` was called after `finish`.
    case writerFinished

    public var description: String {
        switch self {
        case .unrepresentableLiteral(let triple):
            "cannot write literal in \(triple): it holds a character XML 1.0 cannot carry "
                + "(use the replaceInvalidCharacters option to write U+FFFD instead)"
        case .unrepresentableIRI(let triple):
            "cannot write \(triple): an IRI holds a character XML 1.0 cannot carry or a '.'/'..' "
                + "path segment that parsers would resolve away"
        case .predicateHasNoQName(let iri):
            "cannot write predicate \(iri) in RDF/XML: it does not end in an XML name (NCName) "
                + "that could serve as an element name"
        case .reservedPredicate(let iri):
            "cannot write predicate \(iri) in RDF/XML: it is a reserved RDF/XML syntax name"
        case .output(let message):
            "export failed while writing: \(message)"
        case .writerFinished:
            "the writer was already finished; create a new one"
        }
    }
}
