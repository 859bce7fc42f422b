import Foundation
import Testing

/// `khesht repl` as a person uses it, in a real terminal (tmux): Persian tab completion, queries, history
/// recall (Up-arrow, Ctrl-R), multi-line input, error carets, Ctrl-C abandoning a statement, `.quit`.
@Suite(.serialized) struct ReplTerminalTests {
    /// A database loaded with the sample N-Quads (Persian and English labels).
    static func sampleDatabase(in folder: URL) throws -> String {
        let database = folder.appendingPathComponent("news.sqlite").path
        let sample = KheshtProcess.packageRoot.appendingPathComponent("examples/repl/sample.nq").path
        let load = try KheshtProcess.khesht(["load", "--db", database, sample])
        guard load.status == 0 else { throw KheshtProcess.Failure("load failed: \(load.stderr)") }
        return database
    }

    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test func interactiveSessionCompletesPersianRunsQueriesRecallsHistoryAndQuits() throws {
        let folder = try KheshtProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try Self.sampleDatabase(in: folder)
        let history = folder.appendingPathComponent("history").path
        let command = "env KHESHT_HISTORY=\(Self.shellQuoted(history)) KHESHT_DB= "
            + "\(Self.shellQuoted(try KheshtProcess.binary)) repl --db \(Self.shellQuoted(database))"
        let terminal = try TerminalSession(command: command)
        try terminal.waitFor("the prompt") { $0.contains("khesht> ") }

        try terminal.waitForPrompt()
        // Tab completion of a Persian entity label typed in part (multibyte UTF-8, a space inside the label).
        try terminal.type("describe \"برج م")
        try terminal.press("Tab")
        try terminal.waitFor("completion of برج میلاد") { $0.contains("describe \"برج میلاد\"") }
        try terminal.type(";")
        try terminal.press("Enter")
        try terminal.waitFor("the description") { $0.contains("<https://w3id.org/khesht/id/place/milad-tower>") }

        try terminal.waitForPrompt()
        // A whole-word Persian completion from the first letters.
        try terminal.type("describe \"محس")
        try terminal.press("Tab")
        try terminal.waitFor("completion of محسن هاشمی") { $0.contains("describe \"محسن هاشمی\"") }
        try terminal.press("C-u")
        try terminal.waitFor("the cleared line") { _ in (try? terminal.cursorLine())?.trimmingCharacters(in: .whitespaces) == "khesht>" }

        try terminal.waitForPrompt()
        // A multi-line query: the `;` inside the braces continues, the one after them ends it.
        try terminal.type("find ?e ?d where { ?e a Event ;")
        try terminal.press("Enter")
        try terminal.waitFor("the continuation prompt") { $0.contains("...> ") }
        try terminal.type("startDate ?d } order by ?d;")
        try terminal.press("Enter")
        let afterQuery = try terminal.waitFor("the result table") { $0.contains("2 rows") }
        #expect(afterQuery.contains("2019-10-31"))
        #expect(afterQuery.contains("روز جهانی شهرها"))

        // Up-arrow recalls the multi-line query as one line; Enter runs it again.
        try terminal.press("Up")
        let recalled = "find ?e ?d where { ?e a Event ; startDate ?d } order by ?d;"
        try terminal.waitFor("the recalled query") { _ in (try? terminal.cursorLine())?.contains(recalled) == true }
        try terminal.press("Enter")
        try terminal.waitFor("the query run twice") { $0.components(separatedBy: "2 rows").count == 3 }

        try terminal.waitForPrompt()
        // A syntax error: line:column, the line, a caret under the mistake, a suggestion.
        try terminal.type("find ?e where { ?e locaton \"برج میلاد\" };")
        try terminal.press("Enter")
        let withError = try terminal.waitFor("the error") { $0.contains("did you mean: location") }
        #expect(withError.contains("error at 1:20: unknown property 'locaton'"))
        let lines = withError.components(separatedBy: "\n")
        let sourceIndex = try #require(lines.lastIndex { $0.hasPrefix("  find ?e where { ?e locaton") })
        let caretLine = lines[sourceIndex + 1]
        let wordColumn = try #require(lines[sourceIndex].range(of: "locaton")).lowerBound.utf16Offset(in: lines[sourceIndex])
        let caretColumn = try #require(caretLine.firstIndex(of: "^")).utf16Offset(in: caretLine)
        #expect(caretColumn == wordColumn)
        #expect(caretLine.contains("^^^^^^^"))

        // Ctrl-R searches history backwards; Enter runs what it found.
        try terminal.waitForPrompt()
        try terminal.press("C-r")
        try terminal.type("locat")
        try terminal.waitFor("the reverse search") { $0.contains("bck:locat") }
        try terminal.press("Enter")
        try terminal.waitFor("the error shown again") { $0.components(separatedBy: "did you mean: location").count == 3 }

        // Ctrl-C abandons an unfinished multi-line statement and keeps the session: the next query runs alone.
        try terminal.waitForPrompt()
        try terminal.type("find ?e where { ?e a")
        try terminal.press("Enter")
        try terminal.waitForPrompt("...>")
        try terminal.press("C-c")
        try terminal.waitFor("the interrupt") { $0.contains("^C") }
        try terminal.waitForPrompt()
        let rowCounts = { (screen: String) in screen.components(separatedBy: " row").count }
        let screenBefore = try terminal.screen()
        let before = rowCounts(screenBefore)
        let errorsBefore = screenBefore.components(separatedBy: "error at").count
        try terminal.type("find ?p where { ?e speaker ?p };")
        try terminal.press("Enter")
        let afterInterrupt = try terminal.waitFor("the query after Ctrl-C") { rowCounts($0) > before }
        #expect(afterInterrupt.components(separatedBy: "error at").count <= errorsBefore, "screen: \(afterInterrupt)")
        #expect(try terminal.exitStatus() == nil)

        try terminal.waitForPrompt()
        try terminal.type(".quit")
        try terminal.press("Enter")
        var status: Int32?
        for _ in 0..<100 where status == nil {
            status = try terminal.exitStatus()
            if status == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(status == 0, "screen: \((try? terminal.screen()) ?? "")")

        // History was written as the session went: it holds the statements typed.
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("locaton"))
        #expect(saved.contains("startDate"))
    }

