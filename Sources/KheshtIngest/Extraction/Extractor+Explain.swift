import KheshtGraph
import KheshtText

extension Extractor {
    /// A readable trace of extraction on one article: sentences with their typed mentions, then every quad with
    /// the rule that produced it. For tuning rules and the lexicon.
    public func explain(_ article: Article) -> String {
        var out = ""
        let publication = PublicationTime(article.published)
        let sentences = analyze(article, publication: publication)
        for sentence in sentences {
            out += "[\(sentence.index)] \(sentence.sentence.text)\n"
            for mention in sentence.mentions {
                var line = "    \(mention.kind) «\(mention.surface)» (\(mention.finder))"
                if let number = mention.number { line += " #\(number)" }
                if let attached = mention.attached?.value { line += " → \(attached.surface)" }
                if let antecedent = mention.antecedent?.value { line += " = \(antecedent.surface)" }
                if let date = mention.dateStart { line += " \(date.gregorian) \(date.jalali ?? "")" + (mention.dateEnd.map { " – \($0.gregorian)" } ?? "") }
                out += line + "\n"
            }
        }
        let result = facts(of: article, sentences: sentences, publication: publication)
        for record in result.provenance {
            out += "  \(record.ruleId) [\(record.sentenceIndex)] \(record.quad.subject.iri?.localName ?? "") \(record.quad.predicate.localName) \(record.quad.object.iri?.localName ?? record.quad.object.literal?.lexicalForm ?? "")\n"
        }
        return out
    }
}
