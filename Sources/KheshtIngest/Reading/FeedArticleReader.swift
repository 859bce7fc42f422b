import CLibXML2
import KheshtText

/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds: each item or entry becomes one `Article`, numbered from 0 in
/// document order.
///
/// The XML is parsed offline without entity substitution or DTD loading (see `MarkupDocument.xml`): an external
/// entity such as `file:///etc/passwd` is never read, and an entity bomb yields an error or empty text, quickly.
/// HTML inside `description` / `content` is turned into paragraphs through the HTML parser.
///
/// Related spec: RSS 2.0 (cyber.harvard.edu/rss/rss.html), RFC 4287 (Atom).
public struct FeedArticleReader: Sendable {
    public init() {}

    public func read(_ xml: String, path: String) throws(ReadError) -> [Article] {
        let root: MarkupNode
        let document: MarkupDocument
        switch MarkupDocument.xml(xml) {
        case .document(let parsed):
            document = parsed
            guard let parsedRoot = parsed.root else {
                throw .malformedFeed(path: path, line: 1, column: 1, reason: "no root element")
            }
            root = parsedRoot
        case .failure(let line, let column, let message):
            throw .malformedFeed(path: path, line: line, column: column, reason: message)
        }
        defer { withExtendedLifetime(document) {} }

        switch root.name {
        case "rss", "rdf":
            let channel = root.elementChildren.first { $0.name == "channel" }
            let feedTitle = channel.flatMap { child($0, "title") }.map { plainText($0) }
            let items = root.descendants(limit: 1_000_000).filter { $0.name == "item" }
            return items.enumerated().map { index, item in
                rssArticle(item, feedTitle: feedTitle, source: ArticleSource(path: path, itemIndex: index))
            }
        case "feed":
            let feedTitle = child(root, "title").map { plainText($0) }
            let entries = root.elementChildren.filter { $0.name == "entry" }
            return entries.enumerated().map { index, entry in
                atomArticle(entry, feedTitle: feedTitle, source: ArticleSource(path: path, itemIndex: index))
            }
        default:
            throw .malformedFeed(path: path, line: 1, column: 1,
                                 reason: "root element <\(root.name)> is neither RSS <rss> nor Atom <feed>")
        }
    }

