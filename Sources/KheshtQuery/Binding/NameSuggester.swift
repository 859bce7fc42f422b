import KheshtText

/// Ranks candidate names by closeness to what the user typed, after folding both with
/// `TextNormalizer.labelKey` (so Arabic/Persian letter variants, digits, ZWNJ, spacing and case never count as
/// differences). A candidate containing the typed text (or contained in it) ranks before pure edit distance, so
/// "هاشمی" suggests "محسن هاشمی".
enum NameSuggester {
    /// - Parameter candidates: (shown text, text to compare) pairs.
    /// - Returns: at most `limit` distinct shown texts, best first.
    /// - Parameter nearestFallback: when nothing is close enough, still offer the nearest few (for short, closed
    ///   lists like the query's own variables).
    static func rank(_ typed: String, among candidates: [(shown: String, key: String)], limit: Int = 5,
                     nearestFallback: Bool = false) -> [String] {
        let query = TextNormalizer.labelKey(typed)
        guard !query.isEmpty else { return [] }
        let typedWords = Set(TextNormalizer.matchKey(typed).split(separator: " ").map(String.init))
        var scored: [(score: Int, shown: String)] = []
        var all: [(score: Int, shown: String)] = []
        for candidate in candidates {
            let key = TextNormalizer.labelKey(candidate.key)
            guard !key.isEmpty else { continue }
            let distance = editDistance(Array(query.unicodeScalars), Array(key.unicodeScalars))
            let allowed = max(2, min(query.unicodeScalars.count, key.unicodeScalars.count) / 3)
            let candidateWords = Set(TextNormalizer.matchKey(candidate.key).split(separator: " ").map(String.init))
            let sameWords = typedWords.count > 1 && typedWords == candidateWords
            // "شورای شهر مشهد" for "شورای اسلامی شهر مشهد": every typed word in the official, longer name.
            let wordsWithin = typedWords.count > 1 && typedWords.isSubset(of: candidateWords)
            let contains = sameWords || wordsWithin || query.unicodeScalars.count >= 3
                && (key.contains(query) || query.contains(key) && key.unicodeScalars.count >= 3)
            all.append((distance, candidate.shown))
            if contains {
                // Containment (or the same words in another order) admits a far candidate but never outranks a
                // near one.
                scored.append((sameWords ? 1 : min(distance, allowed), candidate.shown))
            } else if distance <= allowed {
                scored.append((distance, candidate.shown))
            }
        }
        if scored.isEmpty && nearestFallback { scored = all }
        scored.sort { ($0.score, $0.shown) < ($1.score, $1.shown) }
        var seen = Set<String>()
        var out: [String] = []
        for item in scored where seen.insert(item.shown).inserted {
            out.append(item.shown)
            if out.count == limit { break }
        }
        return out
    }

    /// Levenshtein distance over Unicode scalars (insert, delete, substitute all cost 1).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                row[j] = min(substitution, previous[j] + 1, row[j - 1] + 1)
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }
}
