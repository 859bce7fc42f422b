import Foundation

/// A short, fixed list of words a token's text is compared with ("the", "a", "an"; "رتبه", "مقام"), answering
/// `contains` exactly as `[String].contains` does, without `String`'s comparison.
///
/// Why: extraction asks such questions for every token of every sentence, written as array literals. Comparing a
/// Persian token with a literal takes `String`'s normalizing path (it cannot know either side is in NFC), about a
/// tenth of extraction in the last profile. When the token's text and every listed word compare as bytes
/// (`UTF8Key.comparesAsBytes`), canonical equivalence is byte equality, so a length check and `memcmp` decide;
/// otherwise the `String` comparison answers, as before.
public struct LiteralWords: ExpressibleByArrayLiteral, Sendable {
    public let words: [String]
    /// Each word's UTF-8 bytes, in `words` order.
    private let bytes: [[UInt8]]
    /// Bit n is set when some word is n bytes long (n < 64); `longWords` when some word is longer.
    private let lengths: UInt64
    private let longWords: Bool
    /// Whether every word compares as bytes, so that bytes alone may answer.
    private let bytesDecide: Bool

    public init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        var lengths: UInt64 = 0
        var longWords = false
        for word in bytes {
            if word.count < 64 { lengths |= 1 << UInt64(word.count) } else { longWords = true }
        }
        self.lengths = lengths
        self.longWords = longWords
        bytesDecide = words.allSatisfy(UTF8Key.comparesAsBytes)
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `text` equals (as a `String`, canonical equivalence) one of the words.
    public func contains(_ text: String) -> Bool {
        guard bytesDecide, UTF8Key.comparesAsBytes(text) else { return words.contains(text) }
        return UTF8Key.withBytes(of: text) { text in
            let count = text.count
            if count < 64 ? lengths & (1 << UInt64(count)) == 0 : !longWords { return false }
            for word in bytes where word.count == count {
                if word.withUnsafeBufferPointer({ UTF8Key.sameBytes($0, text) }) { return true }
            }
            return false
        }
    }
}
