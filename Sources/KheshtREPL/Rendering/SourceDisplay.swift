import KheshtGraph
import KheshtQuery

/// One line per source: where a row's fact was read.
///
/// `«headline» khr:article/tabnak-793790 · sentence 3 · chars 120–145 · rule award-conferral · 0.90`; the mentions of
/// one fact in one article by one rule share a line (`sentences 0, 1, 4 · chars 0–11 +2 more`), because a place named
/// five times in an article is one piece of evidence to a reader, not five.
struct SourceDisplay {
    let headlines: [IRI: String]
    let terms: TermDisplay

    func line(_ source: Source) -> String {
        line([source])
    }

    /// The sources grouped by fact, article, rule and confidence, in the order first seen.
    func grouped(_ sources: [Source]) -> [[Source]] {
        struct Key: Hashable { let fact: Triple; let article: IRI; let rule: String; let confidence: Double }
        var order: [Key] = []
        var groups: [Key: [Source]] = [:]
        for source in sources {
            let key = Key(fact: source.fact, article: source.article, rule: source.ruleId, confidence: source.confidence)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(source)
        }
        return order.map { groups[$0]! }
    }

    /// One line for a group of mentions of the same fact in one article by one rule (see `grouped`).
    func line(_ group: [Source]) -> String {
        let source = group[0]
        var parts: [String] = []
        let article = TermDisplay.compactIRI(source.article)
        if let headline = headlines[source.article] {
            parts.append("«\(BidiIsolation.isolate(TermDisplay.singleLine(headline)))» \(article)")
        } else {
            parts.append(article)
        }
        if group.count == 1 {
            parts.append("sentence \(source.sentenceIndex)")
        } else {
            var sentences: [Int] = []
            for s in group where !sentences.contains(s.sentenceIndex) { sentences.append(s.sentenceIndex) }
            parts.append((sentences.count == 1 ? "sentence " : "sentences ") + sentences.map(String.init).joined(separator: ", "))
        }
        parts.append("chars \(source.charStart)–\(source.charEnd)" + (group.count > 1 ? " +\(group.count - 1) more" : ""))
        if !source.ruleId.isEmpty { parts.append("rule \(source.ruleId)") }
        parts.append(String(format2(source.confidence)))
        return parts.joined(separator: " · ")
    }

    /// The fact as subject / property / object, each by its display name.
    func fact(_ source: Source) -> String {
        let property = OntologyTerms.standard.shortName(source.fact.predicate)
        return "\(terms.cell(source.fact.subject)) \(property) \(terms.cell(source.fact.object))"
    }

    /// Compact text for CSV/TSV cells: `article#sentence:start-end@rule`, several joined by "; ".
    func compact(_ sources: [Source]) -> String {
        sources.map { "\($0.article.value)#\($0.sentenceIndex):\($0.charStart)-\($0.charEnd)\($0.ruleId.isEmpty ? "" : "@" + $0.ruleId)" }
            .joined(separator: "; ")
    }

    private func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
