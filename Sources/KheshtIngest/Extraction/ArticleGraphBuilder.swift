import KheshtGraph
import KheshtText

/// Collects one article's quads (all in the article's named graph) with a provenance record for each, without
/// duplicates.
struct ArticleGraphBuilder {
    /// Where a quad came from inside the article.
    struct Source {
        var sentence: Int
        var span: TextSpan
        var rule: String
        var confidence: Double
    }

    let article: IRI
    private(set) var quads: [Quad] = []
    private(set) var provenance: [Provenance] = []
    private var seenQuads = Set<Quad>()
    private var seenSources = Set<SourceKey>()

    private struct SourceKey: Hashable {
        let quad: Quad
        let rule: String
        let sentence: Int
        let span: TextSpan
    }

    init(article: IRI) { self.article = article }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: Term, _ source: Source) {
        let quad = Quad(.iri(subject), predicate, object, graph: .iri(article))
        if seenQuads.insert(quad).inserted { quads.append(quad) }
        guard seenSources.insert(SourceKey(quad: quad, rule: source.rule, sentence: source.sentence, span: source.span)).inserted
        else { return }
        provenance.append(Provenance(quad: quad, article: article, sentenceIndex: source.sentence,
                                     charStart: source.span.start, charEnd: source.span.end,
                                     ruleId: source.rule, confidence: source.confidence))
    }

    /// Drops a quad and its provenance, when an inference over the whole article replaces it.
    mutating func remove(_ quad: Quad) {
        guard seenQuads.remove(quad) != nil else { return }
        quads.removeAll { $0 == quad }
        provenance.removeAll { $0.quad == quad }
        seenSources = seenSources.filter { $0.quad != quad }
    }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI, _ source: Source) {
        add(subject, predicate, .iri(object), source)
    }

    /// Rewrites `subject predicate old` as `subject predicate new`, keeping its sources (a later analysis of the
    /// whole article refines what a sentence stated).
    mutating func replaceObject(_ subject: IRI, _ predicate: IRI, _ old: Term, with new: Term) {
        let before = Quad(.iri(subject), predicate, old, graph: .iri(article))
        let after = Quad(.iri(subject), predicate, new, graph: .iri(article))
        guard seenQuads.contains(before) else { return }
        seenQuads.remove(before)
        if seenQuads.insert(after).inserted {
            quads = quads.map { $0 == before ? after : $0 }
        } else {
            quads.removeAll { $0 == before }
        }
        provenance = provenance.map { record in
            guard record.quad == before else { return record }
            return Provenance(quad: after, article: record.article, sentenceIndex: record.sentenceIndex,
                              charStart: record.charStart, charEnd: record.charEnd, ruleId: record.ruleId,
                              confidence: record.confidence)
        }
    }

    /// The language tag for a label: "en" for Latin script, else "fa".
    static func language(of text: String) -> String {
        LanguageDetector.detect(text) == .english ? "en" : "fa"
    }

    static func label(_ text: String) -> Term {
        .text(text, language: language(of: text))
    }
}
