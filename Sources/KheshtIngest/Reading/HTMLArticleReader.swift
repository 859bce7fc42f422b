import Foundation
import KheshtText

/// Reads the article out of a news web page through libxml2's HTML parser.
///
/// - Title: `og:title`, else JSON-LD `headline`, else the first `<h1>`, else `<title>`; a trailing " | Site"
///   naming the outlet is cut.
/// - Body: the `<article>` element with the most paragraph text, else the element whose direct `<p>` children
///   hold the most text; navigation, header, footer, aside, forms, comments, share boxes, scripts and styles
///   are dropped.
/// - Date: `article:published_time` and similar meta tags, JSON-LD `datePublished`, `<time datetime>`, and
///   the visible "تاریخ انتشار: ..." text (which adds the Jalali date a meta tag lacks).
/// - Outlet: `og:site_name`, JSON-LD publisher, else the body's "به گزارش X،", else the address.
public struct HTMLArticleReader: Sendable {
    public init() {}

    /// The article of the page in `html`; throws `ReadError.noArticleFound` for a page with neither title
    /// nor paragraph text.
    public func read(_ html: String, path: String, itemIndex: Int = 0) throws(ReadError) -> Article {
        guard let document = MarkupDocument.html(html), let root = document.root else {
            throw .noArticleFound(path: path)
        }
        // The nodes point into the document: keep it alive until the draft is built.
        defer { withExtendedLifetime(document) {} }
        let draft = Self.draft(root: root)
        guard !draft.title.isEmpty || !draft.paragraphs.isEmpty else { throw .noArticleFound(path: path) }
        return draft.article(source: ArticleSource(path: path, itemIndex: itemIndex))
    }

    // MARK: - Dropping what is not the article