    /// Ctrl-C while a query runs stops that query (not the process): "query cancelled", the prompt again, the
    /// next query answers, and the cancelled statement is in history.
    @Test func ctrlCWhileAQueryRunsCancelsItAndKeepsTheSession() throws {
        let folder = try KheshtProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A generated knowledge base: 10,000 events with Persian labels.
        let triples = folder.appendingPathComponent("events.nt")
        try KheshtProcess.writeTriples(30_000, to: triples, tag: "cancel")
        let database = folder.appendingPathComponent("events.sqlite").path
        let load = try KheshtProcess.khesht(["load", "--db", database, triples.path])
        #expect(load.status == 0, "load: \(load.stderr)")
        let history = folder.appendingPathComponent("history").path
        let command = "env KHESHT_HISTORY=\(Self.shellQuoted(history)) KHESHT_DB= "
            + "\(Self.shellQuoted(try KheshtProcess.binary)) repl --db \(Self.shellQuoted(database))"
        let terminal = try TerminalSession(command: command)
        try terminal.waitForPrompt()

        // 10,000³ combinations, every one rejected by the filter: it would run for hours, in constant memory.
        let slow = "find ?a where { ?a a Event . ?b a Event . ?c a Event . filter (?a = ?b && ?b = ?c && ?a != ?c) };"
        try terminal.type(slow)
        try terminal.press("Enter")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try terminal.cursorLine().trimmingCharacters(in: .whitespaces) != "khesht>", "the query ended by itself")
        let pressed = Date()
        try terminal.press("C-c")
        let cancelled = try terminal.waitFor("the cancellation") { $0.contains("query cancelled") }
        #expect(Date().timeIntervalSince(pressed) < 5)
        #expect(!cancelled.contains("0 rows"), "a cancelled query shows no partial result")
        try terminal.waitForPrompt()
        #expect(try terminal.exitStatus() == nil, "Ctrl-C ended the process")

