/// An absolute IRI, validated against the characters SPARQL's IRIREF production forbids.
///
/// Related spec: SPARQL 1.1 Query, production [139] IRIREF; RDF 1.1 Concepts §3.2.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The IRI text, without angle brackets.
    public let value: String

    /// Creates an IRI after checking it holds a scheme and no forbidden character.
    ///
    /// - Throws: `GraphError.invalidIRI` naming the offending character.
    public init(_ value: String) throws {
        if let bad = IRI.firstForbiddenCharacter(in: value) {
            throw GraphError.invalidIRI(value, reason: "character \(IRI.describe(bad)) is not allowed in an IRI")
        }
        guard IRI.hasScheme(value) else {
            throw GraphError.invalidIRI(value, reason: "an absolute IRI needs a scheme such as https:")
        }
        self.value = value
    }

    /// Creates an IRI the caller knows to be valid (vocabulary constants). Checked in debug builds.
    public init(unchecked value: String) {
        assert(IRI.firstForbiddenCharacter(in: value) == nil, "invalid IRI constant \(value)")
        self.value = value
    }

    public var description: String { "<\(value)>" }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.value < rhs.value }

    /// IRIREF excludes `<>"{}|^`\` and everything from U+0000 to U+0020.
    public static func firstForbiddenCharacter(in text: String) -> Unicode.Scalar? {
        // A switch, not a search of a string of the forbidden characters: every minted IRI passes through here.
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0...0x20, 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C: true   // < > " { } | ^ ` \
            default: false
            }
        }
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || "+-.".unicodeScalars.contains($0) }
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.value <= 0x20 ? "U+" + hex4(scalar.value) : "'\(scalar)'"
    }

    /// The part after the last `#` or `/`: a readable local name for messages and QNames.
    public var localName: String {
        if let hash = value.lastIndex(of: "#") { return String(value[value.index(after: hash)...]) }
        if let slash = value.lastIndex(of: "/") { return String(value[value.index(after: slash)...]) }
        return value
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}

/// `U+XXXX`-style hex digits, at least four, upper-case (this target avoids Foundation).
func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
