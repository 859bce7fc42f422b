import KheshtGraph

/// Turns blank node labels into labels a syntax accepts, deterministically and without a table (so streaming
/// stays memory-flat).
///
/// A label the syntax accepts is kept unless it starts with the escape prefix `kx`; every other label becomes
/// `kx` followed by the hex digits of its UTF-8 bytes. Kept labels never start with `kx` and escaped ones always
/// do, and hex encoding is one-to-one, so distinct blank nodes stay distinct and equal ones stay equal.
enum BlankNodeLabels {
    static let escapePrefix = "kx"

    /// The label to write for `node`; `isAccepted` says whether the target syntax takes a label as it is.
    static func label(for node: BlankNode, isAccepted: (String) -> Bool) -> String {
        let label = node.label
        if isAccepted(label) && !label.hasPrefix(escapePrefix) { return label }
        var out = escapePrefix
        let digits: [Character] = Array("0123456789abcdef")
        for byte in label.utf8 {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return out
    }

    /// Labels for `rdf:nodeID`, which must be XML NCNames.
    static func ncName(for node: BlankNode) -> String {
        label(for: node, isAccepted: XMLCharacters.isNCName)
    }

    /// Labels for Turtle and N-Triples `_:` names, restricted to `[A-Za-z0-9_][A-Za-z0-9_-]*`, which both
    /// grammars accept.
    static func turtle(for node: BlankNode) -> String {
        label(for: node) { label in
            guard let first = label.unicodeScalars.first,
                  (0x30...0x39).contains(first.value) || XMLCharacters.isNameStartChar(first) else { return false }
            return label.unicodeScalars.allSatisfy { scalar in
                XMLCharacters.isNameStartChar(scalar) || (0x30...0x39).contains(scalar.value) || scalar == "-"
            }
        }
    }
}
