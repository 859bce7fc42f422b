import KheshtText

/// Iranian and international news outlets the readers recognise by name or web address, so that
/// "به گزارش تابناک تهران" and "tabnak.ir" both give the outlet "تابناک" (or "Tabnak" in an English article).
///
/// An outlet not listed here is still taken from the page (og:site_name, "به گزارش X،"), only not renamed.
enum KnownOutlets {
    struct Outlet {
        let persian: String
        let english: String
        let domains: [String]
        /// Other spellings: "خبرگزاری ایسنا", "ISNA" ...
        let aliases: [String]
    }

    static let all: [Outlet] = [
        Outlet(persian: "تابناک", english: "Tabnak", domains: ["tabnak.ir"], aliases: []),
        Outlet(persian: "ایسنا", english: "ISNA", domains: ["isna.ir"],
               aliases: ["خبرگزاری دانشجویان ایران", "Iranian Students' News Agency"]),
        Outlet(persian: "ایرنا", english: "IRNA", domains: ["irna.ir"],
               aliases: ["خبرگزاری جمهوری اسلامی", "Islamic Republic News Agency"]),
        Outlet(persian: "مهر", english: "Mehr News", domains: ["mehrnews.com"], aliases: ["Mehr News Agency", "Mehr", "MNA"]),
        Outlet(persian: "فارس", english: "Fars News", domains: ["farsnews.ir", "farsnews.com"],
               aliases: ["Fars News Agency", "Fars", "FNA"]),
        Outlet(persian: "تسنیم", english: "Tasnim", domains: ["tasnimnews.com"], aliases: ["Tasnim News Agency"]),
        Outlet(persian: "ایلنا", english: "ILNA", domains: ["ilna.ir", "ilna.news"], aliases: []),
        Outlet(persian: "ایبنا", english: "IBNA", domains: ["ibna.ir"], aliases: []),
        Outlet(persian: "باشگاه خبرنگاران جوان", english: "Young Journalists Club", domains: ["yjc.ir", "yjc.news"],
               aliases: ["YJC"]),
        Outlet(persian: "خبرآنلاین", english: "Khabar Online", domains: ["khabaronline.ir"], aliases: ["خبر آنلاین"]),
        Outlet(persian: "همشهری آنلاین", english: "Hamshahri Online", domains: ["hamshahrionline.ir"], aliases: []),
        Outlet(persian: "همشهری", english: "Hamshahri", domains: [], aliases: []),
        Outlet(persian: "شهرآرا", english: "Shahraranews", domains: ["shahraranews.ir"], aliases: []),
        Outlet(persian: "انتخاب", english: "Entekhab", domains: ["entekhab.ir"], aliases: []),
        Outlet(persian: "عصر ایران", english: "Asr Iran", domains: ["asriran.com"], aliases: []),
        Outlet(persian: "دنیای اقتصاد", english: "Donya-e-Eqtesad", domains: ["donya-e-eqtesad.com"], aliases: []),
        // The newspaper "ایران" is left out on purpose: its name is the country's, and "خبرگزاری دانشجویان ایران"
        // would credit it.
        Outlet(persian: "پرس تی وی", english: "Press TV", domains: ["presstv.ir", "presstv.com"], aliases: []),
        Outlet(persian: "تهران تایمز", english: "Tehran Times", domains: ["tehrantimes.com"], aliases: []),
        Outlet(persian: "بی‌بی‌سی فارسی", english: "BBC Persian", domains: ["bbc.com/persian"], aliases: []),
        Outlet(persian: "رویترز", english: "Reuters", domains: ["reuters.com"], aliases: []),
        Outlet(persian: "ای‌پی", english: "Associated Press", domains: ["apnews.com"], aliases: ["AP"]),
    ]