    private static let droppedTags: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "option", "textarea", "input", "template", "object", "embed", "canvas", "menu", "dialog", "head",
    ]
    private static let droppedWords: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "sidebar", "menu", "nav", "navbar",
        "navigation", "breadcrumb", "breadcrumbs", "footer", "advert", "advertisement", "ads", "ad", "banner",
        "popup", "cookie", "newsletter", "subscribe", "widget", "tags", "tag", "latest", "popular", "mostviewed",
        "recommended", "promo", "sponsored", "toolbar", "print", "pagination", "author-box", "byline-box",
    ]

    /// Whether a subtree is page furniture.
    static func isFurniture(_ node: MarkupNode) -> Bool {
        if droppedTags.contains(node.name) { return true }
        if let role = node.attribute("role"), ["navigation", "banner", "contentinfo", "complementary"].contains(role) {
            return true
        }
        if node.name == "article" || node.name == "body" || node.name == "main" { return false }
        return node.classAndIDWords.contains { droppedWords.contains($0) }
    }

    /// Furniture as above, but keeping `<header>` (an article's own header holds its title and date).
    private static func isFurnitureOutsideHeadings(_ node: MarkupNode) -> Bool {
        node.name != "header" && isFurniture(node)
    }

    // MARK: - Reading

    private static let leadWords: Set<String> = ["lead", "summary", "introtext", "intro", "subtitle", "abstract", "teaser", "standfirst", "lid"]
    private static let kickerWords: Set<String> = ["rutitr", "rotitr", "kicker", "overline", "uptitle", "pretitle", "supertitle"]

    static func draft(root: MarkupNode) -> ArticleDraft {
        var draft = ArticleDraft()
        let elements = root.descendants()
        let meta = PageMetadata(elements: elements)

        // Body container and its paragraphs.
        let container = bodyContainer(root: root)
        var paragraphs: [String] = []
        var lead: String?
        var kicker: String?
        var headings: [String] = []
        if let container {
            let blocks = container.descendants(skipping: isFurnitureOutsideHeadings)
            var consumed = Set<UnsafeMutableRawPointer>()
            for block in blocks {
                if isInside(block, consumed) { continue }
                let words = Set(block.classAndIDWords)
                if block.name == "h1" {
                    headings.append(block.text(skipping: isFurniture))
                    consumed.insert(UnsafeMutableRawPointer(block.pointer))
                    continue
                }
                if lead == nil, !words.isDisjoint(with: leadWords), ["p", "div", "h2", "h3", "h4", "span"].contains(block.name) {
                    let text = block.text(skipping: isFurniture)
                    if !text.isEmpty { lead = text.replacingOccurrences(of: "\n", with: " ") }
                    consumed.insert(UnsafeMutableRawPointer(block.pointer))
                    continue
                }
                if kicker == nil, !words.isDisjoint(with: kickerWords) {
                    let text = block.text(skipping: isFurniture)
                    if !text.isEmpty { kicker = text.replacingOccurrences(of: "\n", with: " ") }
                    consumed.insert(UnsafeMutableRawPointer(block.pointer))
                    continue
                }
                guard ["p", "h2", "h3", "h4", "h5", "blockquote", "pre", "li"].contains(block.name) else { continue }
                if block.name == "blockquote", block.descendants().contains(where: { $0.name == "p" }) { continue }
                if block.name == "li", block.parent.map({ isFurniture($0) }) ?? false { continue }
                consumed.insert(UnsafeMutableRawPointer(block.pointer))
                // A <p> full of <br>s is several paragraphs.
                for piece in block.text(skipping: isFurniture).split(separator: "\n") {
                    paragraphs.append(String(piece))
                }
            }
            if paragraphs.isEmpty {
                paragraphs = container.text(skipping: isFurniture).split(separator: "\n").map(String.init)
            }
        }

        // Metadata lines and furniture that sit among the paragraphs.
        var body: [String] = []
        var longSeen = false
        for paragraph in paragraphs {
            if let fields = MetadataLine.fields(of: paragraph, inHead: !longSeen) {
                fields.forEach { draft.apply($0) }
                continue
            }
            if longSeen, PageFurniture.isEndMarker(paragraph) { break }
            if PageFurniture.isStray(paragraph) { continue }
            if PlainTextArticleReader.wordCount(paragraph) >= 12 { longSeen = true }
            body.append(paragraph)
        }

        // Visible metadata ("کد خبر: ...", "تاریخ انتشار: ..."): the article's own first, then the rest of the
        // page without its furniture (a site header's "today's date" is not the publication date).
        let articleElements = container.map { $0.descendants() } ?? []
        let pageElements = root.descendants(skipping: isFurniture)
        for text in visibleShortTexts(articleElements) + visibleShortTexts(pageElements) {
            if let fields = MetadataLine.fields(of: text, inHead: false) {
                fields.forEach { draft.apply($0) }
            }
        }

        let outlet = meta.siteName
        var title = meta.title ?? headings.first ?? firstHeading(elements) ?? meta.documentTitle ?? ""
        title = strippingSiteName(from: title, siteName: outlet)
        if draft.title.isEmpty || meta.title != nil { draft.title = title }
        if let first = body.first, TextNormalizer.matchKey(first) == TextNormalizer.matchKey(draft.title) {
            body.removeFirst()
        }
        draft.paragraphs = body
        draft.lead = draft.lead ?? lead
        draft.kicker = kicker
        draft.outlet = outlet ?? draft.outlet
        draft.url = meta.url ?? draft.url
        draft.byline = meta.author ?? draft.byline
        if let published = meta.published {
            draft.published = published.merged(with: draft.published)
        }
        if draft.newsCode == nil, let url = draft.url { draft.newsCode = newsCode(inURL: url) }
        return draft
    }

    private static func isInside(_ node: MarkupNode, _ consumed: Set<UnsafeMutableRawPointer>) -> Bool {
        var current = node.parent
        while let ancestor = current {
            if consumed.contains(UnsafeMutableRawPointer(ancestor.pointer)) { return true }
            current = ancestor.parent
        }
        return false
    }

    /// The element holding the article text: the `<article>` (or `itemprop=articleBody`) with the most paragraph
    /// text, else the element whose own `<p>` children hold the most text, else `<body>`.
    private static func bodyContainer(root: MarkupNode) -> MarkupNode? {
        let elements = root.descendants(skipping: isFurniture)
        let marked = elements.filter {
            $0.name == "article" || $0.attribute("itemprop") == "articleBody" || $0.name == "main"
        }
        let articles = marked.filter { $0.name == "article" || $0.attribute("itemprop") == "articleBody" }
        if let best = (articles.isEmpty ? marked : articles).max(by: { paragraphText($0) < paragraphText($1) }),
           paragraphText(best) > 0 {
            return best
        }
        var best: (MarkupNode, Int)?
        for element in elements {
            let length = element.elementChildren.filter { $0.name == "p" && !isFurniture($0) }
                .reduce(0) { $0 + $1.textByteCount(skipping: isFurniture) }
            if length > (best?.1 ?? 0) { best = (element, length) }
        }
        return best?.0 ?? elements.first { $0.name == "body" } ?? root
    }

    private static func paragraphText(_ node: MarkupNode) -> Int {
        node.descendants(skipping: isFurniture).filter { $0.name == "p" }
            .reduce(0) { $0 + $1.textByteCount(skipping: isFurniture) }
    }

    private static func firstHeading(_ elements: [MarkupNode]) -> String? {
        elements.first { $0.name == "h1" }.map { $0.text(skipping: isFurniture).replacingOccurrences(of: "\n", with: " ") }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Short texts of elements that pages use for dates and codes ("<span class=date>", "<div>کد خبر: ...</div>").
    private static func visibleShortTexts(_ elements: [MarkupNode]) -> [String] {
        var texts: [String] = []
        for element in elements.prefix(20_000) where ["div", "span", "p", "li", "time", "small", "td", "em", "strong"].contains(element.name) {
            if element.descendants(limit: 40).count >= 40 { continue }
            // 160 Persian or Latin characters take at most about 320 UTF-8 bytes (plus markup whitespace):
            // longer blocks are skipped unread.
            if element.textByteCount() > 700 { continue }
            let text = element.text(skipping: { ["script", "style"].contains($0.name) })
            guard !text.isEmpty, text.count <= 160 else { continue }
            texts.append(contentsOf: text.split(separator: "\n").map(String.init))
        }
        return texts
    }

    /// "عنوان خبر - تابناک" → "عنوان خبر" when the part cut off names the site.
    static func strippingSiteName(from title: String, siteName: String?) -> String {
        let title = title.replacingOccurrences(of: "\n", with: " ").trimmingWhitespace()
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = String(title[range.upperBound...])
            let head = String(title[..<range.lowerBound]).trimmingWhitespace()
            let tailKey = TextNormalizer.labelKey(tail)
            let namesSite = siteName.map { TextNormalizer.labelKey($0).contains(tailKey) || tailKey.contains(TextNormalizer.labelKey($0)) } ?? false
            if !head.isEmpty, namesSite || KnownOutlets.outlet(namedAtStartOf: tail) != nil {
                return head
            }
        }
        return title
    }

    /// The numeric article id in addresses like ".../news/793790/..." or "/fa/news/793790".
    static func newsCode(inURL url: String) -> String? {
        let parts = url.split(separator: "/")
        for (index, part) in parts.enumerated() where ["news", "fa", "en", "story", "article", "doc"].contains(part.lowercased()) {
            if index + 1 < parts.count {
                let next = parts[index + 1]
                if next.count >= 3, next.allSatisfy({ $0.isASCII && $0.isNumber }) { return String(next) }
            }
        }
        return nil
    }
}

extension HTMLArticleReader {
    /// The paragraphs of an HTML fragment (a feed item's description): one per block element or `<br>` line,
    /// scripts and styles dropped.
    static func fragmentParagraphs(_ html: String) -> [String] {
        guard html.contains("<") || html.contains("&") else { return html.components(separatedByBlankLines: ()) }
        guard let document = MarkupDocument.html(html), let root = document.root else { return [] }
        return withExtendedLifetime(document) {
            root.text(skipping: { ["script", "style", "noscript", "iframe"].contains($0.name) })
                .split(separator: "\n").map(String.init)
        }
    }
}
