/// A number found in text: its value, whether it is an ordinal, and where it was written.
public struct NumberMention: Hashable, Sendable, CustomStringConvertible {
    /// How the number was written.
    public enum Form: Hashable, Sendable {
        /// Digits only: "۱۳۹۸", "38".
        case digits
        /// Digits with an ordinal suffix: "۳۸مین", "38 امین", "38th", "21st".
        case digitsWithSuffix
        /// Number words: "سی و هشتمین", "thirty-eighth", "نخستین".
        case words
    }

    public var value: Int
    /// True for "fourth", "چهارمین", "38th"; false for "four", "چهار", "38".
    public var isOrdinal: Bool
    public var form: Form
    /// The tokens it covers (indices into the token array it was found in).
    public var tokenRange: Range<Int>
    /// Unicode-scalar offsets in the original text.
    public var span: TextSpan

    public init(value: Int, isOrdinal: Bool, form: Form, tokenRange: Range<Int>, span: TextSpan) {
        self.value = value
        self.isOrdinal = isOrdinal
        self.form = form
        self.tokenRange = tokenRange
        self.span = span
    }

    /// The original text of the mention.
    public func surface(in text: NormalizedText) -> String { text.originalText(of: span) }

    public var description: String { "\(isOrdinal ? "ordinal" : "cardinal") \(value) @\(span)" }
}
