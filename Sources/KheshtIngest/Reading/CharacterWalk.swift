/// Counting and finding characters from a string's scalars, for the readers' checks on whole paragraphs
/// ("at most 40 characters", "the first dash in the first 80 characters"), which walking grapheme clusters makes
/// costly.
///
/// Text of `StandaloneScalar`s and zero-width non-joiners is read scalar by scalar: a standalone scalar starts a
/// character, a non-joiner (a grapheme extender) joins the character before it, or starts one at the very start.
/// At the first other scalar the walk gives up and the caller asks `Character`.
enum CharacterWalk {
    private static let nonJoiner: UInt32 = 0x200C

    /// How a scalar stands in the character sequence; nil for a scalar the walk does not judge.
    private static func startsCharacter(_ scalar: Unicode.Scalar, isFirst: Bool) -> Bool? {
        if StandaloneScalar.contains(scalar.value) { return true }
        if scalar.value == nonJoiner { return isFirst }
        return nil
    }

    /// `text.count <= limit`, or nil when the walk cannot tell.
    static func hasAtMost<Text: StringProtocol>(_ limit: Int, _ text: Text) -> Bool? {
        var characters = 0
        var isFirst = true
        for scalar in text.unicodeScalars {
            guard let starts = startsCharacter(scalar, isFirst: isFirst) else { return nil }
            isFirst = false
            if starts {
                characters += 1
                if characters > limit { return false }
            }
        }
        return true
    }

    /// The index of the first character among the first `limit` that is one of `targets` (each a standalone
    /// scalar, which a character equals when it is that scalar alone); `.some(nil)` when there is none; nil when
    /// the walk cannot tell.
    static func firstIndex(of targets: Set<Unicode.Scalar>, inFirst limit: Int, of text: String) -> String.Index?? {
        let scalars = text.unicodeScalars
        var characters = 0
        var index = scalars.startIndex
        var candidate: String.Index?
        while index != scalars.endIndex {
            let scalar = scalars[index]
            guard let starts = startsCharacter(scalar, isFirst: index == scalars.startIndex) else { return nil }
            if starts {
                // The character before this one is complete: it was a target if nothing joined it.
                if let found = candidate { return .some(found) }
                characters += 1
                if characters > limit { return .some(nil) }
                if targets.contains(scalar) { candidate = index }
            } else {
                candidate = nil  // a non-joiner after a target makes another character
            }
            index = scalars.index(after: index)
        }
        return .some(candidate)
    }
}

extension StringProtocol {
    /// `count <= limit`, found by walking at most `limit` characters (and none when the UTF-8 length already
    /// settles it): the readers ask this of whole paragraphs, whose full character count would cost a walk over
    /// all of their grapheme clusters.
    func hasAtMost(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        if let answer = CharacterWalk.hasAtMost(limit, self) { return answer }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}
