import Foundation
import KheshtGraph
@testable import KheshtQuery
import Testing

/// `explain sparql` must produce SPARQL that a real engine parses and answers the same way: each query runs in
/// our engine and, translated, in pyoxigraph over the same quads (as N-Quads; default graph = merge of the articles).
/// pyoxigraph is found in `$KHESHT_VENV` (default `<package root>/.venv`); the test fails when it is missing.
@Suite struct SPARQLDifferentialTests {
    struct Case {
        let query: String
        /// Compare row order too (only where the order is fully determined).
        let ordered: Bool
        init(_ query: String, ordered: Bool = false) { self.query = query; self.ordered = ordered }
    }

    static let cases: [Case] = [
        Case(#"find ?person ?role where { ?h holder ?person ; roleName ?role ; inOrganization "Tehran City Council" }"#),
        Case(#"find ?e ?date where { ?e a Event ; location "برج میلاد" ; startDate ?date } order by ?date"#),
        Case(#"find ?e ?n ?place where { ?e editionOf "خشت طلایی" ; editionNumber ?n ; location ?place ; startDate ?d filter (?d in jalali 1398) }"#),
        Case(#"find ?e where { ?e editionOf "Golden Brick Award" ; startDate jalali 1397 }"#),
        Case(#"find ?text ?event where { ?q a Quote ; saidBy "Mohsen Hashemi" ; text ?text optional { ?q saidAt ?event } } order by ?text"#, ordered: true),
        Case("find ?venue (count(?e) as ?n) where { ?e a Event ; location ?venue } group by ?venue order by desc(?n)", ordered: true),
        Case(#"find ?year ?who where { "World Cities Day" establishedIn ?year ; proposedBy ?who }"#),
        Case(#"find distinct ?p where { ?e location "برج میلاد" ; speaker ?p }"#),
        Case(#"find distinct ?p where { "Milad Tower" ^location/speaker ?p }"#),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d between jalali 1397/07 and date 2019-12) }"),
        Case("find ?e where { ?e a Event not { ?e startDate ?d } }"),
        Case("find ?e where { ?e a Event optional { ?e startDate ?d } filter (!bound(?d)) }"),
        Case("find ?e ?chair where { ?e a Event optional { ?e chair ?chair } }"),
        Case(#"find ?e ?p where { { ?e speaker ?p } union { ?e chair ?p } }"#),
        Case(#"find ?e where { ?e speaker|chair "احمد مسجدجامعی" }"#),
        Case(#"find ?place where { "Milad Tower" containedInPlace+ ?place }"#),
        Case(#"find ?place where { "Milad Tower" containedInPlace* ?place }"#),
        Case(#"find ?e where { ?e location/containedInPlace+ "ایران" ; a Event }"#),
        Case(#"find ?inside where { ?inside containedInPlace+ "Tehran" }"#),
        Case(#"find ?p where { "Tehran" containedInPlace? ?p }"#),
        Case(#"find ?n where { ?x a Person ; label ?n filter (lang(?n) = "en") } order by ?n limit 2 offset 1"#, ordered: true),
        Case(#"find ?e where { ?e label ?l filter (contains(?l, "خشت") && lang(?l) = "fa") }"#),
        Case(#"find ?q where { ?q text ?t filter contains(?t, "ديپلماسي") }"#),
        Case(#"find ?p where { ?h holder ?p ; roleName "رييس" }"#),
        Case(#"find ?p where { ?h holder ?p ; roleName "رئیس"@fa }"#),
        Case("find ?e where { ?e editionNumber ?n filter (?n > 3) }"),
        Case("find ?e where { ?e editionNumber 3 }"),
        Case(#"find (count(?e) as ?n) where { ?e location "Milad Tower" }"#),
        Case("find (count(distinct ?p) as ?n) where { ?e speaker ?p }"),
        Case("find (min(?n) as ?lo) (max(?n) as ?hi) (sum(?n) as ?total) where { ?e editionNumber ?n }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d >= date 2019-06) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d < jalali 1398) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d > jalali 1397) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d <= jalali 1398) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d = date 2018-10) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d != date 2018-10) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (?d = jalali 1398/08/11) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (date 2019 < ?d) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (jalali 1397/07/01 <= ?d) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (jalali 1397/07/10 < ?d) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (jalali 1398 >= ?d) }"),
        Case("find ?e where { ?e a Event ; startDate ?d filter (jalali 1398 > ?d) }"),
        Case(#"find * where { ?a datePublished ?d ; headline ?h filter (?d in jalali 1398/08 && startswith(?h, "محسن")) }"#),
        Case(#"find ?x ?t where { ?x a Organization ; label ?t filter (str(?t) = "Tabnak" || lang(?t) = "") }"#),
        Case("find ?e where { ?e a AwardCeremony not { ?e speaker ?p . ?p label \"Pirouz Hanachi\"@en } }"),
        Case("find ?q ?i where { ?q a Quote ; sentenceIndex ?i } order by desc(?i)", ordered: true),
    ]

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func python() throws -> URL {
        let venv = ProcessInfo.processInfo.environment["KHESHT_VENV"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".venv")
        let python = venv.appendingPathComponent("bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw TestFailure("no Python at \(python.path): create the venv (python3 -m venv .venv && .venv/bin/pip install pyoxigraph) or set KHESHT_VENV")
        }
        return python
    }

    func runOxigraph(_ queries: [String]) throws -> [[String: Any]] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-sparql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data.nq"), queryFile = dir.appendingPathComponent("queries.json")
        try NewsDataset.nquads.write(to: data, atomically: true, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: queries).write(to: queryFile)
        let process = Process()
        process.executableURL = try Self.python()
        process.arguments = [Self.packageRoot.appendingPathComponent("Tests/KheshtQueryTests/Fixtures/run_sparql.py").path, data.path, queryFile.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestFailure("pyoxigraph run failed (is pyoxigraph installed in the venv?): \(errors)")
        }
        guard let results = try JSONSerialization.jsonObject(with: output) as? [[String: Any]] else {
            throw TestFailure("unreadable pyoxigraph output")
        }
        return results
    }

    @Test func generatedSPARQLAnswersLikeTheEngine() throws {
        let engine = QueryEngine(store: NewsDataset.store())
        let sparql = try Self.cases.map { try engine.sparql(for: $0.query) }
        let results = try runOxigraph(sparql)
        #expect(results.count == Self.cases.count)
        for (i, testCase) in Self.cases.enumerated() where i < results.count {
            let result = results[i]
            if let error = result["error"] as? String {
                Issue.record("pyoxigraph rejected the SPARQL of \(testCase.query):\n\(sparql[i])\n\(error)")
                continue
            }
            let theirs = (result["rows"] as? [[Any]] ?? []).map { $0.map { $0 as? String ?? "-" } }
            let table = try QueryTestSupport.table(engine, testCase.query)
            let ours = table.rows.map { $0.map { $0?.ntriples ?? "-" } }
            #expect(result["columns"] as? [String] == table.columns, "columns of \(testCase.query)")
            if testCase.ordered {
                #expect(ours == theirs, "\(testCase.query)\n\(sparql[i])")
            } else {
                #expect(ours.sorted { $0.joined(separator: "\t") < $1.joined(separator: "\t") }
                        == theirs.sorted { $0.joined(separator: "\t") < $1.joined(separator: "\t") }, "\(testCase.query)\n\(sparql[i])")
            }
            #expect(!ours.isEmpty || testCase.query.contains("count"), "a differential case should return rows: \(testCase.query)")
        }
    }

    @Test func explainSparqlEscapesLiteralsAndPrefixes() throws {
        let engine = QueryEngine(store: NewsDataset.store())
        guard case .sparql(let text) = try engine.run(#"explain sparql find ?e where { ?e headline "a\\b \"q\"\nline\r"@en }"#) else {
            Issue.record("expected SPARQL text"); return
        }
        #expect(text.contains("PREFIX schema: <https://schema.org/>"))
        #expect(text.contains(#""a\\b \"q\"\nline\r"@en"#), "\(text)")
        #expect(SPARQLWriter.escape("a\\b\"c\nd\re") == #"a\\b\"c\nd\re"#)
        let results = try runOxigraph([text])
        #expect(results.first?["error"] == nil, "\(results)")
    }
}
