import Testing
@testable import KheshtGraph

/// Reusing repeated IRIs while streaming must never change what a line parses to, or which error it gives.
@Suite struct RecentIRIsTests {
    /// Parses each line twice, with one `RecentIRIs` shared across the lines and without any; results must agree.
    func expectSameParses(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let parser = NQuadsParser(allowGraphs: true)
        let recent = RecentIRIs()
        for (index, line) in lines.enumerated() {
            var text = line
            let (plain, cached) = text.withUTF8 { bytes in
                (Result { () throws(SyntaxError) in try parser.parse(bytes: bytes, lineNumber: index + 1) },
                 Result { () throws(SyntaxError) in try parser.parse(bytes: bytes, lineNumber: index + 1, recent: recent) })
            }
            switch (plain, cached) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "line \(index + 1): \(line)", sourceLocation: sourceLocation)
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "line \(index + 1): \(line)", sourceLocation: sourceLocation)
            default:
                Issue.record("line \(index + 1) parsed differently with the cache: \(line)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func nearMissesEscapesAndErrorsParseAsWithoutTheCache() {
        let long = "http://example.org/" + String(repeating: "x", count: 600)
        expectSameParses([
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o2> .",
            "<http://example.org/s2> <http://example.org/p> <http://example.org/o> .",
            "<http://example.org/s> <http://example.org/pp> <http://example.org/> .",
            "<http://example.org/\\u0073> <http://example.org/p> <http://example.org/o> .",
            "<http://example.org/\\u0073> <http://example.org/p> <http://example.org/o> .",
            "<http://example.org/s> <http://example.org/p> \"x\"^^<http://example.org/o> .",
            "<http://example.org/s> <http://example.org/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/o> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/s>",
            "<http://example.org/s> <http://example.org/p> <relative> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o o> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .",
            "<\(long)> <\(long)> <\(long)> .",
            "<\(long)> <\(long)> <\(long)> .",
            "<http://example.org/شخص/علی> <http://example.org/p> <http://example.org/شخص/علی> .",
            "<http://example.org/شخص/علی> <http://example.org/p> <http://example.org/شخص/علی> .",
            "<> <http://example.org/p> <http://example.org/o> .",
        ])
    }

    @Test func randomLinesFromASmallPoolParseAsWithoutTheCache() {
        var generator = SystemRandomNumberGenerator()
        // A pool of IRIs sharing prefixes and lengths, so most look-ups compare near misses.
        let pool = (0..<30).map { index in
            index % 7 == 0 ? "<http://example.org/\\u00e9\(index % 3)>" : "<http://example.org/\(index % 11)/\(index)>"
        } + ["<bad iri>", "<rel>", "<http://example.org/a"]
        var lines: [String] = []
        for _ in 0..<2_000 {
            let s = pool.randomElement(using: &generator)!, p = pool.randomElement(using: &generator)!
            let o = Bool.random(using: &generator) ? pool.randomElement(using: &generator)!
                : "\"v\"^^" + pool.randomElement(using: &generator)!
            lines.append("\(s) \(p) \(o) .")
        }
        expectSameParses(lines)
    }

    @Test func repeatedIRIsShareStorage() throws {
        let parser = NQuadsParser(allowGraphs: false)
        let recent = RecentIRIs()
        var first = "<http://example.org/a-subject-long-enough> <http://example.org/p> \"1\" ."
        var second = "<http://example.org/a-subject-long-enough> <http://example.org/p> \"2\" ."
        let a = try first.withUTF8 { bytes throws(SyntaxError) in try parser.parse(bytes: bytes, lineNumber: 1, recent: recent) }
        let b = try second.withUTF8 { bytes throws(SyntaxError) in try parser.parse(bytes: bytes, lineNumber: 2, recent: recent) }
        var aText = try #require(a?.subject.iri?.value), bText = try #require(b?.subject.iri?.value)
        let aAddress = aText.withUTF8 { $0.baseAddress }, bAddress = bText.withUTF8 { $0.baseAddress }
        #expect(aAddress == bAddress, "the second line reuses the first line's subject")
    }
}
