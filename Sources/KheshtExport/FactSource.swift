import KheshtGraph

/// Where one fact came from, in the shape of KheshtStore's `Provenance` (this target does not depend on the
/// store): the article, the sentence, the characters, the rule, the confidence.
///
/// Character offsets count Unicode scalars in the article's original text, half-open: `charStart..<charEnd`.
public struct FactSource: Hashable, Sendable {
    /// The fact this record supports (its graph is the article's named graph).
    public let quad: Quad
    /// The article the fact was read from.
    public let article: IRI
    /// Zero-based index of the sentence in the article.
    public let sentenceIndex: Int
    public let charStart: Int
    public let charEnd: Int
    /// The extraction rule or reader that produced the fact.
    public let ruleId: String
    /// 0...1.
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

    public var triple: Triple { quad.triple }
}
