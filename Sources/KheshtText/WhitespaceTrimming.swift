extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` without Foundation: drops tabs, space separators (general category
    /// Zs) and zero width spaces from both ends, scalar by scalar, as Foundation does (it trims UTF-16 units, and every such character is
    /// one unit).
    ///
    /// Why: the schema files are read entry by entry at every start, and Foundation's trimming bridges each entry to
    /// an `NSString` and back — about a fifth of ingest's start-up instructions.
    public func trimmingWhitespace() -> String {
        let scalars = self[...].unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isTrimmableWhitespace { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard scalars[last].isTrimmableWhitespace else { break }
            end = last
        }
        // The bounds are scalar boundaries, not always Character ones (a space before a combining mark): the bytes
        // between them are copied as they are, which slicing `self` (rounded to Characters) would not do.
        return String(decoding: self[...].utf8[start..<end], as: UTF8.self)
    }
}

extension Unicode.Scalar {
    /// A member of Foundation's `CharacterSet.whitespaces`: CHARACTER TABULATION, a space separator (Zs), or ZERO
    /// WIDTH SPACE (U+200B, Zs in old Unicode versions and still in Foundation's set; the tests check every BMP scalar).
    var isTrimmableWhitespace: Bool {
        switch value {
        case 0x20, 0x09, 0x200B: true
        case 0..<0x80: false
        default: properties.generalCategory == .spaceSeparator
        }
    }
}
