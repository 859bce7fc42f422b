import KheshtText

/// Small integer ids for the word and phrase keys that rule patterns compare tokens with (`PatternElement.words`).
///
/// Why: a rule's words were found by hashing the sentence's phrase key again for every rule and every position the
/// rule was tried at. With ids, a sentence looks each of its short phrase keys up once (`RuleMatcher`), and a rule
/// compares integers. Keys are held in a `PhraseTable`, the table `WordSet.contains` answers from, so a key has an
/// id in a word set's list exactly when the word set contains it.
struct WordIDTable: Sendable {
    private var table = PhraseTable<Int32>()
    /// How many ids were given.
    private(set) var count: Int32 = 0

    init() {}

    /// The id of `key`, given a new one when no key it equals has one.
    mutating func insert(_ key: String) -> Int32 {
        if let id = table[key] { return id }
        let id = count
        count += 1
        table.modify(key, default: id) { _ in }
        return id
    }

    /// The id of `key`, or nil when no rule compares tokens with it; `asBytes` is `UTF8Key.comparesAsBytes(key)`.
    func id(of key: String, asBytes: Bool) -> Int32? { table[key, asBytes: asBytes] }
}
