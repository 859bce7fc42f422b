import Testing
@testable import KheshtText

/// `UTF8Key.comparesAsBytes` (bitmap and eight-ASCII-bytes-at-a-time scan) and `UTF8Key`'s own hash (no `Hasher`)
/// are speed work: they must answer exactly what the plain definitions answer.
@Suite struct UTF8KeyFastPathTests {
    /// The definition, scalar by scalar: below U+0300, or in U+0600–U+06FF but not one of its combining marks.
    static func referenceComparesAsBytes(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300: true
            case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: false
            case 0x0600...0x06FF: true
            default: false
            }
        }
    }

    @Test func everyScalarUpToU0800AloneAndInsideAsciiRuns() {
        for value in UInt32(1)...0x07FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Alone, after an eight-byte ASCII run (the word-at-a-time path), and between Persian letters.
            for text in [String(scalar), "abcdefgh" + String(scalar) + "xyz", "سلام" + String(scalar) + "ها",
                         "abcdefghijklmnop" + String(scalar)] {
                #expect(UTF8Key.comparesAsBytes(text) == Self.referenceComparesAsBytes(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func seededMixesOfAsciiPersianMarksAndOtherScripts() {
        var random = FastPathEquivalenceTests.Random(state: 20261128)
        let pieces = ["a", "Z", "12345678", " ", "é", "ی", "ي", "ك", "آ", "\u{0654}", "\u{064B}", "\u{0670}", "\u{06ED}",
                      "\u{06D5}", "\u{200C}", "۱۲", "٣", "«", "»", "—", "中", "😀", "\u{0301}", "Tehran", "شورای"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(UTF8Key.comparesAsBytes(text) == Self.referenceComparesAsBytes(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func equalKeysHashAlikeAndTablesFindThem() {
        var random = FastPathEquivalenceTests.Random(state: 7)
        let words = ["شورای", "شهر", "تهران", "Golden", "Brick", "جایزه", "خشت", "طلایی", "a", "", "۱۴۰۲", "abcdefgh"]
        var table: [UTF8Key: Int] = [:]
        var plain: [String: Int] = [:]
        for index in 0..<3_000 {
            let key = (0..<Int.random(in: 1...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined()
            table[UTF8Key(key)] = index
            plain[key] = index
            // A copy built separately (another buffer) hashes the same under any seed.
            let copy = String(decoding: Array(key.utf8), as: UTF8.self)
            #expect(UTF8Key(key)._rawHashValue(seed: index) == UTF8Key(copy)._rawHashValue(seed: index))
        }
        #expect(table.count == plain.count)
        for (key, value) in plain { #expect(table[UTF8Key(key)] == value) }
    }
}
