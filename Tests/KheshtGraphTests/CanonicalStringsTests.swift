import Testing
@testable import KheshtGraph

/// Terms hash and compare by bytes when the text is NFC by construction; canonically equivalent spellings must still
/// be equal and hash alike (what `String` guarantees, and what sets and dictionaries of terms rely on).
@Suite struct CanonicalStringsTests {
    @Test func canonicallyEquivalentIRIsAreEqualAndHashAlike() throws {
        let composed = try IRI("https://example.org/\u{0622}ب")          // آب
        let decomposed = try IRI("https://example.org/\u{0627}\u{0653}ب") // ا + madda above
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(Set([Term.iri(composed)]).contains(.iri(decomposed)))
    }

    @Test func canonicallyEquivalentLiteralsAreEqualAndHashAlike() {
        let a = Term.text("caf\u{00E9}", language: "fr")
        let b = Term.text("cafe\u{0301}", language: "fr")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        let persian = Term.string("\u{0622}یین")
        let spelled = Term.string("\u{0627}\u{0653}یین")
        #expect(persian == spelled)
        #expect(persian.hashValue == spelled.hashValue)
    }

    @Test func differentTextIsUnequal() throws {
        #expect(try IRI("https://example.org/تهران") != IRI("https://example.org/تبریز"))
        #expect(Term.text("تهران", language: "fa") != Term.text("تهران", language: "en"))
        #expect(Term.string("1") != Term.typed("1", XSD.integer))
        #expect(Literal("a") != Literal("a", datatype: XSD.integer))
    }

    /// Non-joiners and joiners are hashed by bytes now; beside composable marks, equality and hashing are still
    /// `String`'s: equal terms hash alike whichever path each side takes, and a joiner keeps a mark from composing.
    @Test func joinersBesideComposableMarksHashAsStringDoes() throws {
        let pairs: [(String, String)] = [
            ("کتاب\u{200C}ها", "کتاب\u{200C}ها"),
            ("\u{0622}\u{200C}ب", "\u{0627}\u{0653}\u{200C}ب"),             // composed vs decomposed, joiner after
            ("ب\u{200D}\u{0624}", "ب\u{200D}\u{0648}\u{0654}"),             // joiner before a hamza'd waw
            ("caf\u{00E9}\u{200C}", "cafe\u{0301}\u{200C}"),
        ]
        for (a, b) in pairs {
            #expect(Term.string(a) == Term.string(b))
            #expect(Term.string(a).hashValue == Term.string(b).hashValue)
            #expect(a.hashValue == b.hashValue)
            let iriA = try IRI("https://example.org/" + a), iriB = try IRI("https://example.org/" + b)
            #expect(iriA == iriB)
            #expect(iriA.hashValue == iriB.hashValue)
            #expect(Set([Term.iri(iriA)]).contains(.iri(iriB)))
        }
        // The byte path for known-NFC text feeds the hasher exactly what `String` does.
        for text in ["کتاب\u{200C}ها", "\u{200C}", "\u{200D}", "می\u{200C}رود \u{200D}x"] {
            #expect(CanonicalStrings.isKnownNFC(text))
            var mine = Hasher()
            CanonicalStrings.hash(text, into: &mine)
            var theirs = Hasher()
            theirs.combine(text)
            #expect(mine.finalize() == theirs.finalize())
        }
        // A joiner between alef and madda: not NFC-composable, so not equal to alef-madda.
        #expect(Term.string("\u{0627}\u{200C}\u{0653}") != Term.string("\u{0622}\u{200C}"))
        #expect(!CanonicalStrings.isKnownNFC("\u{0627}\u{200C}\u{0653}"))
        #expect(!CanonicalStrings.isKnownNFC("a\u{200E}"))                      // other E2 80 xx scalars are not accepted
    }

    @Test func knownNFCTest() {
        #expect(CanonicalStrings.isKnownNFC("Tehran تهران ۱۴۰۲"))
        #expect(!CanonicalStrings.isKnownNFC("\u{0627}\u{0653}"))      // a combining madda
        #expect(!CanonicalStrings.isKnownNFC("e\u{0301}"))
    }
}
