import Testing
import KheshtGraph
@testable import KheshtExport

@Suite("RDFXMLWriter")
struct RDFXMLWriterTests {
    let event = IRI(unchecked: "https://w3id.org/khesht/id/event/golden-brick-2019")
    let other = IRI(unchecked: "http://example.org/vocab/thing")

    @Test func typedNodeElementGroupsOneSubject() throws {
        let xml = try RDFXMLWriter.string([
            Triple(event, Schema.name, .text("جایزه خشت طلایی", language: "fa")),
            Triple(event, RDF.type, .iri(Schema.event)),
            Triple(event, Schema.startDate, .typed("2019-10-31", XSD.date)),
            Triple(event, IRI(unchecked: "http://example.org/vocab/weird-prop"), .string("  \n\t  ")),
            Triple(event, IRI(unchecked: "http://example.org/vocab/cr"), .string("a\r\nb")),
        ])
        print(xml)
        #expect(xml.contains("<schema:Event rdf:about=\"https://w3id.org/khesht/id/event/golden-brick-2019\""))
        #expect(xml.contains("<schema:name xml:lang=\"fa\">جایزه خشت طلایی</schema:name>"))
        #expect(xml.contains("<schema:startDate rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2019-10-31</schema:startDate>"))
        #expect(xml.contains("xmlns:ns1=\"http://example.org/vocab/\""))
        #expect(xml.contains("<ns1:cr>a&#13;\nb</ns1:cr>"))
        #expect(!xml.contains("<rdf:type"))
    }
}
