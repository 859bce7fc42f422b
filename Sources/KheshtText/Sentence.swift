/// One sentence of a text, as written, with its original Unicode-scalar offsets.
public struct Sentence: Hashable, Sendable, CustomStringConvertible {
    /// Position among the text's sentences, from 0.
    public var index: Int
    /// The sentence as written (trimmed of surrounding whitespace).
    public var text: String
    public var span: TextSpan

    public init(index: Int, text: String, span: TextSpan) {
        self.index = index
        self.text = text
        self.span = span
    }

    public var description: String { "#\(index)@\(span): \(text)" }
}
