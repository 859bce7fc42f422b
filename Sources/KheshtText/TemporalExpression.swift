/// A date expression found in text: its value, where it was written, and whether it needed the reference time.
public struct TemporalExpression: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// Stated in full by the text ("۱۲ آبان ۱۳۹۸", "November 2019", "سال ۲۰۱۳").
        case absolute
        /// Resolved against the reference time ("دیروز", "عصر شنبه", "12 آبان" without a year).
        case relative
    }

    public var value: PartialDate
    public var kind: Kind
    /// The original text of the expression.
    public var surface: String
    /// Unicode-scalar offsets in the original text.
    public var span: TextSpan
    /// How sure the scanner is that this is a date: 1 for explicit patterns, lower for a bare four-digit year.
    public var confidence: Double

    public init(value: PartialDate, kind: Kind, surface: String, span: TextSpan, confidence: Double) {
        self.value = value
        self.kind = kind
        self.surface = surface
        self.span = span
        self.confidence = confidence
    }

    public var description: String { "\(kind) \(value) «\(surface)» @\(span)" }
}
