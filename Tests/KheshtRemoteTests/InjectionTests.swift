import Foundation
import KheshtGraph
import KheshtQuery
import KheshtRemote
import KheshtStore
import KheshtTestSupport
import Testing

/// User values that try to break out of their place in a SPARQL query — quotes, backslashes, `\u0022`, braces,
/// newlines, `'>` — against a real Oxigraph server: they either match exactly the data that holds them or fail
/// cleanly; no query ever changes shape (matching more, or failing as a syntax error on the server).
@Suite(.serialized) struct InjectionTests {
    static let hostile: [String] = [
        #"quote " inside"#,
        #"backslash \ inside"#,
        #"escaped \u0022 quote"#,
        #"escaped \U00000022 quote"#,
        #"double \\u0022 backslash"#,
        #"brace } ?s ?p ?o { "#,
        "new\nline and\rreturn",
        #"angle '> . ?s ?p ?o"#,
        #"end with backslash \"#,
        #"x" } UNION { ?s ?p ?o } #"#,
    ]

    /// One server for the suite, holding one entity per hostile label, with that label also as its `roleName`.
    static let server: Result<(OxigraphServer, SPARQLGraphStore), Error> = Result {
        let server = try OxigraphServer()
        let store = SPARQLGraphStore(endpoint: try RemoteEndpoint(base: server.url))
        let graph = Term.iri(try IRI("https://example.org/graph/hostile"))
        var quads: [Quad] = []
        for (i, text) in hostile.enumerated() {
            let entity = Term.iri(try IRI("https://example.org/e\(i)"))
            quads.append(Quad(entity, RDFS.label, .literal(Literal(text)), graph: graph))
            quads.append(Quad(entity, Schema.roleName, .literal(Literal(text)), graph: graph))
        }
        try store.replaceGraph(graph, with: quads, provenance: [])
        try store.close()
        return (server, store)
    }

    @Test(arguments: hostile)
    func aStringLiteralStaysOneValue(_ text: String) throws {
        let (_, store) = try Self.server.get()
        let results = try store.client.select("SELECT (\(SPARQLSyntax.string(text)) AS ?x) WHERE {}")
        #expect(results.rows.count == 1)
        #expect(results.rows.first?["x"] == .literal(Literal(text)))
    }

    @Test(arguments: hostile.indices)
    func aLiteralConstantMatchesOnlyItsOwnTriple(_ index: Int) throws {
        let (_, store) = try Self.server.get()
        let text = Self.hostile[index]
        let query = "SELECT ?s WHERE { ?s <\(RDFS.label.value)> \(try SPARQLSyntax.literal(Literal(text))) }"
        let rows = try store.client.select(query).rows
        let expected: [Term?] = [.iri(try IRI("https://example.org/e\(index)"))]
        #expect(rows.map { $0["s"] } == expected)
    }

    @Test(arguments: hostile.indices)
    func anEntityNameResolvesToItsOneEntity(_ index: Int) throws {
        let (_, store) = try Self.server.get()
        let expected: [Term] = [.iri(try IRI("https://example.org/e\(index)"))]
        #expect(try store.entities(withLabel: Self.hostile[index]) == expected)
    }

    /// The query language's own string syntax, written with its escapes (`\"`, `\\`, `\n`, `\r`).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r") + "\""
    }

    @Test(arguments: hostile.indices)
    func textInAQueryMatchesOnlyItself(_ index: Int) throws {
        let (_, store) = try Self.server.get()
        let engine = QueryEngine(store: store)
        let query = "find ?e where { ?e roleName \(Self.quoted(Self.hostile[index])) }"
        let table = try #require(try engine.run(query).table)
        let expected: [[Term?]] = [[.iri(try IRI("https://example.org/e\(index)"))]]
        let sparql = try engine.sparql(for: query)
        #expect(table.rows == expected, "\(sparql)")
    }

    @Test(arguments: hostile)
    func anUnknownHostileEntityNameFailsCleanly(_ text: String) throws {
        let (_, store) = try Self.server.get()
        let engine = QueryEngine(store: store)
        let query = "find ?e where { ?e location \(Self.quoted("no such place " + text)) }"
        #expect(throws: QueryError.self) { try engine.run(query) }
    }

    @Test func iriWithForbiddenCharactersIsRefusedBeforeAnyQuery() throws {
        for bad in ["https://example.org/a> } ?s ?p ?o {", "https://example.org/a\"b", "https://example.org/a b",
                    "https://example.org/a\\u003E", "https://example.org/a{b}", "https://example.org/a\nb"] {
            #expect(throws: GraphError.self) { try IRI(bad) }
        }
        let (_, store) = try Self.server.get()
        let engine = QueryEngine(store: store)
        for query in ["find ?s where { ?s <https://example.org/p> <https://example.org/a\"b> }",
                      "find ?s where { ?s <https://example.org/p{}> ?o }"] {
            #expect(throws: (any Error).self) { try engine.run(query) }
            // …and the error is the query language's or the IRI check's, never the server's.
            do { _ = try engine.run(query) } catch { #expect(!(error is RemoteError), "\(error)") }
        }
    }

    @Test func languageTagsAreCheckedAgainstLANGTAG() throws {
        let bad = Literal("x", knownLanguage: "en} ?s ?p ?o {")
        #expect(throws: GraphError.self) { try SPARQLSyntax.literal(bad) }
        let good = try SPARQLSyntax.literal(Literal("x", knownLanguage: "fa-IR"))
        #expect(good == "\"x\"@fa-ir")
    }

    @Test func escapingDefeatsCodepointEscapes() {
        // After escaping, no backslash is followed by u or U that a §19.2 pre-pass could read as an escape.
        for text in Self.hostile {
            let escaped = SPARQLSyntax.escape(text)
            var index = escaped.unicodeScalars.startIndex
            var backslashes = 0
            while index < escaped.unicodeScalars.endIndex {
                let scalar = escaped.unicodeScalars[index]
                if (scalar == "u" || scalar == "U") && backslashes % 2 == 1 {
                    // An odd run of backslashes before u: only our own \u0075 / \u0055 / \u0022 forms are allowed.
                    let rest = String(escaped.unicodeScalars[index...].prefix(5))
                    #expect(["u0075", "u0055"].contains(rest), "\(escaped)")
                }
                backslashes = scalar == "\\" ? backslashes + 1 : 0
                index = escaped.unicodeScalars.index(after: index)
            }
        }
    }
}
