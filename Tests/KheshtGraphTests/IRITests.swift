import Testing
@testable import KheshtGraph

@Suite struct IRITests {
    @Test func acceptsAbsoluteIRIsWithUnicode() throws {
        #expect(try IRI("https://w3id.org/khesht/id/برج-میلاد").value.hasSuffix("برج-میلاد"))
    }

    @Test(arguments: ["http://a/b c", "http://a/<b>", "http://a/\"", "http://a/{x}", "http://a/|", "http://a/^", "http://a/`", "http://a/\\", "no-scheme", ":x", "1http://a"])
    func rejectsForbiddenText(_ text: String) {
        #expect(throws: GraphError.self) { try IRI(text) }
    }

    @Test func canonicalNTriplesEscapesOnlyWhatItMust() throws {
        let literal = Term.literal(Literal("a\"b\\c\nd\re\u{1}f سلام"))
        #expect(literal.ntriples == "\"a\\\"b\\\\c\\nd\\re\\u0001f سلام\"")
        let tagged = Term.literal(try Literal("x", language: "FA-ir"))
        #expect(tagged.ntriples == "\"x\"@fa-ir")
        #expect(Term.integer(4).ntriples == "\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>")
    }

    @Test(arguments: ["", "en-", "-en", "e n", "en--us", "۱"])
    func rejectsBadLanguageTags(_ tag: String) {
        #expect(throws: GraphError.self) { try Literal("x", language: tag) }
    }
}
