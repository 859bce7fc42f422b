import Foundation
import Testing
@testable import KheshtGraph

/// Runs the W3C RDF 1.1 N-Triples syntax suite: every positive test must parse (and agree with Oxigraph's reading of
/// the same file), every negative test must fail with a located `SyntaxError`.
@Suite struct NTriplesConformanceTests {
    struct ManifestEntry {
        let name: String
        let isPositive: Bool
        let action: URL
    }

    /// The suite folder: `KHESHT_W3C_TESTS`, else `shared/w3c-rdf-tests/...` beside the package root (or beside
    /// its parent, for git worktrees kept one level deeper).
    static func suiteFolder() throws -> URL {
        let relative = "shared/w3c-rdf-tests/rdf/rdf11/rdf-n-triples"
        if let override = ProcessInfo.processInfo.environment["KHESHT_W3C_TESTS"], !override.isEmpty {
            var url = URL(fileURLWithPath: override)
            if !FileManager.default.fileExists(atPath: url.appendingPathComponent("manifest.ttl").path) {
                url = url.appendingPathComponent("rdf/rdf11/rdf-n-triples")
            }
            return url
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [root.deletingLastPathComponent(), root.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent(relative) }
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("manifest.ttl").path) }) {
            return found
        }
        Issue.record("W3C test suite not found; looked in \(candidates.map(\.path)). Set KHESHT_W3C_TESTS to the rdf-tests checkout.")
        throw CocoaError(.fileNoSuchFile)
    }

    /// Reads the entries of manifest.ttl. The manifest is regular (one `<#name> rdf:type ...; mf:action <file>`
    /// block per test), so a block scan suffices; the entry count is checked against the `mf:entries` list.
    static func manifest() throws -> [ManifestEntry] {
        let folder = try suiteFolder()
        let text = try String(contentsOf: folder.appendingPathComponent("manifest.ttl"), encoding: .utf8)
        let listed = text.components(separatedBy: "mf:entries")[1].components(separatedBy: ")")[0]
            .components(separatedBy: "<#").count - 1
        var entries: [ManifestEntry] = []
        for block in text.components(separatedBy: "\n<#").dropFirst() {
            let name = String(block.prefix { $0 != ">" })
            let isPositive: Bool
            if block.contains("rdft:TestNTriplesPositiveSyntax") { isPositive = true }
            else if block.contains("rdft:TestNTriplesNegativeSyntax") { isPositive = false }
            else { Issue.record("manifest entry \(name) has an unknown test type"); continue }
            guard let actionRange = block.range(of: "mf:action") else { Issue.record("\(name) has no mf:action"); continue }
            let file = block[actionRange.upperBound...].drop { $0 != "<" }.dropFirst().prefix { $0 != ">" }
            entries.append(ManifestEntry(name: name, isPositive: isPositive, action: folder.appendingPathComponent(String(file))))
        }
        #expect(entries.count == listed, "manifest lists \(listed) tests, found \(entries.count) test blocks")
        return entries
    }

    @Test func positiveAndNegativeSyntaxTests() throws {
        let entries = try Self.manifest()
        let parser = NQuadsParser(allowGraphs: false)
        var positivePassed = 0, negativePassed = 0
        for entry in entries {
            let text = try String(contentsOf: entry.action, encoding: .utf8)
            if entry.isPositive {
                do {
                    let quads = try parser.parse(document: text)
                    let ours = Set(quads.map(\.description))
                    let reference = try OxigraphReference.statements(of: entry.action, nquads: false)
                    #expect(ours == reference, "\(entry.name): our triples differ from Oxigraph's")
                    // The streaming reader must agree with the in-memory parse.
                    let streamed = try NQuadsFileReader(path: entry.action.path, chunkSize: 16).readAll()
                    #expect(streamed == quads, "\(entry.name): file reader disagrees with parse(document:)")
                    if ours == reference && streamed == quads { positivePassed += 1 }
                } catch {
                    Issue.record("\(entry.name) should parse but failed: \(error)")
                }
            } else {
                do {
                    let quads = try parser.parse(document: text)
                    Issue.record("\(entry.name) should be rejected but parsed as \(quads)")
                } catch {
                    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
                    let valid = error.line >= 1 && error.line <= lines.count && error.column >= 1
                        && error.column <= lines[error.line - 1].unicodeScalars.count + 1
                    #expect(valid, "\(entry.name): error position \(error.line):\(error.column) is outside the text")
                    #expect(error.description.hasPrefix("\(error.line):\(error.column): "))
                    if valid { negativePassed += 1 }
                }
            }
        }
        let positives = entries.filter(\.isPositive).count
        print("W3C N-Triples: positive \(positivePassed)/\(positives), negative \(negativePassed)/\(entries.count - positives)")
        #expect(positives > 0 && entries.count > positives)
        #expect(positivePassed == positives)
        #expect(negativePassed == entries.count - positives)
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/nquads")
    }

    /// Each `*.nq` positive fixture has a `*.expected.nq` holding the canonical lines it must give.
    @Test func nquadsPositiveFixtures() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasPrefix("good-") && !$0.hasSuffix(".expected.nq") }.sorted()
        #expect(files.count >= 3)
        for file in files {
            let url = Self.fixtures.appendingPathComponent(file)
            let expectedURL = url.deletingPathExtension().appendingPathExtension("expected.nq")
            let quads = try NQuadsFileReader(path: url.path).readAll()
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            #expect(try NQuadsSerializer().document(quads) == expected, "\(file)")
            #expect(try OxigraphReference.statements(of: url, nquads: true) == Set(quads.map(\.description)), "\(file)")
        }
        print("N-Quads fixtures: positive \(files.count) checked")
    }

    /// Each negative fixture starts with `# error LINE:COLUMN`, the position the parser must report.
    @Test func nquadsNegativeFixtures() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasPrefix("bad-") }.sorted()
        #expect(files.count >= 5)
        for file in files {
            let url = Self.fixtures.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let expected = text.split(separator: "\n")[0].replacingOccurrences(of: "# error ", with: "")
            #expect(try OxigraphReference.statements(of: url, nquads: true) == nil, "Oxigraph accepts \(file)")
            do {
                _ = try NQuadsFileReader(path: url.path).readAll()
                Issue.record("\(file) should be rejected")
            } catch let error as SyntaxError {
                #expect("\(error.line):\(error.column)" == expected, "\(file): \(error)")
                #expect(error.description.hasPrefix("\(url.path):\(expected): "), "\(error)")
            }
        }
        print("N-Quads fixtures: negative \(files.count) checked")
    }
}
