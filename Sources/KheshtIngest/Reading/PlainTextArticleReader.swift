/// Reads an article saved as plain text, in the shapes news text takes when copied from a site:
///
/// ```
/// محسن هاشمی:                                   ← kicker (a short line ending in a colon, before the title)
/// رئیس شورای اسلامی شهر تهران ...               ← lead (a long line before the title)
/// کد خبر: ۷۹۳۷۹۰                                ← metadata lines, in any order, anywhere near the top
/// تاریخ انتشار: ۱۲ آبان ۱۳۹۸ - ۱۰:۲۷ 03 November 2019
///
/// محسن هاشمی: در حوزه تاب‌آوری ...              ← title (the first short line among the first content lines)
///
/// به گزارش تابناک تهران، ...                    ← body paragraphs (blank-line separated, or one per line)
/// اشتراک گذاری / نظر شما / آخرین اخبار ...      ← site furniture: cut
/// ```
///
/// English text works the same way ("Title", "By Jane Doe", "Published: 3 November 2019", body). Nothing is
/// rewritten: paragraphs keep their original characters; only whitespace at their ends is trimmed and lines
/// broken inside a sentence are joined with a space.
public struct PlainTextArticleReader: Sendable {
    /// A title is at most this many words; longer lines are lead or body.
    static let titleMaximumWords = 35
    /// Content lines (after metadata is set aside) in which the title is looked for.
    static let titleSearchLines = 4
    /// Non-blank lines at the top in which unlabelled metadata (a bare date, a bare outlet name) is recognised.
    static let headLines = 12

    public init() {}

    /// The article in `text`; `path` names the source in the article and in errors.
    public func read(_ text: String, path: String, itemIndex: Int = 0) -> Article {
        draft(from: text).article(source: ArticleSource(path: path, itemIndex: itemIndex))
    }

    /// One line of the file once metadata and furniture are set aside.
    private enum Line {
        case content(String)
        /// A blank line or stray furniture: separates blocks.
        case separator
        /// A metadata line (set aside into the draft): separates blocks too.
        case metadata
    }

    func draft(from text: String) -> ArticleDraft {
        var draft = ArticleDraft()
        let rawLines = Self.lines(of: text).map { $0.trimmingWhitespace() }

        var lines: [Line] = []
        var nonBlankSeen = 0
        var longLineSeen = false
        for raw in rawLines {
            guard !raw.isEmpty else { lines.append(.separator); continue }
            nonBlankSeen += 1
            let inHead = nonBlankSeen <= Self.headLines
            if let fields = MetadataLine.fields(of: raw, inHead: inHead) {
                fields.forEach { draft.apply($0) }
                lines.append(.metadata)
                continue
            }
            // The site furniture ends the article once some body text has been seen.
            if longLineSeen, PageFurniture.isEndMarker(raw) { break }
            if PageFurniture.isStray(raw) { lines.append(.separator); continue }
            if Self.wordCount(raw) >= 12 { longLineSeen = true }
            lines.append(.content(raw))
        }

        let contentLines = lines.compactMap { line -> String? in
            if case .content(let text) = line { return text }
            return nil
        }
        // Title, kicker and lead among the first content lines.
        var bodyStart = 0
        if draft.title.isEmpty {
            var kicker: String?
            var lead: String?
            for (index, line) in contentLines.prefix(Self.titleSearchLines).enumerated() {
                let isShort = Self.wordCount(line) <= Self.titleMaximumWords && line.hasAtMost(250)
                if isShort, line.hasSuffix(":") || line.hasSuffix("："), kicker == nil, lead == nil,
                   index + 1 < contentLines.count {
                    kicker = line
                } else if isShort, !Self.endsSentence(line) || Self.wordCount(line) <= 12 {
                    // A headline after a lead paragraph only in the metadata-between layout of news sites;
                    // otherwise the short line is a subheading inside the body.
                    if lead != nil, draft.newsCode == nil, draft.published == nil { break }
                    draft.title = line
                    bodyStart = index + 1
                    break
                } else if lead == nil, draft.lead == nil {
                    lead = line
                } else {
                    break
                }
            }
            if draft.title.isEmpty {
                // No headline told apart: everything is body, the kicker and lead included.
                bodyStart = 0
            } else {
                draft.kicker = kicker
                if draft.lead == nil { draft.lead = lead }
                // "Line / metadata / headline / body", the layout of Tabnak-style pages: the headline is the
                // headline-like line after the date and news code. The line above them is the outlet's masthead
                // when it is a few words or names a known outlet ("خبرگزاری مهر", "Iran Daily"), otherwise the
                // kicker printed above the headline.
                if bodyStart == 1, kicker == nil, lead == nil,
                   Self.isFollowedByMetadata(contentIndex: 0, in: lines), contentLines.count >= 3,
                   Self.isTitleLike(contentLines[1]), Self.standsAlone(contentIndex: 1, in: lines) {
                    let first = draft.title
                    let words = Self.wordCount(first)
                    if words <= 4 || (words <= 6 && KnownOutlets.outlet(mentionedIn: first) != nil) {
                        if draft.outlet == nil { draft.outlet = first }
                    } else {
                        draft.kicker = first
                    }
                    draft.title = contentLines[1]
                    bodyStart = 2
                }
                // "Title / lead / metadata / body": a single line between the title and a metadata line is the
                // lead, as sites print it above the date and news code.
                if draft.lead == nil, bodyStart < contentLines.count, Self.isFollowedByMetadata(
                    contentIndex: bodyStart, in: lines), Self.wordCount(contentLines[bodyStart]) >= 8 {
                    draft.lead = contentLines[bodyStart]
                    bodyStart += 1
                }
            }
        } else {
            bodyStart = contentLines.firstIndex(of: draft.title).map { $0 + 1 } ?? 0
        }

        // Body: the lines after the title, grouped into paragraphs.
        var bodyLines: [Line] = []
        var seen = 0
        for line in lines {
            if case .content(let text) = line {
                seen += 1
                if seen <= bodyStart { continue }
                bodyLines.append(.content(text))
            } else if seen > bodyStart {
                bodyLines.append(line)
            }
        }
        draft.paragraphs = Self.paragraphs(of: bodyLines)
        return draft
    }

