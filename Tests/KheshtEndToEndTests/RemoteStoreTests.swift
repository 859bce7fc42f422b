import Foundation
import KheshtRemote
import KheshtTestSupport
import Testing

/// The knowledge base on a real Oxigraph server, driven through the `khesht` binary as a user would:
/// `khesht sync --to URL`, `khesht query --store URL`, `khesht ingest --store URL` — compared with the embedded store.
@Suite(.serialized) struct RemoteStoreTests {
    static let corpus = KheshtProcess.packageRoot.appendingPathComponent("data/articles").path

    /// The corpus ingested into SQLite once for the suite.
    static let database: Result<String, Error> = Result {
        let folder = try KheshtProcess.scratchFolder()
        let database = folder.appendingPathComponent("embedded.sqlite").path
        let result = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet", corpus])
        guard result.status == 0 else { throw KheshtProcess.Failure("ingest failed: \(result.stderr)") }
        return database
    }

    /// A server holding the embedded store after `khesht sync`.
    static let synced: Result<OxigraphServer, Error> = Result {
        let server = try OxigraphServer()
        let sync = try KheshtProcess.khesht(["--db", try database.get(), "sync", "--to", server.url, "--quiet"])
        guard sync.status == 0 else { throw KheshtProcess.Failure("sync failed: \(sync.stderr)") }
        return server
    }

    /// What an answer says, independent of presentation: the header, then the rows as a sorted multiset, without
    /// the display-label columns (a column `x` beside `x_iri`) and without `sources`. Which of an entity's several
    /// labels is displayed, and the order of rows that tie on every `order by` key, are not part of the answer.
    static func answer(_ csv: String) -> [String] {
        let lines = csv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        guard let header = lines.first else { return [] }
        let columns = CSVLine.fields(header)
        let keep = columns.indices.filter { i in
            columns[i] != "sources" && !columns.contains(columns[i] + "_iri")
        }
        func project(_ line: String) -> String {
            let fields = CSVLine.fields(line)
            return keep.map { $0 < fields.count ? fields[$0] : "" }.joined(separator: "\u{1F}")
        }
        return [project(header)] + lines.dropFirst().map(project).sorted()
    }

    @Test(arguments: ExampleQuestionsTests.questions)
    func oxigraphGivesTheEmbeddedAnswer(_ question: URL) throws {
        let database = try Self.database.get()
        let server = try Self.synced.get()
        let embedded = try KheshtProcess.khesht(["--db", database, "query", "-f", question.path, "--format", "csv"])
        let remote = try KheshtProcess.khesht(["query", "--store", server.url, "-f", question.path, "--format", "csv"])
        #expect(remote.status == 0, "\(remote.stderr)")
        #expect(embedded.status == 0, "\(embedded.stderr)")
        let expected = Self.answer(embedded.stdout)
        #expect(expected.count > 1, "\(question.lastPathComponent) has no rows")
        #expect(Self.answer(remote.stdout) == expected, "\(question.lastPathComponent): Oxigraph answers differently")
    }

    @Test func syncCopiesEveryGraphExactlyOnceAndIsIdempotent() throws {
        let database = try Self.database.get()
        let server = try Self.synced.get()
        let embedded = try KheshtProcess.graphCounts(database: database)
        #expect(try Self.remoteGraphCounts(server) == embedded)
        let again = try KheshtProcess.khesht(["--db", database, "sync", "--to", server.url, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.remoteGraphCounts(server) == embedded)
    }

    static func remoteGraphCounts(_ server: OxigraphServer) throws -> [String: Int] {
        let store = SPARQLGraphStore(endpoint: try RemoteEndpoint(base: server.url))
        var counts: [String: Int] = [:]
        for (graph, count) in try store.graphSizes() { counts[graph?.ntriples ?? "(default graph)"] = count }
        return counts
    }

    @Test func aStoppedServerGivesAClearErrorAndARerunCompletesTheIngest() throws {
        let database = try Self.database.get()
        let server = try OxigraphServer()
        let folder = try KheshtProcess.scratchFolder()
        let client = SPARQLClient(endpoint: try RemoteEndpoint(base: server.url))
        // The corpus three times: long enough to stop the server in the middle (re-reading an article replaces
        // its graph, so the result is still one graph per article).
        let arguments = ["ingest", "--store", server.url, "--retries", "1", "--timeout", "3", "--quiet",
                         Self.corpus, Self.corpus, Self.corpus]
        let ingest = try KheshtProcess.start(arguments, in: folder, logName: "ingest.log")
        var sent = 0
        let deadline = Date().addingTimeInterval(60)
        while ingest.isRunning, Date() < deadline {
            sent = (try? client.graphNames().count) ?? 0
            if sent >= 4 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        server.stop()
        ingest.waitUntilExit()
        let log = try String(contentsOf: folder.appendingPathComponent("ingest.log"), encoding: .utf8)
        #expect(sent >= 4, "the server never received graphs: \(log)")
        #expect(ingest.terminationStatus == 1, "ingest should fail when the server stops: \(log)")
        #expect(log.contains("SPARQL server unreachable"), "\(log)")
        #expect(log.contains("run the same command again"), "\(log)")
        #expect(!log.contains("Fatal error"), "\(log)")

        try server.restart()
        let partial = try Self.remoteGraphCounts(server)
        let embedded = try KheshtProcess.graphCounts(database: database)
        #expect(partial.count < embedded.count, "the stop came after the last graph; nothing was interrupted")
        for (graph, count) in partial {
            #expect(embedded[graph] == count, "graph \(graph) is half-written after the failure")
        }
        let rerun = try KheshtProcess.khesht(["ingest", "--store", server.url, "--quiet", Self.corpus])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.remoteGraphCounts(server) == embedded)
    }

    @Test func anUnreachableServerIsNamedInTheError() throws {
        let port = try OxigraphServer.freePort()
        let result = try KheshtProcess.khesht(["query", "--store", "http://127.0.0.1:\(port)", "--retries", "1", "--timeout", "2",
                                               "find ?e where { ?e location \"Milad Tower\" }"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("SPARQL server unreachable"), "\(result.stderr)")
        #expect(result.stderr.contains("127.0.0.1:\(port)"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
    }
}

/// Splits one CSV line (RFC 4180 quoting) into fields.
enum CSVLine {
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { fields.append(field); field = "" }
            else { field.append(c) }
        }
        fields.append(field)
        return fields
    }
}
