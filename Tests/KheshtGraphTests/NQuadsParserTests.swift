import Testing
@testable import KheshtGraph

/// Diagnostics and corner cases of the line parser beyond the W3C suite.
@Suite struct NQuadsParserTests {
    func error(_ line: String, allowGraphs: Bool = true) -> SyntaxError? {
        do { _ = try NQuadsParser(allowGraphs: allowGraphs).parse(line: Substring(line), lineNumber: 7); return nil }
        catch { return error }
    }

    @Test func graphNameIsAnErrorInNTriples() throws {
        let failure = try #require(error("<http://a/s> <http://a/p> <http://a/o> <http://a/g> .", allowGraphs: false))
        #expect(failure.line == 7 && failure.column == 40)
        #expect(failure.message.contains("N-Quads"))
    }

    @Test(arguments: [
        ("<http://a/s> <http://a/p> \"\\u0000\" .", "\u{0}"),
        ("<http://a/s> <http://a/p> \"\\U0001F600\" .", "😀"),
        ("<http://a/s> <http://a/p> \"\\t\\b\\n\\r\\f\\\"\\'\\\\\" .", "\t\u{8}\n\r\u{C}\"'\\"),
    ])
    func escapesDecode(line: String, expected: String) throws {
        let quad = try #require(try NQuadsParser().parse(line: Substring(line), lineNumber: 1))
        #expect(quad.object.literal?.lexicalForm == expected)
    }

    @Test(arguments: [
        "<http://a/\\u0020> <http://a/p> <http://a/o> .",          // escape to a space
        "<http://a/\\U0000007B> <http://a/p> <http://a/o> .",      // escape to '{'
        "<http://a/s> <http://a/p> \"\\uD800\" .",                 // a surrogate
        "<http://a/s> <http://a/p> \"\\U00110000\" .",             // beyond Unicode
        "<http://a/s> <http://a/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .",
        "<http://a/s> <http://a/p> \"x\"@en- .",
        "<http://a/s> <http://a/p> \"x\"^<http://a/d> .",
        "_:-a <http://a/p> <http://a/o> .",
        "<http://a/s> <http://a/p> <http://a/o> . <http://a/s> <http://a/p> <http://a/o> .",
        "\"s\" <http://a/p> <http://a/o> .",
        "<http://a/s> _:p <http://a/o> .",
        "<http://a/s> <http://a/p> <http://a/o>",
    ])
    func rejects(_ line: String) {
        #expect(error(line) != nil, "\(line)")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let failure = try #require(error("<http://a/s> <http://a/p> \"سلام\" <http://a/g> <http://a/h> ."))
        #expect(failure.column == 47)
        #expect(failure.in(file: "x.nq").description == "x.nq:7:47: \(failure.message)")
    }

    @Test func blankAndCommentLinesGiveNothing() throws {
        for line in ["", "   \t", "# comment", "  # comment <http://a/s>"] {
            #expect(try NQuadsParser().parse(line: Substring(line), lineNumber: 1) == nil)
        }
    }

    @Test func invalidUTF8IsReported() {
        let bytes: [UInt8] = Array("<http://a/s> <http://a/p> \"".utf8) + [0xFF, 0x22, 0x20, 0x2E]
        #expect(throws: SyntaxError.self) {
            try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in _ = try NQuadsParser().parse(bytes: buffer, lineNumber: 1) }
        }
    }
}
