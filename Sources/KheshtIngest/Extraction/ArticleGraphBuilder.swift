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
    /// Each quad's position in `quads`: a quad (with its Persian literals, slow to hash) is hashed once per `add`,
    /// and sources are told apart by that position.
    private var quadPositions: [Quad: Int] = [:]
    private var seenSources = Set<SourceKey>()

    private struct SourceKey: Hashable {
        let quad: Int
        let rule: String
        let sentence: Int
        let span: TextSpan
    }

    init(article: IRI) { self.article = article }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: Term, _ source: Source) {
        let quad = Quad(.iri(subject), predicate, object, graph: .iri(article))
        let position: Int
        if let known = quadPositions[quad] {
            position = known
        } else {
            position = quads.count
            quadPositions[quad] = position
            quads.append(quad)
        }
        guard seenSources.insert(SourceKey(quad: position, rule: source.rule, sentence: source.sentence, span: source.span)).inserted
        else { return }
        provenance.append(Provenance(quad: quad, article: article, sentenceIndex: source.sentence,
                                     charStart: source.span.start, charEnd: source.span.end,
                                     ruleId: source.rule, confidence: source.confidence))
    }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI, _ source: Source) {
        add(subject, predicate, .iri(object), source)
    }

    /// The language tag for a label: "en" for Latin script, else "fa".
    static func language(of text: String) -> String {
        LanguageDetector.detect(text) == .english ? "en" : "fa"
    }

    static func label(_ text: String) -> Term {
        .text(text, language: language(of: text))
    }
}
