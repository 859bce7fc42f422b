import KheshtText

/// A line of a news page or text file that states something about the article rather than being part of it:
/// "کد خبر: ۷۹۳۷۹۰", "تاریخ انتشار: ۱۲ آبان ۱۳۹۸ - ۱۰:۲۷", "Published: 3 November 2019", "By Jane Doe",
/// "منبع: ایسنا". Several fields may share a line, separated by "|".
enum MetadataField: Equatable {
    case newsCode(String)
    case published(PublicationDate)
    case byline(String)
    case outlet(String)
    case url(String)
    case title(String)
    case lead(String)
}

enum MetadataLine {
    private enum Kind { case newsCode, published, byline, outlet, url, title, lead }

    /// A label as a sequence of matching-key words, and whether a colon must follow it.
    private struct Label {
        let words: [String]
        let kind: Kind
        let needsColon: Bool
    }

    private static let labels: [Label] = {
        func make(_ kind: Kind, needsColon: Bool, _ texts: [String]) -> [Label] {
            texts.map { Label(words: TextNormalizer.matchKey($0).split(separator: " ").map(String.init),
                              kind: kind, needsColon: needsColon) }
        }
        let all = make(.newsCode, needsColon: false, [
            "کد خبر", "کدخبر", "کد مطلب", "شناسه خبر", "شماره خبر", "کد", "news id", "news code", "story code",
            "article id", "story id",
        ]) + make(.published, needsColon: false, [
            "تاریخ انتشار", "زمان انتشار", "تاریخ و ساعت انتشار", "تاریخ خبر", "تاریخ", "انتشار", "منتشر شده",
            "منتشرشده", "به‌روزرسانی", "published", "published on", "first published", "date", "posted",
            "posted on", "publication date", "updated", "last updated", "dated",
        ]) + make(.byline, needsColon: false, ["by", "written by"])
            + make(.byline, needsColon: true, ["نویسنده", "نوشته", "خبرنگار", "author", "reporter", "گزارش", "ترجمه"])
            + make(.outlet, needsColon: true, ["منبع", "source", "publisher", "ناشر", "outlet", "رسانه"])
            + make(.url, needsColon: true, ["url", "link", "لینک", "لینک خبر", "نشانی", "آدرس", "address"])
            + make(.title, needsColon: true, ["title", "headline", "عنوان", "تیتر"])
            + make(.lead, needsColon: true, ["lead", "summary", "خلاصه", "لید"])
        return all.sorted { $0.words.count > $1.words.count }
    }()

    private static let labelFirstWords = Set(labels.compactMap(\.words.first))

    private static let maximumLabelWords = labels.map(\.words.count).max() ?? 1

    /// The fields `line` states, or nil when it is not (wholly) a metadata line. `inHead` allows the unlabelled
    /// forms that are only metadata near the top of an article: a bare date line, a bare outlet name, a bare URL.
    static func fields(of line: String, inHead: Bool) -> [MetadataField]? {
        guard line.utf8.count <= 1_200 else { return nil }
        // The character count (a walk over the whole line) is checked last, for the few lines that are fields.
        guard let fields = fieldsOfShortLine(line, inHead: inHead), line.hasAtMost(300) else {
            return nil
        }
        return fields
    }

    private static func fieldsOfShortLine(_ line: String, inHead: Bool) -> [MetadataField]? {
        let parts: [String]
        if line.utf8.contains(byte: UInt8(ascii: "|")) {
            parts = line.split(separator: "|").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        } else {
            // No "|" scalar, so no "|" character: the line is one part.
            let trimmed = line.trimmingWhitespace()
            parts = trimmed.isEmpty ? [] : [trimmed]
        }
        guard !parts.isEmpty else { return nil }
        // Every part must be a field, except short free parts beside one ("News ID: 84095127 | Tehran, Nov 1, IRNA").
        var fields: [MetadataField] = []
        for part in parts {
            if let field = field(of: part, inHead: inHead) {
                fields.append(field)
            } else if parts.count > 1, PlainTextArticleReader.wordCount(part) <= 6 {
                continue
            } else {
                return nil
            }
        }
        return fields.isEmpty ? nil : fields
    }

    private static func isWordSeparator(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\t"
    }

