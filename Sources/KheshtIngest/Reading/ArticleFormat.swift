/// The kinds of article file Khesht reads, told apart by their content (the extension only breaks ties).
public enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case html
    case feed

    /// The format of decoded text: a root `<rss>`, `<feed>` or `<rdf:RDF>` is a feed; a doctype, `<html>`,
    /// `<body>` or common block tags near the start make HTML; anything else is plain text.
    public static func detect(_ text: String, pathExtension: String = "") -> ArticleFormat {
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
