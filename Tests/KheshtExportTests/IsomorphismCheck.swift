import Foundation
import KheshtTestSupport
import Testing

/// Runs `Fixtures/check_rdfxml.py`, which parses a file with rapper, rdflib or Oxigraph and compares the graph
/// with an N-Triples file using rdflib's isomorphism. A missing tool fails the test that needs it; nothing skips.
enum IsomorphismCheck {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var script: String { fixtures.appendingPathComponent("check_rdfxml.py").path }

    /// One comparison: `parser` reads `rdfPath`, the result must be isomorphic to the graph in `ntPath`.
    struct Job {
        let name: String
        let parser: String
        let rdfPath: String
        let ntPath: String
    }

    /// Runs every job in one Python process; returns the failure message per job name (absent when it passed).
    ///
    /// - Throws: `ExternalTool.Missing` / `ExternalTool.Failed` (after recording an issue) when the check cannot
    ///   run at all: no python, rdflib, pyoxigraph or rapper.
    static func run(_ jobs: [Job], in folder: URL) throws -> [String: String] {
        let jobFile = folder.appendingPathComponent("jobs.tsv")
        let lines = jobs.map { [$0.name, $0.parser, $0.rdfPath, $0.ntPath].joined(separator: "\t") }
        try (lines.joined(separator: "\n") + "\n").write(to: jobFile, atomically: true, encoding: .utf8)
        let output: String
        do {
            let python = try ExternalTool.locate("python3")
            output = String(decoding: try ExternalTool.run(python, [script, "--batch", jobFile.path]).stdout, as: UTF8.self)
        } catch {
            Issue.record("""
                the RDF/XML check could not run: \(error)
                Install the tools: apt-get install raptor2-utils; .venv/bin/pip install rdflib pyoxigraph \
                (or point KHESHT_VENV at a venv that has them).
                """)
            throw error
        }
        var failures: [String: String] = [:]
        var passed: Set<String> = []
        for line in output.split(separator: "\n") {
            if line.hasPrefix("ok ") {
                passed.insert(String(line.dropFirst(3)))
            } else if line.hasPrefix("FAIL "), let colon = line.firstIndex(of: ":") {
                let name = String(line[line.index(line.startIndex, offsetBy: 5)..<colon])
                failures[name] = String(line[line.index(after: colon)...])
            }
        }
        for job in jobs where !passed.contains(job.name) && failures[job.name] == nil {
            failures[job.name] = "no result from the helper script"
        }
        return failures
    }

    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("khesht-export-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a test's scratch folder unless `KHESHT_KEEP_TEST_OUTPUT` is set (to look at what was written).
    static func cleanUp(_ folder: URL) {
        if ProcessInfo.processInfo.environment["KHESHT_KEEP_TEST_OUTPUT"] != nil {
            print("kept test output in \(folder.path)")
            return
        }
        try? FileManager.default.removeItem(at: folder)
    }
}
