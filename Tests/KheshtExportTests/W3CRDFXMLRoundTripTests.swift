import Foundation
import Testing
import KheshtGraph
import KheshtExport
import KheshtTestSupport

/// Every positive evaluation test of the W3C RDF/XML suite, backwards: the expected graph (.nt) is written as
/// RDF/XML by Khesht, and rapper, rdflib and Oxigraph must each read back a graph isomorphic to it.
@Suite("W3C RDF/XML suite written by Khesht")
struct W3CRDFXMLRoundTripTests {
    struct Entry {
        let name: String
        let result: URL
    }

    /// Graphs of the suite that RDF/XML cannot state, with the reason and the error Khesht must throw.
    /// (Empty today: every expected graph of the suite has a QName for each predicate. The check below still
    /// runs, so an entry added here must really be refused.)
    static let refused: [String: (reason: String, error: ExportError)] = [:]

    /// The suite folder: `ExternalTool.w3cTests` (`KHESHT_W3C_TESTS`, else `shared/` beside the package root),
    /// or `shared/` one level further up for git worktrees; `KHESHT_W3C_TESTS` may also name the rdf-xml folder.
    static func suiteFolder() throws -> URL {
        let relative = "rdf/rdf11/rdf-xml"
        let root = ExternalTool.packageRoot
        let candidates = [
            ExternalTool.w3cTests, ExternalTool.w3cTests.appendingPathComponent(relative),
            root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/w3c-rdf-tests")
                .appendingPathComponent(relative),
        ]
        if let found = candidates.first(where: {
            $0.path.hasSuffix("rdf-xml") && FileManager.default.fileExists(atPath: $0.appendingPathComponent("manifest.ttl").path)
        }) {
            return found
        }
        Issue.record("W3C RDF/XML suite not found; looked in \(candidates.map(\.path)). Set KHESHT_W3C_TESTS.")
        throw CocoaError(.fileNoSuchFile)
    }

    /// The `rdft:TestXMLEval` entries of manifest.ttl (commented-out lines ignored). The manifest is regular:
    /// one `<#name> a rdft:TestXMLEval; … mf:result <file> .` block per test.
    static func evaluationTests() throws -> [Entry] {
        let folder = try suiteFolder()
        let text = try String(contentsOf: folder.appendingPathComponent("manifest.ttl"), encoding: .utf8)
        let live = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
            .joined(separator: "\n")
        var entries: [Entry] = []
        for block in live.components(separatedBy: "\n<#").dropFirst() {
            guard let close = block.firstIndex(of: ">") else { continue }
            let name = String(block[..<close])
            guard block.contains("rdft:TestXMLEval") else { continue }
            guard let result = block.range(of: "mf:result <"),
                  let end = block[result.upperBound...].firstIndex(of: ">") else {
                Issue.record("manifest entry \(name) has no mf:result")
                continue
            }
            entries.append(Entry(name: name, result: folder.appendingPathComponent(String(block[result.upperBound..<end]))))
        }
        return entries
    }

    /// Writes every expected graph as RDF/XML into `folder`; returns the jobs for the parsers to check.
    static func writeSuite(into folder: URL, parser: String) throws -> [IsomorphismCheck.Job] {
        let entries = try evaluationTests()
        #expect(entries.count >= 100, "expected the whole suite, found \(entries.count) evaluation tests")
        var jobs: [IsomorphismCheck.Job] = []
        for entry in entries {
            let output = folder.appendingPathComponent(entry.name + ".rdf")
            do {
                try RDFXMLWriter.convertNTriples(inputPath: entry.result.path, outputPath: output.path)
                if let refusal = refused[entry.name] {
                    Issue.record("\(entry.name) was written, but is listed as refused (\(refusal.reason))")
                }
                jobs.append(.init(name: entry.name, parser: parser, rdfPath: output.path, ntPath: entry.result.path))
            } catch let error as ExportError {
                if let refusal = refused[entry.name] {
                    #expect(error == refusal.error, "\(entry.name): \(refusal.reason)")
                } else {
                    Issue.record("\(entry.name): Khesht refused the graph: \(error)")
                }
            }
        }
        #expect(jobs.count + refused.count == entries.count, "every evaluation test is either checked or refused")
        return jobs
    }

    @Test("each parser reads back the graph Khesht wrote", arguments: ["rapper", "rdflib", "oxigraph"])
    func roundTrip(parser: String) throws {
        let folder = try IsomorphismCheck.temporaryFolder("w3c-\(parser)")
        defer { IsomorphismCheck.cleanUp(folder) }
        let jobs = try Self.writeSuite(into: folder, parser: parser)
        let failures = try IsomorphismCheck.run(jobs, in: folder)
        for (name, message) in failures.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(name) via \(parser):\(message)")
        }
        #expect(failures.isEmpty)
    }
}