    /// One name or alias of an outlet with its matching keys and what the lookup asks of them, computed once.
    private struct Name {
        let outlet: Int
        let words: String
        let joined: String
        /// `words` followed by a space: the key of a text that goes on after the name.
        let wordsAndSpace: String
        let wordsFirst: Unicode.Scalar?
        let joinedFirst: Unicode.Scalar?
        let wordsCount: Int
        let joinedCount: Int
    }

    /// Every name and alias of every outlet with its matching keys, computed once.
    private static let names: [Name] = all.indices.flatMap { index in
        ([all[index].persian, all[index].english] + all[index].aliases).map { name -> Name in
            let words = TextNormalizer.matchKey(name)
            let joined = TextNormalizer.labelKey(name)
            return Name(outlet: index, words: words, joined: joined, wordsAndSpace: words + " ",
                        wordsFirst: words.unicodeScalars.first, joinedFirst: joined.unicodeScalars.first,
                        wordsCount: words.count, joinedCount: joined.count)
        }
    }

    /// The outlet whose name or alias the text starts with (whole words), longest name first.
    static func outlet(namedAtStartOf text: String) -> Outlet? {
        let words = TextNormalizer.matchKey(text)
        guard let first = words.unicodeScalars.first else { return nil }
        var joinedKey: String?
        var best: (outlet: Int, words: Int)?
        for name in names where name.wordsFirst == first || name.joinedFirst == first {
            var matches = words == name.words || words.hasPrefix(name.wordsAndSpace)
            if !matches, name.joinedCount >= 4 {
                if joinedKey == nil { joinedKey = TextNormalizer.labelKey(text) }
                matches = joinedKey == name.joined
            }
            if matches, name.wordsCount > (best?.words ?? 0) { best = (name.outlet, name.wordsCount) }
        }
        return best.map { all[$0.outlet] }
    }

    /// Characters that `outlet(mentionedIn:)` reads as spaces. Each is one scalar with no other canonical
    /// spelling, so a character is one of them exactly when it is that single scalar.
    private static let mentionSeparators: Set<Unicode.Scalar> = Set("()[]«»\"“”،,:|".unicodeScalars)

    private static func isMentionSeparator(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && mentionSeparators.contains(scalars.first!)
    }

    /// The outlet named anywhere in a short text ("خبرگزاری کار ایران (ایلنا)", "Tehran Times Culture Desk"):
    /// the longest name found at any word start, brackets and quotes ignored.
    static func outlet(mentionedIn text: String) -> Outlet? {
        let cleaned = String(text.map { isMentionSeparator($0) ? " " : $0 })
        let words = cleaned.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard words.count <= 12 else { return nil }
        var best: (Outlet, Int)?
        for start in words.indices {
            let tail = words[start...].joined(separator: " ")
            guard let outlet = outlet(namedAtStartOf: tail) else { continue }
            let tailKey = TextNormalizer.matchKey(tail)
            let length = names.filter { all[$0.outlet].english == outlet.english && (tailKey == $0.words
                || tailKey.hasPrefix($0.wordsAndSpace)) }.map(\.wordsCount).max() ?? 0
            if length > (best?.1 ?? 0) { best = (outlet, length) }
        }
        return best?.0
    }

    /// The outlet whose web address `url` is on.
    static func outlet(forURL url: String) -> Outlet? {
        let lowered = url.lowercased()
        guard let schemeEnd = lowered.range(of: "://") else { return nil }
        let rest = lowered[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        let hostAndPath = String(rest)
        for outlet in all {
            for domain in outlet.domains {
                if domain.contains("/") {
                    if hostAndPath.hasPrefix(domain) || hostAndPath.hasPrefix("www." + domain) { return outlet }
                } else if host == domain || host.hasSuffix("." + domain) {
                    return outlet
                }
            }
        }
        return nil
    }

    /// The outlet's name in the article's language.
    static func name(of outlet: Outlet, in language: ArticleLanguage) -> String {
        language == .persian ? outlet.persian : outlet.english
    }
}
