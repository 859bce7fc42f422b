import Foundation

/// What a page's `<head>` and structured data say about the article: Open Graph and `article:` meta tags,
/// Dublin Core, JSON-LD (`NewsArticle` and friends), `<link rel=canonical>`, `<time datetime>`, `<title>`.
struct PageMetadata {
    var title: String?
    var documentTitle: String?
    var siteName: String?
    var url: String?
    var author: String?
    var published: PublicationDate?

    /// Meta names that carry the publication time, best first.
    private static let dateNames = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "publishdate", "publish-date", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
        "dcterms.date", "sailthru.date", "parsely-pub-date", "date", "article:modified_time", "og:updated_time",
    ]

    init(elements: [MarkupNode]) {
        var metas: [String: String] = [:]
        var timeDatetime: String?
        var canonical: String?
        var jsonLD: [String: Any] = [:]
        for element in elements {
            switch element.name {
            case "meta":
                guard let content = element.attribute("content")?.trimmingWhitespace(), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = element.attribute(key)?.lowercased(), metas[name] == nil { metas[name] = content }
                }
            case "title":
                if documentTitle == nil { documentTitle = element.text().trimmingWhitespace() }
            case "link":
                if element.attribute("rel")?.lowercased() == "canonical" { canonical = element.attribute("href") }
            case "time":
                if timeDatetime == nil || element.attribute("pubdate") != nil || element.attribute("itemprop") == "datePublished" {
                    if let value = element.attribute("datetime"), !value.isEmpty { timeDatetime = value }
                }
            case "script":
                if element.attribute("type")?.lowercased() == "application/ld+json" {
                    let text = element.children.filter(\.isText).map(\.content).joined()
                    Self.collectJSONLD(text, into: &jsonLD)
                }
            default:
                break
            }
        }

        title = metas["og:title"] ?? metas["twitter:title"] ?? (jsonLD["headline"] as? String)
        siteName = metas["og:site_name"] ?? Self.name(jsonLD["publisher"]) ?? metas["application-name"]
        url = metas["og:url"] ?? canonical ?? (jsonLD["url"] as? String)
        author = metas["author"] ?? metas["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? Self.name(jsonLD["author"])
        let dateTexts = Self.dateNames.compactMap { metas[$0] } + [jsonLD["datePublished"] as? String, timeDatetime].compactMap { $0 }
        for text in dateTexts {
            guard let date = PublicationDateParser.parse(text) else { continue }
            published = published?.merged(with: date) ?? date
            if published?.gregorian != nil && published?.time != nil { break }
        }
    }

    /// Pulls `headline`, `datePublished`, `publisher`, `author` and `url` from the first JSON-LD object that has
    /// them (walking arrays and `@graph`). Malformed JSON is ignored: it is the page's problem, not the article's.
    private static func collectJSONLD(_ text: String, into result: inout [String: Any]) {
        guard text.utf8.count < 1_000_000, let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data) else { return }
        var stack: [Any] = [json]
        var visited = 0
        while let value = stack.popLast(), visited < 10_000 {
            visited += 1
            if let array = value as? [Any] {
                stack.append(contentsOf: array.reversed())
            } else if let object = value as? [String: Any] {
                for key in ["headline", "datePublished", "publisher", "author", "url"] where result[key] == nil {
                    if let found = object[key] { result[key] = found }
                }
                if let graph = object["@graph"] { stack.append(graph) }
            }
        }
    }

    /// A JSON-LD person or organization's name (`"X"`, `{"name": "X"}` or the first of an array).
    private static func name(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let array = value as? [Any] { return array.lazy.compactMap { name($0) }.first }
        return nil
    }
}
