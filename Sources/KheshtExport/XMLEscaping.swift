/// Escaping for text the RDF/XML writer passes to libxml2 raw.
enum XMLEscaping {
    /// An attribute value for a double-quoted attribute: markup characters as entities, and the whitespace that
    /// attribute-value normalization would turn into spaces (XML 1.0 §3.3.3) as character references.
    static func attributeValue(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 < 0x20 })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
