/// One word, number or punctuation mark of a text, in folded form with its place in the original.
public struct Token: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// Letters (Persian, Arabic or Latin) with their marks; an apostrophe between Latin letters stays inside.
        case word
        /// ASCII digits after folding, with decimal points and thousands separators between digits.
        case number
        /// Any other visible scalar, one per token.
        case punctuation
    }

    public var kind: Kind
    /// Folded form (`TextNormalizer.matchKey` of the surface): "علي" reads "علی", "۱۳۹۸" reads "1398".
    public var text: String
    /// The original text the token covers.
    public var surface: String
    /// Unicode-scalar offsets in the original text.
    public var span: TextSpan
    /// Scalar offsets in the folded text (`NormalizedText.text`), for adjacency checks.
    public var normalizedRange: Range<Int>

    public init(kind: Kind, text: String, surface: String, span: TextSpan, normalizedRange: Range<Int>) {
        self.kind = kind
        self.text = text
        self.surface = surface
        self.span = span
        self.normalizedRange = normalizedRange
    }

    /// The integer value of a number token with no decimal part ("1,000" → 1000, "۱۳۹۸" → 1398).
    public var integerValue: Int? {
        guard kind == .number else { return nil }
        var value = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9":
                digits += 1
                // Past 18 digits the answer is nil anyway; stop accumulating before Int could overflow.
                if digits <= 18 { value = value * 10 + Int(scalar.value - 0x30) }
            case ",", "\u{066C}": continue
            default: return nil
            }
        }
        return digits > 0 && digits <= 18 ? value : nil
    }

    /// The number of digits of a number token ("08" has 2), for telling years from days.
    public var digitCount: Int {
        guard kind == .number else { return 0 }
        var count = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { count += 1 }     // ASCII digits are one byte
        return count
    }

    /// True when `next` starts right where this token ends, with no space between them.
    public func touches(_ next: Token) -> Bool { normalizedRange.upperBound == next.normalizedRange.lowerBound }

    public var description: String { "\(kind)(\(text))@\(span)" }
}
