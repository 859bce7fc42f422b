import Foundation
import KheshtText

/// A dictionary keyed by words and phrase keys that answers look-ups by the key's UTF-8 bytes when it can.
///
/// Why: lexicon and gazetteer tables are probed for every token and phrase of every sentence, and hashing a Persian
/// `String` normalizes it to NFC first — that was one of the largest costs of extraction. Keys that compare
/// correctly as bytes (`UTF8Key.comparesAsBytes`: all folded text does) go through a byte-keyed table; any other
/// key uses the `String` table, so answers are exactly those of a `[String: Value]`.
struct PhraseTable<Value> {
    private var byString: [String: Value] = [:]
    private var byBytes: [UTF8Key: Value] = [:]

    init() {}

    subscript(key: String) -> Value? {
        self[key, asBytes: UTF8Key.comparesAsBytes(key)]
    }

    /// The same look-up when the caller already knows `UTF8Key.comparesAsBytes(key)` (a sentence works it out
    /// once per token, and a phrase key compares as bytes exactly when each of its tokens does).
    subscript(key: String, asBytes asBytes: Bool) -> Value? {
        asBytes ? byBytes[UTF8Key(key)] : byString[key]
    }

    /// Changes the value under `key` (starting from `defaultValue` when absent), as `dictionary[key, default:]` does.
    mutating func modify(_ key: String, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        body(&byString[key, default: defaultValue()])
        // The byte table holds each entry under its NFC spelling, the one every canonically equivalent key that
        // compares as bytes is spelled with.
        let spelling = UTF8Key.comparesAsBytes(key) ? key : key.precomposedStringWithCanonicalMapping
        if UTF8Key.comparesAsBytes(spelling) { byBytes[UTF8Key(spelling)] = byString[key] }
    }
}

/// A set of words and phrase keys with the look-up of `PhraseTable`.
struct PhraseSet {
    private var table = PhraseTable<Bool>()

    init() {}

    func contains(_ key: String) -> Bool { table[key] ?? false }

    /// `contains(key)` when the caller knows whether `key` compares as bytes (see `PhraseTable`).
    func contains(_ key: String, asBytes: Bool) -> Bool { table[key, asBytes: asBytes] ?? false }

    /// Inserting a key already held is skipped after one byte-keyed probe when the key compares as bytes (the byte
    /// table then holds it exactly when a canonically equivalent key was inserted): prefix tables insert every prefix
    /// of every entry at start-up, most of them shared, and `modify` hashes each as a `String` (normalizing it).
    mutating func insert(_ key: String) {
        if UTF8Key.comparesAsBytes(key), table[key, asBytes: true] != nil { return }
        table.modify(key, default: true) { $0 = true }
    }
}

extension PhraseTable: Sendable where Value: Sendable {}
extension PhraseSet: Sendable {}