    private func rssArticle(_ item: MarkupNode, feedTitle: String?, source: ArticleSource) -> Article {
        var draft = ArticleDraft()
        draft.title = child(item, "title").map { plainText($0) } ?? ""
        let description = child(item, "description").map(\.rawText)
        let content = item.elementChildren.first {
            $0.name == "encoded" && $0.namespaceURI == "http://purl.org/rss/1.0/modules/content/"
        }.map(\.rawText)
        fillBody(&draft, summary: description, content: content)
        if let date = (child(item, "pubdate") ?? child(item, "date")).flatMap({ PublicationDateParser.parse($0.rawText) }) {
            draft.published = date
        }
        draft.url = child(item, "link").map { $0.rawText.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        let guid = child(item, "guid")?.rawText.trimmingWhitespace()
        if draft.url == nil, let guid, guid.hasPrefix("http") { draft.url = guid }
        draft.newsCode = newsCode(guid: guid, url: draft.url)
        draft.byline = (child(item, "creator") ?? child(item, "author")).map { plainText($0) }
        draft.outlet = feedTitle
        return draft.article(source: source)
    }

    private func atomArticle(_ entry: MarkupNode, feedTitle: String?, source: ArticleSource) -> Article {
        var draft = ArticleDraft()
        draft.title = child(entry, "title").map { atomText($0).joined(separator: " ") } ?? ""
        let summary = child(entry, "summary").map { atomText($0).joined(separator: "\n") }
        let content = child(entry, "content").map { atomText($0).joined(separator: "\n") }
        draft.paragraphs = (content ?? summary).map { $0.split(separator: "\n").map(String.init) } ?? []
        if content != nil, let summary, !summary.isEmpty,
           TextNormalizer.matchKey(summary) != TextNormalizer.matchKey(draft.paragraphs.first ?? "") {
            draft.lead = summary.replacingNewlines()
        }
        if let date = (child(entry, "published") ?? child(entry, "updated")).flatMap({ PublicationDateParser.parse($0.rawText) }) {
            draft.published = date
        }
        let links = entry.elementChildren.filter { $0.name == "link" }
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        draft.url = alternate?.attribute("href")
        let id = child(entry, "id")?.rawText.trimmingWhitespace()
        draft.newsCode = newsCode(guid: id, url: draft.url)
        draft.byline = child(entry, "author").flatMap { child($0, "name") }.map { plainText($0) }
        draft.outlet = feedTitle
        return draft.article(source: source)
    }

    /// Body from RSS description and content:encoded: the fuller one is the body; the description becomes the
    /// lead when the content is there too and does not start with it.
    private func fillBody(_ draft: inout ArticleDraft, summary: String?, content: String?) {
        let summaryParagraphs = summary.map(HTMLArticleReader.fragmentParagraphs) ?? []
        let contentParagraphs = content.map(HTMLArticleReader.fragmentParagraphs) ?? []
        if contentParagraphs.isEmpty {
            draft.paragraphs = summaryParagraphs
        } else {
            draft.paragraphs = contentParagraphs
            let summaryText = summaryParagraphs.joined(separator: " ")
            if !summaryText.isEmpty,
               !TextNormalizer.matchKey(contentParagraphs.joined(separator: " ")).hasPrefix(TextNormalizer.matchKey(summaryText)) {
                draft.lead = summaryText
            }
        }
    }

    /// Atom text constructs: `type="html"` is escaped HTML, `type="xhtml"` is a `<div>` of XHTML, else text.
    private func atomText(_ node: MarkupNode) -> [String] {
        switch node.attribute("type")?.lowercased() {
        case "html", "text/html":
            return HTMLArticleReader.fragmentParagraphs(node.rawText)
        case "xhtml", "application/xhtml+xml":
            return node.text().split(separator: "\n").map(String.init)
        default:
            return node.rawText.components(separatedByBlankLines: ())
        }
    }

    /// An element's text; escaped markup in it (titles sometimes carry `&lt;b&gt;`) is removed.
    private func plainText(_ node: MarkupNode) -> String {
        let raw = node.rawText
        if raw.contains("<") { return HTMLArticleReader.fragmentParagraphs(raw).joined(separator: " ") }
        return raw.replacingNewlines()
    }

    private func child(_ node: MarkupNode, _ name: String) -> MarkupNode? {
        node.elementChildren.first { $0.name == name }
    }

    /// A numeric guid is the outlet's news code; otherwise the number in the article's address.
    private func newsCode(guid: String?, url: String?) -> String? {
        if let guid, !guid.isEmpty, guid.count <= 20, guid.allSatisfy({ $0.isASCII && $0.isNumber }) { return guid }
        for candidate in [url, guid].compactMap({ $0 }) {
            if let code = HTMLArticleReader.newsCode(inURL: candidate) { return code }
        }
        return nil
    }
}

extension MarkupNode {
    /// The concatenated text and CDATA of this node's subtree, as is (entity references left out).
    var rawText: String {
        var out = ""
        var stack: [MarkupNode] = [self]
        var visited = 0
        while let node = stack.popLast(), visited < 1_000_000 {
            visited += 1
            if node.isText { out += node.content; continue }
            if node.isElement { stack.append(contentsOf: node.children.reversed()) }
        }
        return out
    }
}

extension String {
    /// The text with line breaks and whitespace runs folded to single spaces, trimmed.
    func replacingNewlines() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Paragraphs separated by blank lines, each with its inner line breaks folded.
    func components(separatedByBlankLines: Void = ()) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}