    /// A headline: at most `titleMaximumWords` words and 250 characters, not ending like a sentence.
    static func isTitleLike(_ line: String) -> Bool {
        wordCount(line) <= titleMaximumWords && line.hasAtMost(250) && !endsSentence(line)
    }

    /// Whether the content line number `contentIndex` is followed by a blank line, metadata or the end, rather
    /// than running on into the next line as a wrapped paragraph does.
    private static func standsAlone(contentIndex: Int, in lines: [Line]) -> Bool {
        var seen = -1
        for (position, line) in lines.enumerated() {
            guard case .content = line else { continue }
            seen += 1
            if seen == contentIndex {
                guard position + 1 < lines.count else { return true }
                if case .content = lines[position + 1] { return false }
                return true
            }
        }
        return false
    }

    /// Whether the content line number `contentIndex` is directly followed (blank lines aside) by metadata.
    private static func isFollowedByMetadata(contentIndex: Int, in lines: [Line]) -> Bool {
        var seen = -1
        var afterTarget = false
        for line in lines {
            switch line {
            case .content:
                if afterTarget { return false }
                seen += 1
                if seen == contentIndex { afterTarget = true }
            case .metadata:
                if afterTarget { return true }
            case .separator:
                continue
            }
        }
        return false
    }

    /// Groups lines into paragraphs. Files that separate paragraphs with blank lines may wrap long lines;
    /// such a line is joined to the next when it does not end a sentence. Files without blank lines have one
    /// paragraph per line.
    private static func paragraphs(of lines: [Line]) -> [String] {
        let usesBlankLines = lines.contains { if case .content = $0 { return false } else { return true } }
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for line in lines {
            switch line {
            case .separator, .metadata:
                flush()
            case .content(let text):
                current.append(text)
                if !usesBlankLines || endsSentence(text) { flush() }
            }
        }
        flush()
        return mergingFragments(paragraphs)
    }

    /// Joins a sentence end that a blank line cut off ("... انتخاب شده" + "است.") back to its paragraph.
    private static func mergingFragments(_ paragraphs: [String]) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            if let previous = result.last, !endsSentence(previous), wordCount(paragraph) <= 3,
               endsSentence(paragraph), wordCount(previous) >= 8 {
                result[result.count - 1] = previous + " " + paragraph
            } else {
                result.append(paragraph)
            }
        }
        return result
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let separates = scalar == " " || scalar == "\u{00A0}" || scalar == "\t"
            if !separates && !inWord { count += 1 }
            inWord = !separates
        }
        return count
    }

    /// Whether the text ends like a sentence: ".", "!", "?", "؟", "…", possibly inside closing quotes.
    static func endsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard var last = trimmed.last else { return false }
        // "At least two characters" is asked from the end: counting them all would walk the whole paragraph.
        let lastStart = trimmed.index(before: trimmed.endIndex)
        if "»\"'”)".contains(last), lastStart != trimmed.startIndex {
            last = trimmed[trimmed.index(before: lastStart)]
        }
        return ".!?؟…".contains(last)
    }

    /// The lines of `text`, split where `Character.isNewline` is true (LF, VT, FF, CR, CR LF, NEL, LS, PS), empty
    /// lines kept, as `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` gives them. Those
    /// scalars always stand as characters of their own (CR LF as one), so scanning UTF-8 finds the same breaks.
    static func lines(of text: String) -> [String] {
        func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
            var lines: [String] = []
            var lineStart = 0
            var index = 0
            func line(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            while index < bytes.count {
                var separatorLength = 0
                switch bytes[index] {
                case 0x0A, 0x0B, 0x0C:
                    separatorLength = 1
                case 0x0D:
                    separatorLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                case 0xC2:
                    if index + 1 < bytes.count, bytes[index + 1] == 0x85 { separatorLength = 2 }
                case 0xE2:
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        separatorLength = 3
                    }
                default:
                    break
                }
                if separatorLength > 0 {
                    lines.append(line(lineStart..<index))
                    index += separatorLength
                    lineStart = index
                } else {
                    index += 1
                }
            }
            lines.append(line(lineStart..<bytes.count))
            return lines
        }
        return text.utf8.withContiguousStorageIfAvailable(split) ?? Array(text.utf8).withUnsafeBufferPointer(split)
    }
}
