import KheshtText

/// "اختتامیه هجدهمین جشنواره ملی X … برگزار شد. جشنواره ملی X از ۱۰ تا ۱۲ اردیبهشت در اصفهان برپا بود": once a
/// numbered edition of a series no gazetteer knows has been named, the series' bare name in the report means that
/// edition — where and when it was held are the edition's. Known series (Fajr, Golden Brick) keep their own name:
/// the gazetteer says they are series, and what is said of them holds for every edition.
extension CoreferenceResolver {
    func linkSeriesNamesToTheReportedEdition(_ sentences: inout [SentenceAnalysis]) {
        var editions: [String: Mention] = [:]
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                if mention.entityType?.isEvent == true, !mention.isAnaphoric, mention.known == nil, mention.number == nil,
                   mention.qualifier == nil, mention.antecedent == nil || mention.referent.number == nil,
                   let edition = editions[Self.seriesKey(mention.referent)] {
                    sentences[s].mentions[m].antecedent = Box(edition)
                    continue
                }
                // Editions named here (the mention itself, or the edition a part belongs to).
                for candidate in Self.attachmentChain(of: mention) where candidate.number != nil {
                    guard let series = candidate.attached?.value, series.known == nil, series.entityType?.isEvent == true,
                          series.referent.known == nil else { continue }
                    let key = Self.seriesKey(series.referent)
                    if editions[key] == nil { editions[key] = candidate }
                }
            }
        }
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
