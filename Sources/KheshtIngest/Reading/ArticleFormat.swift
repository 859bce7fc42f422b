/// The kinds of article file Khesht reads, told apart by their content (the extension only breaks ties).
public enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case html
    case feed

    /// The format of decoded text: a root `<rss>`, `<feed>` or `<rdf:RDF>` is a feed; a doctype, `<html>`,
    /// `<body>` or common block tags near the start make HTML; anything else is plain text.
    public static func detect(_ text: String, pathExtension: String = "") -> ArticleFormat {
        if let plain = plainTextByBytes(text), plain { return .plainText }
        return detectByCharacters(text, pathExtension: pathExtension)
    }

    private static let htmlTags: [[UInt8]] = ["<html", "<body", "<p>", "<p ", "<div", "<article", "<h1", "<br"].map { Array($0.utf8) }

    /// Whether the text is plain text, told without building the lower-cased head: true when its first
    /// non-whitespace character is not "<" and none of the HTML tags occurs (ASCII case ignored) in the bytes of
    /// its first 4096 scalars. Nil when that cannot be settled exactly as `detectByCharacters` would (a tag found,
    /// or an unusual first character): the caller then asks that.
    ///
    /// Lower-casing maps no non-ASCII scalar to a tag's letters except the Kelvin sign to "k", which no tag has, so
    /// a tag the character-level search finds is also found here (the converse need not hold, hence nil).
    private static func plainTextByBytes(_ text: String) -> Bool? {
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar == " " || (0x09...0x0D).contains(scalar.value) { continue }
                if scalar == "<" { return nil }
                break
            }
            // A letter or other standalone non-space scalar starts the first non-whitespace character, which is
            // then no "<"; anything else (a combining mark after a space, a no-break space) is left to `Character`.
            guard StandaloneScalar.contains(scalar), !scalar.properties.isWhitespace else { return nil }
            break
        }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // The end of the first 4096 scalars, in bytes.
            var end = 0
            var scalarCount = 0
            while end < bytes.count, scalarCount < 4096 {
                if bytes[end] & 0xC0 != 0x80 { scalarCount += 1 }
                end += 1
            }
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            for index in 0..<end where bytes[index] == 0x3C {
                for tag in htmlTags where index + tag.count <= end {
                    var matches = true
                    for (offset, expected) in tag.enumerated() {
                        var actual = bytes[index + offset]
                        if actual >= 0x41 && actual <= 0x5A { actual += 0x20 }
                        if actual != expected { matches = false; break }
                    }
                    if matches { return nil }
                }
            }
            return true
        } ?? nil
    }

    static func detectByCharacters(_ text: String, pathExtension: String) -> ArticleFormat {
        let head = String(text.unicodeScalars.prefix(4096)).lowercased()
        let start = head.drop { $0.isWhitespace }
        if start.hasPrefix("<") {
            let rootName = firstElementName(in: head)
            if ["rss", "feed", "rdf:rdf"].contains(rootName) { return .feed }
            if rootName == "html" || head.contains("<!doctype html") { return .html }
            if start.hasPrefix("<?xml") {
                return ["html", "htm", "xhtml"].contains(pathExtension.lowercased()) ? .html : .feed
            }
            return .html
        }
        for tag in ["<html", "<body", "<p>", "<p ", "<div", "<article", "<h1", "<br"] where head.contains(tag) {
            return .html
        }
        return .plainText
    }

    /// The name of the first element in `text`, skipping the XML declaration, comments, processing
    /// instructions and the doctype.
    private static func firstElementName(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: close)...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return String(name)
        }
        return nil
    }
}
