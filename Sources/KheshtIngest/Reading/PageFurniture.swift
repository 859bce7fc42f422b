import KheshtText

/// The page furniture that text copied from a news site drags along: share buttons, the comment form, "latest
/// news" lists. None of it is article content.
enum PageFurniture {
    /// Lines that end the article: everything after them is the site around it.
    private static let endMarkers: Set<String> = keys([
        "اشتراک گذاری", "اشتراک‌گذاری", "اشتراک بگذارید", "به اشتراک بگذارید", "نظر شما", "نظرات", "نظرات کاربران",
        "ارسال نظر", "آخرین اخبار", "اخبار مرتبط", "مطالب مرتبط", "خبرهای مرتبط", "برچسب ها", "برچسب‌ها",
        "کلیدواژه ها", "کلید واژه ها", "کلمات کلیدی", "تگ ها", "پربازدیدترین ها", "پربحث ترین ها",
        "پربیننده ترین ها", "لینک کوتاه", "نسخه چاپی", "ارسال به دوستان", "share", "share this", "share this article",
        "comments", "leave a comment", "leave a reply", "related", "related articles", "related news",
        "related stories", "read more", "latest news", "most read", "most popular", "tags", "your comment",
    ])

    /// Lines dropped wherever they stand (form labels, lone buttons).
    private static let strayLines: Set<String> = keys([
        "نام", "ایمیل", "نظر", "پست الکترونیک", "چاپ", "print", "email", "e-mail", "name", "comment", "advertisement",
        "تبلیغات", "بازگشت", "back", "top", "منبع",
    ])

    private static func keys(_ lines: [String]) -> Set<String> { Set(lines.map(key)) }

    /// A line's key with its bullets, stars, colons and spaces removed, so "* نظر:" and "نظر" meet.
    private static func key(_ line: String) -> String {
        String(TextNormalizer.labelKey(line).unicodeScalars.filter {
            !"*:：•·|-–—»«>".unicodeScalars.contains($0) && !$0.properties.isWhitespace
        })
    }

    /// Whether `line` starts the trailing site furniture.
    static func isEndMarker(_ line: String) -> Bool {
        line.utf8.count <= 160 && line.hasAtMost(40) && endMarkers.contains(key(line))
    }

    /// Whether `line` is a stray piece of furniture: a form label, or punctuation alone ("* :").
    static func isStray(_ line: String) -> Bool {
        guard line.utf8.count <= 120, line.hasAtMost(30) else { return false }
        let key = key(line)
        if key.isEmpty { return !line.isEmpty }
        return strayLines.contains(key) && (line.contains(":") || line.contains("：") || key.count <= 8)
    }
}
