/// One news article as a reader found it: the original text, split into title, lead and body paragraphs, with
/// the facts about the article itself (outlet, news code, publication date) that its page or file states.
///
/// Extraction works on `fullText`; provenance spans are Unicode-scalar offsets into it, so they stay valid
/// whatever string index type a consumer uses. The text is kept as written (not normalized): normalization
/// happens downstream, and a span must point at what the reader of the source saw.
public struct Article: Sendable, Equatable {
    /// Where the article came from: the file, and the item's position when the file holds several (a feed).
    public let source: ArticleSource
    /// The headline. Empty when the source had none that could be told apart from the body.
    public let title: String
    /// A short line above the headline (the "روتیتر", e.g. "محسن هاشمی:"); kept but not part of `fullText`
    /// because it repeats the headline's speaker.
    public let kicker: String?
    /// The summary paragraph shown under or above the headline, when the source marks one.
    public let lead: String?
    /// The body paragraphs in order, original text, never empty strings.
    public let paragraphs: [String]
    /// "fa" or "en": the script most of the text is written in.
    public let language: ArticleLanguage
    /// The publisher ("تابناک", "Tabnak", "ایسنا"), as the page or text names it; nil when unknown.
    public let outlet: String?
    /// The outlet's own identifier of the article ("کد خبر: ۷۹۳۷۹۰" gives "793790", ASCII digits).
    public let newsCode: String?
    /// The publication date and time as stated by the source.
    public let published: PublicationDate?
    /// The article's address, when the source gives one.
    public let url: String?
    /// The byline ("By Jane Doe", "نویسنده: ..."), when given.
    public let byline: String?

    /// Title, lead and paragraphs joined with blank lines ("\n\n"); empty parts are left out.
    public let fullText: String
    /// Where each part starts in `fullText`, as Unicode-scalar offsets, in text order.
    private let sectionRanges: [(section: ArticleSection, range: Range<Int>)]

    public init(
        source: ArticleSource, title: String, kicker: String? = nil, lead: String? = nil, paragraphs: [String],
        language: ArticleLanguage, outlet: String? = nil, newsCode: String? = nil,
        published: PublicationDate? = nil, url: String? = nil, byline: String? = nil
    ) {
        self.source = source
        self.title = title
        self.kicker = kicker.flatMap { $0.isEmpty ? nil : $0 }
        self.lead = lead.flatMap { $0.isEmpty ? nil : $0 }
        self.paragraphs = paragraphs.filter { !$0.isEmpty }
        self.language = language
        self.outlet = outlet
        self.newsCode = newsCode
        self.published = published
        self.url = url
        self.byline = byline

        var parts: [(ArticleSection, String)] = []
        if !title.isEmpty { parts.append((.title, title)) }
        if let lead = self.lead { parts.append((.lead, lead)) }
        for (index, paragraph) in self.paragraphs.enumerated() { parts.append((.paragraph(index), paragraph)) }

        // Whole-string appends: appending scalar by scalar is far slower on multi-megabyte articles.
        var text = ""
        text.reserveCapacity(parts.reduce(0) { $0 + $1.1.utf8.count + 2 })
        var ranges: [(ArticleSection, Range<Int>)] = []
        var offset = 0
        for (index, (section, part)) in parts.enumerated() {
            if index > 0 {
                text += "\n\n"
                offset += 2
            }
            let length = part.unicodeScalars.count
            text += part
            ranges.append((section, offset..<(offset + length)))
            offset += length
        }
        self.fullText = text
        self.sectionRanges = ranges
    }

    /// The scalar range a part occupies in `fullText`; nil for a part the article does not have.
    public func scalarRange(of section: ArticleSection) -> Range<Int>? {
        sectionRanges.first { $0.section == section }?.range
    }

    /// The `fullText` offset of the scalar at `scalarOffset` inside body paragraph `paragraph`; nil when the
    /// paragraph does not exist or the offset lies past its end (an offset equal to its length is its end).
    public func fullTextOffset(paragraph: Int, scalarOffset: Int) -> Int? {
        fullTextOffset(in: .paragraph(paragraph), scalarOffset: scalarOffset)
    }

    /// The `fullText` offset of `scalarOffset` inside `section`.
    public func fullTextOffset(in section: ArticleSection, scalarOffset: Int) -> Int? {
        guard let range = scalarRange(of: section), scalarOffset >= 0, scalarOffset <= range.count else { return nil }
        return range.lowerBound + scalarOffset
    }

    /// The part of the article that a `fullText` offset falls in, and the offset inside that part; nil for the
    /// blank-line separators and offsets out of range.
    public func location(ofFullTextOffset offset: Int) -> (section: ArticleSection, scalarOffset: Int)? {
        for entry in sectionRanges where entry.range.contains(offset) {
            return (entry.section, offset - entry.range.lowerBound)
        }
        return nil
    }

    /// All parts in text order with their `fullText` scalar ranges.
    public var sections: [(section: ArticleSection, range: Range<Int>)] { sectionRanges }

    public static func == (lhs: Article, rhs: Article) -> Bool {
        lhs.source == rhs.source && lhs.title == rhs.title && lhs.kicker == rhs.kicker && lhs.lead == rhs.lead
            && lhs.paragraphs == rhs.paragraphs && lhs.language == rhs.language && lhs.outlet == rhs.outlet
            && lhs.newsCode == rhs.newsCode && lhs.published == rhs.published && lhs.url == rhs.url
            && lhs.byline == rhs.byline
    }
}

/// Where an article was read from.
public struct ArticleSource: Hashable, Sendable {
    /// The file path as given to the reader.
    public let path: String
    /// The article's position in the file: 0 for a single-article file, the item number (from 0) in a feed.
    public let itemIndex: Int

    public init(path: String, itemIndex: Int = 0) {
        self.path = path
        self.itemIndex = itemIndex
    }
}

/// A part of an article's `fullText`.
public enum ArticleSection: Hashable, Sendable {
    case title
    case lead
    /// A body paragraph by its index in `Article.paragraphs`.
    case paragraph(Int)
}

/// The language of an article, as an ISO 639-1 code usable as an RDF language tag.
public enum ArticleLanguage: String, Sendable, Hashable {
    case persian = "fa"
    case english = "en"
}
