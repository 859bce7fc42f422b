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

    @Test func knownNFCTest() {
        #expect(CanonicalStrings.isKnownNFC("Tehran تهران ۱۴۰۲"))
        #expect(!CanonicalStrings.isKnownNFC("\u{0627}\u{0653}"))      // a combining madda
        #expect(!CanonicalStrings.isKnownNFC("e\u{0301}"))
    }
}
