import Testing
@testable import KheshtText

/// `UTF8Key.comparesAsBytes` (bitmap and eight-ASCII-bytes-at-a-time scan) and `UTF8Key`'s own hash (no `Hasher`)
/// are speed work: they must answer exactly what the plain definitions answer.
@Suite struct UTF8KeyFastPathTests {
    /// The definition, scalar by scalar: below U+0300, in U+0600–U+06FF but not one of its combining marks, or the
    /// non-joiner or joiner.
    static func referenceComparesAsBytes(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x200C, 0x200D: true
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

    /// The three-byte scalars around the joiners (E2 80 8C/8D): only those two are accepted, whole or cut short.
    @Test func joinersAndTheirThreeByteNeighbours() {
        for value in UInt32(0x2000)...0x20FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "abcdefgh" + String(scalar), "کتاب" + String(scalar) + "ها", String(scalar) + "a"] {
                #expect(UTF8Key.comparesAsBytes(text) == Self.referenceComparesAsBytes(text), "U+\(String(value, radix: 16))")
            }
        }
        // A joiner's bytes cut short at the end of the string are not a joiner (never produced by a valid String,
        // but the scan must not read past the end).
        #expect(!UTF8Key.comparesAsBytes(String(decoding: [0xE2, 0x80], as: UTF8.self)))
    }

    /// Strings with joiners beside composable marks: wherever `comparesAsBytes` holds, byte equality is `String`
    /// equality and the byte hash agrees; a joiner never lets a madda or hamza compose across it.
    @Test func joinersBesideComposableMarksKeepStringEquality() {
        let pieces = ["\u{0627}", "\u{0622}", "\u{0653}", "\u{0654}", "\u{0648}", "\u{0624}", "\u{06CC}", "\u{200C}",
                      "\u{200D}", "ه", "ها", "e", "\u{0301}", "\u{00E9}"]
        var random = FastPathEquivalenceTests.Random(state: 200_200)
        var texts: [String] = ["\u{0627}\u{200C}\u{0653}", "\u{0627}\u{0653}\u{200C}", "\u{0622}\u{200C}",
                               "e\u{200D}\u{0301}", "کتاب\u{200C}ها", "می\u{200C}\u{0654}"]
        for _ in 0..<3_000 {
            texts.append((0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts where UTF8Key.comparesAsBytes(text) {
            // Already NFC: normalizing (here by `String`'s own comparison against its scalars rebuilt) changes nothing.
            #expect(text.unicodeScalars.allSatisfy { $0.properties.canonicalCombiningClass == .notReordered })
        }
        for a in texts.prefix(400) {
            for b in texts.prefix(400) where UTF8Key.comparesAsBytes(a) && UTF8Key.comparesAsBytes(b) {
                #expect((UTF8Key(a) == UTF8Key(b)) == (a == b), "\(a.unicodeScalars.map { $0.value }) \(b.unicodeScalars.map { $0.value })")
            }
        }
        // A joiner between alef and madda blocks composition: the pair is not equal to the composed alef-madda.
        #expect("\u{0627}\u{200C}\u{0653}" != "\u{0622}\u{200C}")
        #expect(UTF8Key.comparesAsBytes("\u{0622}\u{200C}"))
        #expect(!UTF8Key.comparesAsBytes("\u{0627}\u{200C}\u{0653}"))
    }

    /// `UTF8Key.hasSuffix` answers `String.hasSuffix` (whose unit is the grapheme, to which a joiner belongs with
    /// the character before it) for suffixes with and without joiners.
    @Test func hasSuffixAgreesWithStringAroundJoiners() {
        let texts = ["کتاب\u{200C}ها", "می\u{200C}رود", "ها", "\u{200C}ها", "Tehran's", "کتاب\u{200D}", "آ\u{200C}"]
        let suffixes = ["ها", "\u{200C}ها", "\u{200C}", "\u{200D}", "'s", "ب\u{200C}ها", "رود", "", "آ\u{200C}"]
        for text in texts {
            for suffix in suffixes {
                #expect(UTF8Key.hasSuffix(text, suffix) == text.hasSuffix(suffix), "\(text) / \(suffix)")
            }
        }
    }

    @Test func seededMixesOfAsciiPersianMarksAndOtherScripts() {
        var random = FastPathEquivalenceTests.Random(state: 20261128)
        let pieces = ["a", "Z", "12345678", " ", "é", "ی", "ي", "ك", "آ", "\u{0654}", "\u{064B}", "\u{0670}", "\u{06ED}",
                      "\u{06D5}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{2013}", "۱۲", "٣", "«", "»", "—", "中", "😀", "\u{0301}", "Tehran", "شورای"]
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
