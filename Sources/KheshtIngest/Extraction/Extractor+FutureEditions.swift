import KheshtGraph

/// "دوره پنجم این جایزه در آبان ۱۴۰۴ برگزار خواهد شد", "the next, 12th edition will be held in Shiraz": a later
/// edition than the one an article reports, named only in sentences about the future, is not an event the article
/// is about (data/gold/README.md lists the events an article is about). It is dropped with everything said of it
/// when the headline or the first sentence reports a lower-numbered edition of the same series.
extension Extractor {
    func dropFutureEditions(_ graph: inout ArticleGraphBuilder, sentences: [SentenceAnalysis]) {
        let quads = graph.quads
        let numbers = Dictionary(quads.filter { $0.predicate == KH.editionNumber }.compactMap { quad -> (Term, Int)? in
            guard let value = quad.object.literal.flatMap({ Int($0.lexicalForm) }) else { return nil }
            return (quad.subject, value)
        }, uniquingKeysWith: { a, _ in a })
        guard numbers.count > 1 else { return }
        let seriesOf = Dictionary(quads.filter { $0.predicate == KH.editionOf || $0.predicate == Schema.superEvent }
            .filter { numbers[$0.subject] != nil }.map { ($0.subject, $0.object) }, uniquingKeysWith: { a, _ in a })
        let mentionedIn = Dictionary(grouping: graph.provenance.filter { $0.quad.predicate == RDF.type }, by: \.quad.subject)
            .mapValues { Set($0.map(\.sentenceIndex)) }
        let lead = Set(sentences.prefix(2).map(\.index))
        let future = Set(sentences.filter { sentence in
            sentence.tokens.contains { TemporalMentionFinder.futureCues.contains($0.text) }
        }.map(\.index))
        for (edition, number) in numbers {
            guard let series = seriesOf[edition], let where_ = mentionedIn[edition], !where_.isEmpty,
                  where_.isSubset(of: future), where_.isDisjoint(with: lead) else { continue }
            let reported = numbers.contains { other, otherNumber in
                other != edition && otherNumber < number && seriesOf[other] == series
                    && !(mentionedIn[other] ?? []).isDisjoint(with: lead)
            }
            guard reported else { continue }
            for quad in quads where quad.subject == edition || quad.object == edition { graph.remove(quad) }
        }
    }
}