    private static func field(of part: String, inHead: Bool) -> MetadataField? {
        // Only the first word decides whether a label may start the part; most lines are not labelled, so the
        // other words are split off only when it may. (`part` is trimmed: its first character is no separator.)
        let firstWordEnd = part.firstIndex(where: isWordSeparator) ?? part.endIndex
        var firstKey = TextNormalizer.matchKey(String(part[..<firstWordEnd]))
        if firstKey.hasSuffix(":") || firstKey.hasSuffix("：") { firstKey.removeLast() }
        let mayBeLabelled = labelFirstWords.contains(firstKey)
        if mayBeLabelled, let field = labelledField(of: part) { return field }
        return inHead ? unlabelledField(of: part) : nil
    }

    /// The field of a part that starts with a label ("کد خبر: ۷۹۳۷۹۰", "Published: 3 November 2019").
    private static func labelledField(of part: String) -> MetadataField? {
        // The label words, then the rest of the line as one piece (its spacing kept).
        let words = part.split(maxSplits: maximumLabelWords, whereSeparator: isWordSeparator).map(String.init)
        let keys = words.prefix(maximumLabelWords).map { TextNormalizer.matchKey($0) }
        for label in labels where label.words.count <= keys.count {
            var matched = true
            var colon = false
            for (index, labelWord) in label.words.enumerated() {
                var key = keys[index]
                if index == label.words.count - 1, key.hasSuffix(":") || key.hasSuffix("：") {
                    key.removeLast()
                    colon = true
                }
                if key != labelWord { matched = false; break }
            }
            guard matched else { continue }
            var rest = Array(words[label.words.count...])
            if !colon, let first = rest.first, first.hasPrefix(":") || first.hasPrefix("：") {
                colon = true
                rest[0] = String(first.dropFirst())
            }
            if label.needsColon && !colon { continue }
            let value = rest.joined(separator: " ").trimmingWhitespace()
            guard !value.isEmpty, let field = field(kind: label.kind, value: value, colon: colon) else { continue }
            return field
        }
        return nil
    }

    /// The unlabelled forms that are metadata at the top of an article: a bare URL, date or outlet name.
    private static func unlabelledField(of part: String) -> MetadataField? {
        if isURL(part) { return .url(part) }
        // A bare date line; a bracketed addition ("[ Last Update: ... ]") does not count against it. (Without a
        // "[" the split gives the part itself, already trimmed.)
        let datePart = part.utf8.contains(byte: UInt8(ascii: "["))
            ? part.split(separator: "[", maxSplits: 1).first.map { String($0).trimmingWhitespace() } ?? part
            : part
        if !datePart.isEmpty, PlainTextArticleReader.wordCount(datePart) <= 10,
           let date = PublicationDateParser.parse(datePart), date.jalali != nil || date.gregorian != nil {
            if coverage(of: date, in: datePart) >= 45 { return .published(date) }
        }
        if part.hasAtMost(40), let outlet = KnownOutlets.outlet(namedAtStartOf: part),
           [outlet.persian, outlet.english].contains(where: { TextNormalizer.labelKey($0) == TextNormalizer.labelKey(part) }) {
            return .outlet(part)
        }
        return nil
    }

    private static func field(kind: Kind, value: String, colon: Bool) -> MetadataField? {
        switch kind {
        case .newsCode:
            let digits = TextNormalizer.matchKey(value).filter { $0 != " " && $0 != "-" }
            guard !digits.isEmpty, digits.count <= 20, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return nil
            }
            return .newsCode(digits)
        case .published:
            // The date must be most of the value: "تاریخ ۱۲ آبان روز مهمی بود ..." is a sentence, not a field.
            guard let date = PublicationDateParser.parse(value), coverage(of: date, in: value) >= 40 else { return nil }
            return .published(date)
        case .byline:
            let count = value.split(separator: " ").count
            guard count <= 8 else { return nil }
            if !colon, !(value.first?.isUppercase ?? false) { return nil }
            return .byline(value)
        case .outlet:
            return value.count <= 80 ? .outlet(value) : nil
        case .url:
            return isURL(value) ? .url(value) : nil
        case .title:
            return .title(value)
        case .lead:
            return .lead(value)
        }
    }

    /// The percentage of `text` taken by the date and time strings found in it.
    private static func coverage(of date: PublicationDate, in text: String) -> Int {
        let covered = [date.rawJalali, date.rawGregorian, date.rawTime].compactMap { $0?.count }.reduce(0, +)
        return text.isEmpty ? 0 : covered * 100 / text.count
    }

    private static func isURL(_ text: String) -> Bool {
        (text.hasPrefix("http://") || text.hasPrefix("https://")) && !text.contains(" ") && text.count > 10
    }
}
