import KheshtText
import Testing

/// `LiteralWords.contains` answers exactly as `[String].contains` does, on the byte path and on the fallback.
@Suite struct LiteralWordsTests {
    let words: LiteralWords = ["the", "رتبه", "مقام", "café", "نخست‌وزیر"]

    @Test func answersAsArrayContainsOnPlainAndJoinedWords() {
        for text in ["the", "The", "th", "thee", "رتبه", "رتبه‌", "مقام", "مقامی", "نخست‌وزیر", "نخست وزیر", "", "a"] {
            #expect(words.contains(text) == words.words.contains(text), "\(text)")
        }
    }

    /// A decomposed "café" (e + U+0301) is canonically equal to the composed word: bytes differ, `String` says equal.
    @Test func aDecomposedSpellingStillMatchesThroughTheFallback() {
        let decomposed = "cafe\u{301}"
        #expect(Array(decomposed.utf8) != Array("café".utf8))
        #expect(words.contains(decomposed))
        let listedDecomposed: LiteralWords = ["cafe\u{301}"]
        #expect(listedDecomposed.contains("café"))
    }

    @Test func wordsOfEveryLengthAreFound() {
        let long = String(repeating: "ب", count: 40)   // 80 bytes: past the length mask
        let list = LiteralWords(["x", long])
        #expect(list.contains(long))
        #expect(!list.contains(long + "ب"))
        #expect(list.contains("x"))
    }
}
