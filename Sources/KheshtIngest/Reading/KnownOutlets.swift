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
        Outlet(persian: "مهر", english: "Mehr News", domains: ["mehrnews.com"], aliases: ["Mehr News Agency", "Mehr"]),
        Outlet(persian: "فارس", english: "Fars News", domains: ["farsnews.ir", "farsnews.com"],
               aliases: ["Fars News Agency", "Fars"]),
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
        Outlet(persian: "ایران", english: "Iran Newspaper", domains: ["irannewspaper.ir"], aliases: []),
        Outlet(persian: "پرس تی وی", english: "Press TV", domains: ["presstv.ir", "presstv.com"], aliases: []),
        Outlet(persian: "تهران تایمز", english: "Tehran Times", domains: ["tehrantimes.com"], aliases: []),
        Outlet(persian: "بی‌بی‌سی فارسی", english: "BBC Persian", domains: ["bbc.com/persian"], aliases: []),
        Outlet(persian: "رویترز", english: "Reuters", domains: ["reuters.com"], aliases: []),
        Outlet(persian: "ای‌پی", english: "Associated Press", domains: ["apnews.com"], aliases: ["AP"]),
    ]

    /// The outlet whose name or alias the text starts with (whole words), longest name first.
    static func outlet(namedAtStartOf text: String) -> Outlet? {
        let key = TextNormalizer.labelKey(text)
        let words = TextNormalizer.matchKey(text)
        var best: (Outlet, Int)?
        for outlet in all {
            for name in [outlet.persian, outlet.english] + outlet.aliases {
                let nameWords = TextNormalizer.matchKey(name)
                let startsWithWords = words == nameWords || words.hasPrefix(nameWords + " ")
                let startsJoined = TextNormalizer.labelKey(name).count >= 4 && key == TextNormalizer.labelKey(name)
                if startsWithWords || startsJoined, nameWords.count > (best?.1 ?? 0) {
                    best = (outlet, nameWords.count)
                }
            }
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
