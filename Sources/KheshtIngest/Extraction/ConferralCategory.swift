import KheshtText

/// The category an award was given in, read from the words around a conferral: "تندیس طلایی بهترین کارگردانی",
/// "در بخش «علوم زیستی»", "بخش موسیقی نواحی", "the best actor award". The words that open a category come from the
/// lexicon list `@categoryWord`; "بهترین"/"best" belong to the category, "بخش"/"category" only introduce it.
struct ConferralCategory {
    let lexicon: Lexicon

    /// The category nearest the award inside the matched tokens, else the nearest one written before them
    /// ("در بخش موسیقی کلاسیک نیز X برنده … شد"), or nil.
    func category(in sentence: SentenceAnalysis, match: Range<Int>, award: Mention?) -> String? {
        let starts = sentence.tokens.indices.filter { sentence.match("categoryWord", at: $0) != nil }
        guard !starts.isEmpty else { return nil }
        let anchor = award?.tokens.upperBound ?? match.lowerBound
        let inside = starts.filter { match.contains($0) }
        let chosen = inside.min { abs($0 - anchor) < abs($1 - anchor) } ?? starts.last { $0 < match.lowerBound }
        guard let start = chosen else { return nil }
        return phrase(in: sentence, from: start)
    }

    private func phrase(in s: SentenceAnalysis, from start: Int) -> String? {
        let word = s.tokens[start].text
        let introduces = ["بخش", "رشته", "category"].contains(word)
        var from = introduces ? start + 1 : start
        // "در بخش «علوم و فناوری‌های زیستی»": the quoted name is the category.
        if from < s.tokens.count, ["«", "\"", "“"].contains(s.tokens[from].text) {
            let close: Set<String> = ["»", "\"", "”"]
            guard let end = (from + 1..<min(s.tokens.count, from + 12)).first(where: { close.contains(s.tokens[$0].text) }),
                  end > from + 1 else { return nil }
            return text(s, (from + 1)..<end)
        }
        var end = from
        if !introduces { end += 1 }
        while end < s.tokens.count, end - from < 5 {
            let token = s.tokens[end]
            guard token.kind == .word, s.match("stop", at: end) == nil, s.match("awardHead", at: end) == nil,
                  s.match("receiveVerb", at: end) == nil, s.match("conferVerb", at: end) == nil,
                  !s.mentions.contains(where: { $0.tokens.contains(end) && $0.kind != .role && $0.entityType != .award }) else { break }
            // "بهترین آهنگسازی بخش ارکسترال": a section inside the category stays in it.
            end += 1
        }
        if from == start, end == start + 1 { return nil }
        if introduces && end == from { return nil }
        from = min(from, end)
        return text(s, from..<end)
    }

    /// The original text of tokens `range`, from the sentence as written.
    private func text(_ s: SentenceAnalysis, _ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        let scalars = Array(s.sentence.text.unicodeScalars)
        let lower = s.tokens[range.lowerBound].span.start - s.sentence.span.start
        let upper = s.tokens[range.upperBound - 1].span.end - s.sentence.span.start
        guard lower >= 0, upper <= scalars.count, lower < upper else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lower..<upper])
        return String(out)
    }
}
