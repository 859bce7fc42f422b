import Foundation
import Testing
import KheshtGraph
@testable import KheshtExport

@Suite("TurtleWriter")
struct TurtleWriterTests {
    let event = IRI(unchecked: "https://w3id.org/khesht/id/event/golden-brick-2019")

    @Test func groupsSubjectsWithSemicolonsAndObjectsWithCommas() throws {
        let turtle = try TurtleWriter.string([
            Triple(event, RDF.type, .iri(Schema.event)),
            Triple(event, RDFS.label, .text("خشت طلایی", language: "fa")),
            Triple(event, RDFS.label, .text("Golden Brick", language: "en")),
            Triple(event, Schema.startDate, .typed("2019-10-31", XSD.date)),
            Triple(.blank(BlankNode("b1")), Schema.name, .string("x")),
        ])
        #expect(turtle.hasPrefix("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"))
        #expect(turtle.contains("""
            khr:event/golden-brick-2019 a schema:Event ;
            """) == false, "a local part with '/' is not a safe prefixed name")
        #expect(turtle.contains("""
            <https://w3id.org/khesht/id/event/golden-brick-2019> a schema:Event ;
                rdfs:label "خشت طلایی"@fa ,
                    "Golden Brick"@en ;
                schema:startDate "2019-10-31"^^xsd:date .

            _:b1 schema:name "x" .

            """))
    }

    @Test func escapesEveryLiteralAndFallsBackToFullIRIs() throws {
        let odd = IRI(unchecked: "https://schema.org/a.b")
        let turtle = try TurtleWriter.string([
            Triple(.iri(odd), Schema.text, .string("line\n\"quoted\" back\\slash\r\u{0}\u{7}\ttab")),
            Triple(.blank(BlankNode("has space")), Schema.text, .typed("1", IRI(unchecked: "http://example.org/dt#x"))),
        ])
        #expect(turtle.contains("<https://schema.org/a.b> schema:text \"line\\n\\\"quoted\\\" back\\\\slash\\r\\u0000\\u0007\\u0009tab\""))
        #expect(turtle.contains("_:kx686173207370616365 schema:text \"1\"^^<http://example.org/dt#x> ."))
    }

    @Test func irisWithDotSegmentsAreRefused() throws {
        let triple = Triple(event, Schema.url, .iri(IRI(unchecked: "http://example.org/a/../b")))
        #expect(throws: ExportError.unrepresentableIRI(triple)) { try TurtleWriter.string([triple]) }
    }

    /// Random graphs (the RDF/XML property test's generator, with names RDF/XML refuses and every control
    /// character) written as Turtle read back isomorphic in rapper, rdflib and Oxigraph; graphs with dot-segment
    /// IRIs are refused.
    @Test func randomGraphsRoundTripThroughRapperRdflibAndOxigraph() throws {
        let folder = try IsomorphismCheck.temporaryFolder("turtle")
        defer { IsomorphismCheck.cleanUp(folder) }
        var jobs: [IsomorphismCheck.Job] = []
        var refused = 0
        for seed in 0..<UInt64(60) {
            var generator = RandomGraphGenerator(seed: 10_000 + seed)
            let generated = generator.graph(count: Int.random(in: 1...24, using: &generator.random), allowRefusals: true)
            let triples = generated.map(\.triple)
            if let first = generated.first(where: { $0.refusal == .dotSegmentIRI }) {
                refused += 1
                #expect(throws: ExportError.self, "seed \(seed): \(first.triple)") { try TurtleWriter.string(triples) }
                continue
            }
            let ttl = folder.appendingPathComponent("g\(seed).ttl")
            let nt = folder.appendingPathComponent("g\(seed).nt")
            try TurtleWriter.string(triples).write(to: ttl, atomically: true, encoding: .utf8)
            try RDFXMLPropertyTests.expectedNTriples(triples, replacing: false)
                .write(to: nt, atomically: true, encoding: .utf8)
            // raptor cuts literals at U+0000 and refuses U+FFFE/U+FFFF even as \u escapes; the other two read them.
            let raptorReadable = !triples.contains { triple in
                triple.object.literal?.lexicalForm.unicodeScalars.contains { [0, 0xFFFE, 0xFFFF].contains($0.value) }
                    ?? false
            }
            for parser in ["rapper-turtle", "rdflib-turtle", "oxigraph-turtle"]
            where parser != "rapper-turtle" || raptorReadable {
                jobs.append(.init(name: "g\(seed)-\(parser)", parser: parser, rdfPath: ttl.path, ntPath: nt.path))
            }
        }
        #expect(refused > 0 && jobs.count > 90)
        let failures = try IsomorphismCheck.run(jobs, in: folder)
        for (name, message) in failures.sorted(by: { $0.key < $1.key }) { Issue.record("\(name):\(message)") }
        #expect(failures.isEmpty)
    }
}
