/// A half-open range of Unicode-scalar offsets into an original text.
///
/// Provenance records where a fact came from in the article as it was read, so every span in this module counts
/// Unicode scalars of the *original* string (not grapheme clusters, not UTF-16 units, not the normalized form).
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    /// The scalars of `text` this span covers, as a string.
    public func substring(of text: String) -> String {
        var out = String.UnicodeScalarView()
        var index = 0
        for scalar in text.unicodeScalars {
            if index >= end { break }
            if index >= start { out.append(scalar) }
            index += 1
        }
        return String(out)
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { String(start) + "..<" + String(end) }
}
