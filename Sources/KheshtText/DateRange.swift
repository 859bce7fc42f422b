/// A date as an event's time: one date, a range with a start and an end, or only an end ("تا یکم آبان ادامه
/// دارد", "runs until May 1").
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    /// The first day (or the only date); nil when the text gives only the end.
    public var start: PartialDate?
    /// The last day of a range; nil for a single date.
    public var end: PartialDate?
    public var kind: TemporalExpression.Kind
    /// The original text the range covers.
    public var surface: String
    /// Unicode-scalar offsets in the original text.
    public var span: TextSpan
    public var confidence: Double

    public init(start: PartialDate?, end: PartialDate?, kind: TemporalExpression.Kind, surface: String,
                span: TextSpan, confidence: Double) {
        self.start = start
        self.end = end
        self.kind = kind
        self.surface = surface
        self.span = span
        self.confidence = confidence
    }

    /// A single date expression.
    public init(_ expression: TemporalExpression) {
        self.init(start: expression.value, end: nil, kind: expression.kind, surface: expression.surface,
                  span: expression.span, confidence: expression.confidence)
    }

    public var description: String {
        "\(kind) \(start.map { "\($0)" } ?? "…") – \(end.map { "\($0)" } ?? "") «\(surface)» @\(span)"
    }
}
