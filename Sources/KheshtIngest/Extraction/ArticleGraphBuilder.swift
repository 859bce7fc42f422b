import Foundation
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

        init(sentence: Int, span: TextSpan, rule: String, confidence: Double) {
            self.sentence = sentence
            self.span = span
            self.rule = rule
            self.confidence = confidence
        }

        /// An inference drawn from a fact already stated: it points to that fact's sentence and span.
        init(inferredFrom origin: Provenance, rule: String, confidence: Double) {
            self.init(sentence: origin.sentenceIndex, span: TextSpan(start: origin.charStart, end: origin.charEnd),
                      rule: rule, confidence: confidence)
        }
    }

    let article: IRI
    private(set) var quads: [Quad] = []
    private(set) var provenance: [Provenance] = []
    /// Each quad's position in `quads`: a quad (with its Persian literals, slow to hash) is hashed once per `add`,
    /// and sources are told apart by that position.
    private var quadPositions: [QuadKey: Int] = [:]
    private var seenSources = Set<SourceKey>()

    private struct SourceKey: Hashable {
        let quad: Int
        let rule: String
        let sentence: Int
        let span: TextSpan
    }

    init(article: IRI) {
        self.article = article
        // An article states a hundred quads or so: growing the tables from empty rehashed every quad several times.
        quadPositions.reserveCapacity(128)
        seenSources.reserveCapacity(128)
    }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: Term, _ source: Source) {
        let quad = Quad(.iri(subject), predicate, object, graph: .iri(article))
        // One hash for both the look-up and the insertion: the default is stored only when the quad is new.
        let next = quads.count
        let position = ArticleGraphBuilder.value(of: &quadPositions[QuadKey(quad: quad), default: next])
        if position == next { quads.append(quad) }
        guard seenSources.insert(SourceKey(quad: position, rule: source.rule, sentence: source.sentence, span: source.span)).inserted
        else { return }
        provenance.append(Provenance(quad: quad, article: article, sentenceIndex: source.sentence,
                                     charStart: source.span.start, charEnd: source.span.end,
                                     ruleId: source.rule, confidence: source.confidence))
    }

    private static func value(of slot: inout Int) -> Int { slot }

    /// Drops a quad and its provenance, when an inference over the whole article replaces it.
    mutating func remove(_ quad: Quad) {
        guard quadPositions[QuadKey(quad: quad)] != nil else { return }
        quads.removeAll { $0 == quad }
        provenance.removeAll { $0.quad == quad }
        reindex()
    }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI, _ source: Source) {
        add(subject, predicate, .iri(object), source)
    }

    /// Rewrites `subject predicate old` as `subject predicate new`, keeping its sources (a later analysis of the
    /// whole article refines what a sentence stated).
    mutating func replaceObject(_ subject: IRI, _ predicate: IRI, _ old: Term, with new: Term) {
        let before = Quad(.iri(subject), predicate, old, graph: .iri(article))
        let after = Quad(.iri(subject), predicate, new, graph: .iri(article))
        guard quadPositions[QuadKey(quad: before)] != nil else { return }
        if quadPositions[QuadKey(quad: after)] == nil {
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
        reindex()
    }

    /// Rebuilds the look-up tables after quads were removed or rewritten (rare: inferences over the whole article).
    private mutating func reindex() {
        quadPositions = [:]
        for (position, quad) in quads.enumerated() { quadPositions[QuadKey(quad: quad)] = position }
        var sources = Set<SourceKey>()
        provenance = provenance.filter { record in
            guard let position = quadPositions[QuadKey(quad: record.quad)] else { return false }
            return sources.insert(SourceKey(quad: position, rule: record.ruleId, sentence: record.sentenceIndex,
                                            span: TextSpan(start: record.charStart, end: record.charEnd))).inserted
        }
        seenSources = sources
    }

    /// The language tag for a label: "en" for Latin script, else "fa".
    static func language(of text: String) -> String {
        LanguageDetector.detect(text) == .english ? "en" : "fa"
    }

    /// Text as the article wrote it (a quote), tagged with its language.
    static func verbatim(_ text: String) -> Term {
        .text(text, language: language(of: text))
    }

    /// A display label: Persian labels in standard Persian spelling (the article's own spelling stays in its text).
    static func label(_ text: String) -> Term {
        let language = language(of: text)
        return .text(language == "fa" ? PersianSpelling.standard(text) : text, language: language)
    }
}

