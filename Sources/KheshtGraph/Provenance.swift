
/// Where one fact came from: the article (its named graph), the sentence, the characters, the rule, the confidence.
///
/// Character offsets count Unicode scalars in the article's original text (before normalization), half-open:
/// `charStart..<charEnd`. They follow NewsReader/GAF's `article#char=start,end` convention.
public struct Provenance: Hashable, Sendable {
    /// The fact this record supports.
    public let quad: Quad
    /// The article the fact was read from (also the quad's named graph).
    public let article: IRI
    /// Zero-based index of the sentence in the article body (title is sentence 0 when present).
    public let sentenceIndex: Int
    public let charStart: Int
    public let charEnd: Int
    /// The extraction rule (from `schema/rules.*`) or reader that produced the fact.
    public let ruleId: String
    /// 0...1; gazetteer and reader facts are 1.0, pattern rules carry their own.
    public let confidence: Double

    public init(quad: Quad, article: IRI, sentenceIndex: Int, charStart: Int, charEnd: Int,
                ruleId: String, confidence: Double) {
        self.quad = quad
        self.article = article
        self.sentenceIndex = sentenceIndex
        self.charStart = charStart
        self.charEnd = charEnd
        self.ruleId = ruleId
        self.confidence = confidence
    }
}
