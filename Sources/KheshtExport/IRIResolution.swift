#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which IRIs an RDF/XML attribute can carry unchanged.
///
/// Parsers resolve `rdf:about`, `rdf:resource` and `rdf:datatype` against the base IRI (RDF 1.1 XML Syntax §5.3),
/// and RFC 3986 §5.2.2 removes dot segments even from an absolute reference: raptor reads
/// `http://example.org/a/../b` as `http://example.org/b`. Such an IRI would silently become another one, so the
/// writer refuses it (`ExportError.unrepresentableIRI`).
enum IRIResolution {
    /// True when resolving `iri` against any base gives `iri` back: its path has no `.` or `..` segment.
    static func survivesResolution(_ iri: String) -> Bool {
        var copy = iri
        return copy.withUTF8 { bytes in
            // Fast path: a `.`/`..` segment starts right after `/` or after the scheme's `:`. Most IRIs have dots
            // only inside the host or a name, where no segment walk is needed.
            guard hasDotAfterDelimiter(bytes) else { return true }
            let count = bytes.count
            let slash: UInt8 = 0x2F, dot: UInt8 = 0x2E, question: UInt8 = 0x3F, hash: UInt8 = 0x23
            var index = 0
            // After the scheme's ':'.
            while index < count && bytes[index] != 0x3A { index += 1 }
            index += 1
            // Skip the authority, which is not a path ("//host:port").
            if index + 1 < count && bytes[index] == slash && bytes[index + 1] == slash {
                index += 2
                while index < count && bytes[index] != slash && bytes[index] != question && bytes[index] != hash {
                    index += 1
                }
            }
            // Walk the path's segments up to the query or fragment.
            var segmentStart = index
            while true {
                let atEnd = index >= count || bytes[index] == question || bytes[index] == hash
                if atEnd || bytes[index] == slash {
                    let length = index - segmentStart
                    if length == 1 && bytes[segmentStart] == dot { return false }
                    if length == 2 && bytes[segmentStart] == dot && bytes[segmentStart + 1] == dot { return false }
                    if atEnd { return true }
                    segmentStart = index + 1
                }
                index += 1
            }
        }
    }

    /// True when some `.` is the first byte or follows `/` or `:` (the only places a path segment can start).
    private static func hasDotAfterDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count, let found = memchr(base + index, Int32(UInt8(ascii: ".")), count - index) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if at == 0 || base[at - 1] == UInt8(ascii: "/") || base[at - 1] == UInt8(ascii: ":") { return true }
            index = at + 1
        }
        return false
    }
}
