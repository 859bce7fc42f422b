import Foundation
import Testing
import KheshtGraph
@testable import KheshtExport

@Suite("ReificationExpander")
struct ReificationExpanderTests {
    let article = IRI(unchecked: "https://w3id.org/khesht/id/article/000_bbbea4ec4a73e0b9")
    let conferral = IRI(unchecked: "https://w3id.org/khesht/id/conferral/1")
    let person = IRI(unchecked: "https://w3id.org/khesht/id/person/1")

    func source(_ confidence: Double = 0.85) -> Provenance {
        Provenance(quad: Quad(.iri(conferral), KH.recipient, .iri(person), graph: .iri(article)),
                   article: article, sentenceIndex: 3, charStart: 120, charEnd: 164,
                   ruleId: "award.conferral.fa", confidence: confidence)
    }

    @Test func oneStatementWithEveryProvenanceField() {
        var expander = ReificationExpander()
        let triples = expander.triples(for: source())
        let node = Term.blank(BlankNode("khstmt1"))
        #expect(triples == [
            Triple(node, RDF.type, .iri(RDF.statement)),
            Triple(node, RDF.subject, .iri(conferral)),
            Triple(node, RDF.predicate, .iri(KH.recipient)),
            Triple(node, RDF.object, .iri(person)),
            Triple(node, PROV.wasDerivedFrom, .iri(article)),
            Triple(node, KH.sentenceIndex, .integer(3)),
            Triple(node, KH.charStart, .integer(120)),
            Triple(node, KH.charEnd, .integer(164)),
            Triple(node, KH.ruleId, .string("award.conferral.fa")),
            Triple(node, KH.confidence, .typed("0.85", XSD.decimal)),
        ])
        #expect(expander.triples(for: source())[0].subject == .blank(BlankNode("khstmt2")), "one node per record")
    }

    @Test func irisNamingMakesStatementIRIs() {
        var expander = ReificationExpander(naming: .iris(base: IRI(unchecked: "https://w3id.org/khesht/id/statement/")))
        #expect(expander.triples(for: source())[0].subject == .iri(IRI(unchecked: "https://w3id.org/khesht/id/statement/1")))
    }

    @Test(arguments: [
        (0.85, "0.85"), (1.0, "1.0"), (0.0, "0.0"), (1e-05, "0.00001"), (1.5e-7, "0.00000015"), (-2.5e-6, "-0.0000025"),
        (1e21, "1000000000000000000000.0"), (0.1, "0.1"),
    ])
    func confidenceIsAnXSDDecimalWithoutExponent(value: Double, text: String) {
        #expect(ReificationExpander.confidenceLiteral(value) == .typed(text, XSD.decimal))
    }

    @Test func nonFiniteConfidenceIsAnXSDDouble() {
        #expect(ReificationExpander.confidenceLiteral(.nan) == .typed("NaN", XSD.double))
        #expect(ReificationExpander.confidenceLiteral(-.infinity) == .typed("-INF", XSD.double))
    }

    @Test func lazySequenceExpandsInOrder() {
        let sources = [source(0.5), source(0.9)]
        let triples = Array(ReificationExpander().expanding(sources))
        #expect(triples.count == 20)
        #expect(triples[9].object == .typed("0.5", XSD.decimal))
        #expect(triples[19].object == .typed("0.9", XSD.decimal))
        #expect(triples[10].subject == .blank(BlankNode("khstmt2")))
    }

    /// Facts plus their reified provenance, as RDF/XML: typed `rdf:Statement` nodes, read back intact by rdflib.
    @Test func reifiedProvenanceRoundTripsAsRDFXML() throws {
        let facts = [source().quad.triple, Triple(person, Schema.name, .text("علی", language: "fa"))]
        let all = facts + Array(ReificationExpander().expanding([source(), source(0.4)]))
        let xml = try RDFXMLWriter.string(all)
        #expect(xml.contains("<rdf:Statement rdf:nodeID=\"khstmt1\">"))
        #expect(xml.contains("<prov:wasDerivedFrom rdf:resource=\"\(article.value)\"/>"))
        #expect(xml.contains("<kh:confidence rdf:datatype=\"http://www.w3.org/2001/XMLSchema#decimal\">0.4</kh:confidence>"))

        let folder = try IsomorphismCheck.temporaryFolder("reification")
        defer { IsomorphismCheck.cleanUp(folder) }
        let rdf = folder.appendingPathComponent("facts.rdf")
        let nt = folder.appendingPathComponent("facts.nt")
        try xml.write(to: rdf, atomically: true, encoding: .utf8)
        try RDFXMLPropertyTests.expectedNTriples(all, replacing: false).write(to: nt, atomically: true, encoding: .utf8)
        let jobs = ["rapper", "rdflib", "oxigraph"].map {
            IsomorphismCheck.Job(name: "reified-\($0)", parser: $0, rdfPath: rdf.path, ntPath: nt.path)
        }
        let failures = try IsomorphismCheck.run(jobs, in: folder)
        #expect(failures.isEmpty, "\(failures)")
    }
}
