import KheshtText

/// Where unknown names begin and end: given names written glued to a title or a second given name ("سیدرضا",
/// "محمدحسن"), given names that are part of a venue's name ("پردیس سینمایی کوروش"), and bodies whose names list their
/// fields with a comma ("سازمان میراث فرهنگی، صنایع دستی و گردشگری").
extension MentionFinder {
    /// Words a glued compound given name may open with: "سیدرضا", "سیده‌زهرا", "محمدحسن", "امیرعباس", "میرحسین".
    static let gluedGivenNamePrefixes = ["سیده", "سید", "محمد", "علی", "امیر", "میر", "غلام", "حاج", "ابو"]

    /// A Persian token that is a known given name glued after a title or another given name: "سیدرضا" (سید + رضا),
    /// "محمدحسن" (محمد + حسن), "امیرعباس". The lexicon cannot list every combination; their parts it knows.
    func isGluedGivenName(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        let word = s.tokens[index].text
        guard s.tokens[index].kind == .word, !isLatin(s.tokens[index]), word.count >= 5 else { return false }
        for prefix in Self.gluedGivenNamePrefixes where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if rest.count >= 2, lexicon.contains("givenName", rest) || lexicon.contains("femaleGivenName", rest) { return true }
        }
        return false
    }

    /// "پردیس سینمایی کوروش", "هتل پارسیان آزادی", "سالن فردوسی": a given name inside a venue's or body's name that no
    /// surname follows is the namesake the place is called after, not a person's name starting.
    func isNamesakeGivenName(_ s: SentenceAnalysis, _ index: Int) -> Bool {
        guard !isLatin(s.tokens[index]), let given = s.match("givenName", at: index), s.match("eventHead", at: index) == nil
        else { return false }
        let next = index + given
        return next >= s.tokens.count || !isSurnameWord(s, next)
    }

    /// The end of a body's name that goes on past a comma to a list of its fields closed by "و": "سازمان میراث فرهنگی،
    /// صنایع دستی و گردشگری", "وزارت صنعت، معدن و تجارت". Nil when what follows the comma is another name (a head
    /// word, a given name, a known name), a plural ("فیلم‌ها و سریال‌ها"), an object ("… را") or has no "و".
    func commaListedNameEnd(_ s: SentenceAnalysis, nameEnd: Int) -> Int? {
        let itemStart = nameEnd + 1
        guard itemStart < s.tokens.count, s.tokens[nameEnd].text == "،", !isLatin(s.tokens[itemStart]),
              isNameWord(s, itemStart), s.match("givenName", at: itemStart) == nil,
              gazetteer.entries(forKey: s.key(itemStart, 1) ?? "").isEmpty else { return nil }
        let listEnd = continuation(s, from: itemStart, maxWords: 6, allowAnd: true)
        let items = itemStart..<listEnd
        guard items.count >= 3, items.count <= 6, let and = items.first(where: { s.tokens[$0].text == "و" }),
              and > itemStart, and + 1 < listEnd else { return nil }
        let heads = ["orgHead", "placeHead", "eventHead", "awardHead", "role"]
        guard !items.contains(where: { index in heads.contains { s.match($0, at: index) != nil } }),
              !items.contains(where: { index in
                  ["ها", "های", "هایی"].contains { UTF8Key.hasSuffix(s.tokens[index].text, $0) }
              }) else { return nil }
        if listEnd < s.tokens.count, ["را", "نیز", "هم"].contains(s.tokens[listEnd].text) { return nil }
        return listEnd
    }
}
