import Foundation
import Testing
import KheshtGraph
import KheshtExport
import KheshtTestSupport

/// `schema/khesht.rdf` will be generated from `schema/khesht.ttl` by this writer: the ontology must come out with
/// typed `owl:Class` / `owl:ObjectProperty` nodes and read back intact in every parser.
@Suite("Ontology export")
struct OntologyExportTests {
    @Test func kheshtOntologyWritesAsTypedOWLNodesAndRoundTrips() throws {
        let folder = try IsomorphismCheck.temporaryFolder("ontology")
        defer { IsomorphismCheck.cleanUp(folder) }
        let ttl = ExternalTool.packageRoot.appendingPathComponent("schema/khesht.ttl").path
        let nt = folder.appendingPathComponent("khesht.nt")
        let rdf = folder.appendingPathComponent("khesht.rdf")
        // rapper stands in for a Turtle reader, which Khesht does not have.
        let rapper = try ExternalTool.locate("rapper")
        try ExternalTool.run(rapper, ["-q", "-i", "turtle", "-o", "ntriples", ttl]).stdout.write(to: nt)

        let count = try RDFXMLWriter.convertNTriples(inputPath: nt.path, outputPath: rdf.path)
        #expect(count > 100)
        let xml = try String(contentsOf: rdf, encoding: .utf8)
        #expect(xml.contains("<owl:Ontology rdf:about=\"https://w3id.org/khesht/ontology\">"))
        #expect(xml.contains("<owl:Class rdf:about=\"https://w3id.org/khesht/ontology#Award\">"))
        #expect(xml.contains("<owl:ObjectProperty rdf:about=\"https://w3id.org/khesht/ontology#recipient\">"))
        #expect(xml.contains("xml:lang=\"fa\""))

        let jobs = ["rapper", "rdflib", "oxigraph"].map {
            IsomorphismCheck.Job(name: "khesht-ontology-\($0)", parser: $0, rdfPath: rdf.path, ntPath: nt.path)
        }
        let failures = try IsomorphismCheck.run(jobs, in: folder)
        #expect(failures.isEmpty, "\(failures)")
    }
}
