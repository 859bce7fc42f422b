import KheshtText

/// "اختتامیه هجدهمین جشنواره ملی X … برگزار شد. جشنواره ملی X از ۱۰ تا ۱۲ اردیبهشت در اصفهان برپا بود": once a
/// numbered edition of a series no gazetteer knows has been named, the series' bare name in the report means that
/// edition — where and when it was held are the edition's. Known series (Fajr, Golden Brick) keep their own name:
/// the gazetteer says they are series, and what is said of them holds for every edition.
extension CoreferenceResolver {
    func linkSeriesNamesToTheReportedEdition(_ sentences: inout [SentenceAnalysis]) {
        // The first edition named of each unknown series, and where it was named.
        var editions: [String: (edition: Mention, sentence: Int)] = [:]
        var places = Set<String>()
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                if mention.entityType == .place { places.insert(Self.wordsKey(mention.label)) }
                for candidate in Self.attachmentChain(of: mention) where candidate.number != nil {
                    guard let series = candidate.attached?.value, series.known == nil, series.entityType?.isEvent == true,
                          series.referent.known == nil else { continue }
                    let key = Self.seriesKey(series.referent)
                    if editions[key] == nil { editions[key] = (candidate, s) }
                }
            }
        }
        guard !editions.isEmpty else { return }
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                guard mention.entityType?.isEvent == true, !mention.isAnaphoric, mention.known == nil, mention.number == nil,
                      mention.qualifier == nil, mention.antecedent == nil || mention.referent.number == nil else { continue }
                if let named = editions[Self.seriesKey(mention.referent)], named.sentence < s
                    || (named.sentence == s && named.edition.tokens.upperBound <= mention.tokens.lowerBound) {
                    sentences[s].mentions[m].antecedent = Box(named.edition)
                } else if let named = editions.first(where: { Self.isHosted(mention.label, series: $0.key, places: places) })?.value {
                    // "Hangzhou Asian Games" beside "the 19th Asian Games in Hangzhou": the edition held there,
                    // wherever the article names it (a headline too).
                    sentences[s].mentions[m].antecedent = Box(named.edition)
                }
            }
        }
    }

    /// Whether `label` is a series' name (`series`, a label key) with a place of the article before or after it.
    private static func isHosted(_ label: String, series: String, places: Set<String>) -> Bool {
        let words = label.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }
        for cut in 1..<max(1, words.count) {
            let (head, tail) = (words[..<cut].joined(separator: " "), words[cut...].joined(separator: " "))
            if places.contains(head), TextNormalizer.labelKey(words[cut...].joined(separator: " ")) == series { return true }
            if places.contains(tail), TextNormalizer.labelKey(words[..<cut].joined(separator: " ")) == series { return true }
        }
        return false
    }

    private static func wordsKey(_ label: String) -> String {
        label.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }.joined(separator: " ")
    }

    private static func seriesKey(_ series: Mention) -> String { TextNormalizer.labelKey(series.label) }
}

extension CoreferenceResolver {
    /// Whether a longer event name is a series' name with a place before or after it ("Hangzhou Asian Games",
    /// "المپیک توکیو"): the edition held there, not the series' full name. `places` are the names of the article.
    func namesAHostPlace(_ longer: Mention, beyond words: [String], places: [(mention: Mention, words: [String])]) -> Bool {
        let all = longer.label.split(separator: " ").map(String.init)
        let keys = all.map(TextNormalizer.labelKey), short = words.map(TextNormalizer.labelKey)
        guard keys.count > short.count else { return false }
        let extra: [String]
        if Array(keys.suffix(short.count)) == short { extra = Array(keys.prefix(keys.count - short.count)) }
        else if Array(keys.prefix(short.count)) == short { extra = Array(keys.suffix(keys.count - short.count)) }
        else { return false }
        let extraKey = extra.joined(separator: " ")
        return places.contains { $0.mention.entityType == .place
            && $0.mention.label.split(separator: " ").map({ TextNormalizer.labelKey(String($0)) }).joined(separator: " ") == extraKey }
    }
}
