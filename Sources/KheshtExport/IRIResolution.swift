/// Which IRIs an RDF/XML attribute can carry unchanged.
///
/// Parsers resolve `rdf:about`, `rdf:resource` and `rdf:datatype` against the base IRI (RDF 1.1 XML Syntax §5.3),
/// and RFC 3986 §5.2.2 removes dot segments even from an absolute reference: raptor reads
/// `http://example.org/a/../b` as `http://example.org/b`. Such an IRI would silently become another one, so the
/// writer refuses it (`ExportError.unrepresentableIRI`).
enum IRIResolution {
    /// True when resolving `iri` against any base gives `iri` back: its path has no `.` or `..` segment.
    static func survivesResolution(_ iri: String) -> Bool {
        // Fast path: no ".", no dot segment.
        guard iri.utf8.contains(0x2E) else { return true }
        guard let colon = iri.utf8.firstIndex(of: 0x3A) else { return true }
        var rest = iri.utf8[iri.utf8.index(after: colon)...]
        // Skip the authority, which is not a path ("//host:port").
        if rest.starts(with: "//".utf8) {
            rest = rest.dropFirst(2)
            rest = rest.drop { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }
        }
        // The path ends at the query or fragment.
        let path = rest.prefix { $0 != 0x3F && $0 != 0x23 }
        for segment in path.split(separator: 0x2F, omittingEmptySubsequences: false) {
            if segment.count == 1 && segment.first == 0x2E { return false }
            if segment.count == 2 && segment.allSatisfy({ $0 == 0x2E }) { return false }
        }
        return true
    }
}
