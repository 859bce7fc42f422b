/// A text folded for matching together with a map from every folded scalar back to the original text.
///
/// The folded string is exactly `TextNormalizer.matchKey(original)`: Arabic letter variants become Persian
/// (ي/ى→ی, ك→ک, …), Persian and Arabic-Indic digits become ASCII, Latin letters are lower-cased, diacritics and
/// kashida vanish, runs of whitespace become one space and the ends are trimmed.
///
/// ZWNJ (U+200C) is removed, not turned into a space: writers put it inside one word ("می‌شود", "تاب‌آوری") and
/// just as often leave it out ("میشود") or use a space, so removing it is the only choice that makes the typed
/// and untyped forms meet, and it is what `matchKey` does. Tokens are therefore whole words: "می‌شود" is one token
/// "میشود". Compounds a ZWNJ glues ("سی‌وهشتمین") are taken apart by the code that needs the parts (NumberWords).
///
/// Offsets everywhere count Unicode scalars. A folded scalar maps to the original scalars it came from; scalars
/// that were dropped (a diacritic, a ZWNJ, kashida) belong to the folded scalar before them, and a folded space
/// covers the whole whitespace run it replaced.
public struct NormalizedText: Sendable {
    /// The text as it was given.
    public let original: String
    /// The folded text (`TextNormalizer.matchKey(original)`).
    public let text: String
    /// The folded text as scalars, for offset arithmetic.
    public let scalars: [Unicode.Scalar]
    /// The original text as scalars.
    public let originalScalars: [Unicode.Scalar]
    /// For folded scalar i, the original scalars `originalStarts[i] ..< originalEnds[i]` produced it.
    private let originalStarts: [Int]
    private let originalEnds: [Int]

    public init(_ original: String) {
        self.original = original
        let source = Array(original.unicodeScalars)
        originalScalars = source
        var folded: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []
        folded.reserveCapacity(source.count)
        starts.reserveCapacity(source.count)
        ends.reserveCapacity(source.count)
        var pendingSpace: (start: Int, end: Int)?
        func take(_ scalar: Unicode.Scalar, at offset: Int) {
            if pendingSpace == nil, TextNormalizer.composesMadda(scalar, after: folded.last) {
                folded[folded.count - 1] = "\u{0622}"
                ends[ends.count - 1] = offset + 1
                return
            }
            guard let fold = TextNormalizer.fold(scalar) else {
                // Dropped marks and joiners stay with the scalar they follow, unless they start the text.
                if pendingSpace == nil, !ends.isEmpty { ends[ends.count - 1] = offset + 1 }
                return
            }
            if fold == " " {
                if folded.isEmpty { return }
                pendingSpace = (pendingSpace?.start ?? offset, offset + 1)
                return
            }
            if let space = pendingSpace {
                folded.append(" ")
                starts.append(space.start)
                ends.append(space.end)
                pendingSpace = nil
            }
            folded.append(fold)
            starts.append(offset)
            ends.append(offset + 1)
        }
        for (offset, scalar) in source.enumerated() {
            // A ligature's letters all come from its one original scalar.
            if let letters = TextNormalizer.presentationFormExpansion(scalar) {
                for letter in letters { take(letter, at: offset) }
            } else {
                take(scalar, at: offset)
            }
        }
        scalars = folded
        originalStarts = starts
        originalEnds = ends
        text = String(scalars: folded)
    }

    /// The number of folded scalars.
    public var count: Int { scalars.count }

    /// The span of the original text that produced the folded scalars `range`.
    ///
    /// An empty range maps to an empty span at the original position of its folded offset.
    public func originalSpan(of range: Range<Int>) -> TextSpan {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range \(range) outside the text")
        if range.isEmpty {
            let position = range.lowerBound < originalStarts.count
                ? originalStarts[range.lowerBound] : (originalEnds.last ?? 0)
            return TextSpan(start: position, end: position)
        }
        return TextSpan(start: originalStarts[range.lowerBound], end: originalEnds[range.upperBound - 1])
    }

    /// The original text of a span (as written, with its ZWNJs, diacritics and digits).
    public func originalText(of span: TextSpan) -> String {
        String(scalars: originalScalars[span.start..<span.end])
    }

    /// The folded text of a range of folded scalars.
    public func text(of range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The folded offset of the first folded scalar at or after original offset `offset`.
    public func normalizedOffset(ofOriginal offset: Int) -> Int {
        var low = 0
        var high = originalStarts.count
        while low < high {
            let mid = (low + high) / 2
            if originalEnds[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