        // The session goes on: the next query answers.
        try terminal.type("find (count(?e) as ?n) where { ?e a Event };")
        try terminal.press("Enter")
        try terminal.waitFor("the count after Ctrl-C") { $0.contains("10000") }
        try terminal.waitForPrompt()

        // History is intact: two steps back is the cancelled statement.
        try terminal.press("Up")
        try terminal.press("Up")
        try terminal.waitFor("the cancelled query recalled") { _ in (try? terminal.cursorLine())?.contains("?a != ?c") == true }
        try terminal.press("C-u")
        try terminal.waitForPrompt()
        try terminal.type(".quit")
        try terminal.press("Enter")
        var status: Int32?
        for _ in 0..<100 where status == nil {
            status = try terminal.exitStatus()
            if status == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(status == 0, "screen: \((try? terminal.screen()) ?? "")")
    }

    @Test func pipedStatementsPrintResultsWithoutPrompts() throws {
        let folder = try KheshtProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try Self.sampleDatabase(in: folder)
        let input = """
            find ?e ?d where {
              ?e a Event ;
              startDate ?d
            } order by ?d;
            .mode csv
            find ?p where { ?e speaker ?p }

            describe "Milad Tower";
            """
        let result = try Self.run(["repl", "--db", database], input: input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("khesht>"))
        #expect(!result.stdout.contains("...>"))
        #expect(!result.stdout.contains("\u{1B}["))   // not a terminal: no colour
        #expect(result.stdout.contains("2 rows"))
        #expect(result.stdout.contains("p,p_iri\r\nمحسن هاشمی,https://w3id.org/khesht/id/person/mohsen-hashemi\r\n"))
        #expect(result.stdout.contains("entity,entity_iri,property,value,value_iri"))
    }

    @Test func pipedErrorsGoToStandardErrorAndSetTheExitStatus() throws {
        let folder = try KheshtProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try Self.sampleDatabase(in: folder)
        let result = try Self.run(["repl", "--db", database], input: "find ?e wher { ?e a Event };\nfind ?e where { ?e a Event };\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error at 1:9"))
        #expect(result.stderr.contains("^^^^"))
        #expect(result.stdout.contains("2 rows"))  // the statement after the error still ran
    }

    @Test func queryCommandPrintsFormatsAndFailsWithStatusOneOnErrors() throws {
        let folder = try KheshtProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try Self.sampleDatabase(in: folder)
        let json = try KheshtProcess.khesht(["query", "--db", database, "--format", "json",
                                             "find ?n where { ?e editionNumber ?n }"])
        #expect(json.status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((decoded?.first?["n"] as? [String: Any])?["value"] as? Int == 6)

        let file = folder.appendingPathComponent("questions.kq")
        try "# two questions\nfind ?e where { ?e location \"Milad Tower\" } order by ?e;\ndescribe \"محسن هاشمی\";\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let tsv = try KheshtProcess.khesht(["query", "--db", database, "--format", "tsv", "-f", file.path])
        #expect(tsv.status == 0, "stderr: \(tsv.stderr)")
        #expect(tsv.stdout.hasPrefix("e\te_iri\n"))
        #expect(tsv.stdout.contains("^speaker"))

        let bad = try KheshtProcess.khesht(["query", "--db", database, #"find ?e where { ?e locaton "Milad Tower" }"#])
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("error at 1:20: unknown property 'locaton'"))
        #expect(bad.stderr.contains("did you mean: location?"))
    }

    /// Runs `khesht` with `input` on standard input (a pipe, not a terminal).
    static func run(_ arguments: [String], input: String) throws -> KheshtProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KheshtProcess.binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["KHESHT_DB"] = nil
        process.environment = environment
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-repl-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: scratch.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".err"))
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return KheshtProcess.Result(status: process.terminationStatus,
                                    stdout: try String(contentsOfFile: scratch.path + ".out", encoding: .utf8),
                                    stderr: try String(contentsOfFile: scratch.path + ".err", encoding: .utf8))
    }
}
