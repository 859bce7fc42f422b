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
            default: out.append(character)
            }
        }
        return out
    }

    /// True for http(s) addresses, the only ones turned into links.
    static func isWebAddress(_ text: String) -> Bool {
        text.hasPrefix("https://") || text.hasPrefix("http://")
    }
}
