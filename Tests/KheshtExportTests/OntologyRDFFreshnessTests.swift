import Foundation
import Testing
import KheshtExport
import KheshtTestSupport

/// `schema/khesht.rdf` is generated from `schema/khesht.ttl` (scripts/generate-ontology-rdf.sh); this fails when
/// someone edits the Turtle and forgets to regenerate the RDF/XML that Protégé users open.
@Suite struct OntologyRDFFreshnessTests {
    @Test func checkedInRDFXMLMatchesTheTurtle() throws {
        let root = ExternalTool.packageRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-onto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (ntriples, _) = try ExternalTool.run("rapper", ["-q", "-i", "turtle", "-o", "ntriples", root.appendingPathComponent("schema/khesht.ttl").path])
        let input = folder.appendingPathComponent("khesht.nt")
        try ntriples.write(to: input)
        let output = folder.appendingPathComponent("khesht.rdf")
        try RDFXMLWriter.convertNTriples(inputPath: input.path, outputPath: output.path)
        let fresh = try String(contentsOf: output, encoding: .utf8)
        let checkedIn = try String(contentsOf: root.appendingPathComponent("schema/khesht.rdf"), encoding: .utf8)
        #expect(fresh == checkedIn, "schema/khesht.rdf is stale: run scripts/generate-ontology-rdf.sh")
    }
}
