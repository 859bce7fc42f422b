/// Escaping for text placed in HTML/XML content and attribute values (the same rules serve both).
enum MarkupEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities; other characters kept (output is UTF-8).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // XML 1.0 forbids most C0 controls even as references; a stray one in data must not break the page.
                if character.unicodeScalars.contains(where: isForbiddenInXML) {
                    out.append("\u{FFFD}")
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// True for http(s) addresses, the only ones turned into links.
    static func isWebAddress(_ text: String) -> Bool {
        text.hasPrefix("https://") || text.hasPrefix("http://")
    }
}