/// A quad as a dictionary key, equal when the quads are equal and hashed by the UTF-8 bytes of its strings.
///
/// Why: `Quad`'s own hash normalizes every Persian label and quote to NFC on each look-up, which made collecting an
/// article's quads a visible cost. The hash leaves out the graph (the same for every quad of an article). A string
/// that compares as bytes (`UTF8Key.comparesAsBytes`) is its own NFC form and is hashed as it is; any other is hashed
/// by its NFC form, so canonically equivalent strings (which `==` treats as
/// equal) always hash alike.
private struct QuadKey: Hashable {
    let quad: Quad

    /// `a.quad == b.quad`, string by string, with equal bytes settling equality at once: `String ==` on Persian
    /// text (not flagged NFC) normalizes both sides first, and the quads compared here are usually the same quad
    /// stated again or literals that differ in their first bytes.
    static func == (a: QuadKey, b: QuadKey) -> Bool {
        same(a.quad.subject, b.quad.subject) && same(a.quad.predicate.value, b.quad.predicate.value)
            && same(a.quad.object, b.quad.object) && same(a.quad.graph, b.quad.graph)
    }

    private static func same(_ a: Term?, _ b: Term?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (.iri(let x)?, .iri(let y)?): return same(x.value, y.value)
        case (.blank(let x)?, .blank(let y)?): return same(x.label, y.label)
        case (.literal(let x)?, .literal(let y)?):
            return same(x.lexicalForm, y.lexicalForm) && same(x.datatype.value, y.datatype.value)
                && x.language.map { l in y.language.map { same(l, $0) } ?? false } ?? (y.language == nil)
        default: return false
        }
    }

    /// `a == b`: true at once when the bytes are equal; false at once when they differ and both strings compare as
    /// bytes (`UTF8Key.comparesAsBytes`); otherwise `String`'s own canonical-equivalence rule decides.
    private static func same(_ a: String, _ b: String) -> Bool {
        if UTF8Key(a) == UTF8Key(b) { return true }
        if UTF8Key.comparesAsBytes(a) && UTF8Key.comparesAsBytes(b) { return false }
        return a == b
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(_rawHashValue(seed: 0))
    }

    /// The hash dictionaries use, without `Hasher`: each string's bytes are hashed by `UTF8Key`'s multiplicative
    /// hash, chained through the seed (SipHash over the three long IRIs of every quad added was most of the cost of
    /// collecting an article's quads). A literal's text is hashed too: with text left out, an entity's labels,
    /// dates and names shared a bucket and were told apart by comparing strings.
    func _rawHashValue(seed: Int) -> Int {
        var hash = QuadKey.combine(quad.subject, seed: seed)
        hash = QuadKey.combine(quad.predicate.value, seed: hash &+ 0x51)
        return QuadKey.combine(quad.object, seed: hash)
    }

    private static func combine(_ term: Term, seed: Int) -> Int {
        switch term {
        case .iri(let iri):
            return combine(iri.value, seed: seed &+ 1)
        case .blank(let node):
            return combine(node.label, seed: seed &+ 2)
        case .literal(let literal):
            let typed = combine(literal.language ?? "", seed: combine(literal.datatype.value, seed: seed &+ 3))
            return combine(literal.lexicalForm, seed: typed)
        }
    }

    /// An IRI that compares as bytes (`UTF8Key.comparesAsBytes`) is its own NFC form and is hashed as it is; any
    /// other is hashed by its NFC form, so canonically equivalent strings (which `==` treats as equal) hash alike.
    /// The seed carries the strings before, and each string's length is part of its hash ("ab"+"c" ≠ "a"+"bc").
    private static func combine(_ string: String, seed: Int) -> Int {
        let spelling = UTF8Key.comparesAsBytes(string) ? string : string.precomposedStringWithCanonicalMapping
        return UTF8Key(spelling)._rawHashValue(seed: seed)
    }
}
