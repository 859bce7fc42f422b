import KheshtGraph
import KheshtQuery

/// One line per source: where a row's fact was read.
///
/// `«headline» <article IRI> · sentence 3 · chars 120–145 · rule award-conferral · 0.90`
struct SourceDisplay {
    let headlines: [IRI: String]
    let terms: TermDisplay

    func line(_ source: Source) -> String {
        var parts: [String] = []
        if let headline = headlines[source.article] {
            parts.append("«\(BidiIsolation.isolate(TermDisplay.singleLine(headline)))» <\(source.article.value)>")
        } else {
            parts.append("<\(source.article.value)>")
        }
        parts.append("sentence \(source.sentenceIndex)")
        parts.append("chars \(source.charStart)–\(source.charEnd)")
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
