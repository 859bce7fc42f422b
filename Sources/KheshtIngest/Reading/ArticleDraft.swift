/// What a reader has gathered about one article before the last common steps: guessing the language, settling
/// the outlet's name, and building the `Article` with its `fullText`. Every reader ends through here so the
/// three formats agree on those rules.
struct ArticleDraft {
    var title = ""
    var kicker: String?
    var lead: String?
    var paragraphs: [String] = []
    var outlet: String?
    var newsCode: String?
    var published: PublicationDate?
    var url: String?
    var byline: String?

    /// Applies a metadata field, keeping the first value of each kind (a page header comes before its footer).
    mutating func apply(_ field: MetadataField) {
        switch field {
        case .newsCode(let code): if newsCode == nil { newsCode = code }
        case .published(let date): published = published?.merged(with: date) ?? date
        case .byline(let text): if byline == nil { byline = text }
        case .outlet(let name): if outlet == nil { outlet = name }
        case .url(let address): if url == nil { url = address }
        case .title(let text): if title.isEmpty { title = text }
        case .lead(let text): if lead == nil { lead = text }
        }
    }

    /// The finished article. The outlet is, in order: the one the source names (renamed to its usual form when
    /// known), the one the text credits ("به گزارش تابناک،"), the one the URL is on.
    func article(source: ArticleSource) -> Article {
        let cleanTitle = title.trimmingWhitespace()
        let cleanLead = lead?.trimmingWhitespace()
        let cleanParagraphs = paragraphs.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let language = LanguageGuess.language(of: [cleanTitle, cleanLead ?? ""] + cleanParagraphs)

        var outletName: String?
        if let stated = outlet?.trimmingWhitespace(), !stated.isEmpty {
            let known = KnownOutlets.outlet(namedAtStartOf: stated) ?? KnownOutlets.outlet(mentionedIn: stated)
            outletName = known.map { KnownOutlets.name(of: $0, in: language) } ?? stated
        }
        if outletName == nil {
            outletName = OutletMention.outlet(in: [cleanLead].compactMap { $0 } + cleanParagraphs, language: language)
        }
        if outletName == nil, let byline, let known = KnownOutlets.outlet(mentionedIn: byline) {
            outletName = KnownOutlets.name(of: known, in: language)  // "By Tehran Times staff"
        }
        if outletName == nil, let url {
            outletName = KnownOutlets.outlet(forURL: url).map { KnownOutlets.name(of: $0, in: language) }
        }
        return Article(
            source: source, title: cleanTitle, kicker: kicker?.trimmingWhitespace(), lead: cleanLead,
            paragraphs: cleanParagraphs, language: language, outlet: outletName, newsCode: newsCode,
            published: published, url: url, byline: byline)
    }
}
