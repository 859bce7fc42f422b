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
