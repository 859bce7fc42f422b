/// Errors raised when building RDF terms from untrusted text.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    /// The text is not an absolute IRI allowed by SPARQL's IRIREF.
    case invalidIRI(String, reason: String)
    /// The text is not a BCP 47 language tag of the form `en`, `fa-IR`.
    case invalidLanguageTag(String)

    public var description: String {
        switch self {
        case .invalidIRI(let text, let reason): "invalid IRI <\(text)>: \(reason)"
        case .invalidLanguageTag(let tag): "invalid language tag '\(tag)': expected letters, then '-' and letters or digits"
        }
    }
}
