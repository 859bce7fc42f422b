import Foundation
import Testing
import KheshtGraph
@testable import KheshtExport

@Suite("RDFXMLWriter")
struct RDFXMLWriterTests {
    let event = IRI(unchecked: "https://w3id.org/khesht/id/event/golden-brick-2019")
    let example = IRI(unchecked: "http://example.org/item/1")

    @Test func typedNodeElementGroupsOneSubject() throws {
        let xml = try RDFXMLWriter.string([
            Triple(event, Schema.name, .text("جایزه خشت طلایی", language: "fa")),
            Triple(event, RDF.type, .iri(Schema.event)),
            Triple(event, Schema.startDate, .typed("2019-10-31", XSD.date)),
        ])
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("<schema:Event rdf:about=\"https://w3id.org/khesht/id/event/golden-brick-2019\">"))
        #expect(xml.contains("<schema:name xml:lang=\"fa\">جایزه خشت طلایی</schema:name>"))
        #expect(xml.contains(
            "<schema:startDate rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2019-10-31</schema:startDate>"))
        #expect(!xml.contains("<rdf:type"), "the type that names the node element is not repeated")
        #expect(xml.components(separatedBy: "rdf:about=").count == 2, "one node element for the subject")
    }

    @Test func secondTypeStaysAPropertyAndTypesWithoutQNameUseDescription() throws {
        let noQName = IRI(unchecked: "http://example.org/classes/")
        let xml = try RDFXMLWriter.string([
            Triple(example, RDF.type, .iri(noQName)),
            Triple(example, RDF.type, .iri(KH.Award)),
            Triple(example, RDF.type, .iri(Schema.event)),
        ])
        #expect(xml.contains("<kh:Award rdf:about=\"http://example.org/item/1\">"))
        #expect(xml.contains("<rdf:type rdf:resource=\"http://example.org/classes/\"/>"))
        #expect(xml.contains("<rdf:type rdf:resource=\"https://schema.org/Event\"/>"))
    }

    @Test func ontologyTermsBecomeOWLAndRDFSNodes() throws {
        let xml = try RDFXMLWriter.string([
            Triple(KH.Award, RDF.type, .iri(Namespace.owl["Class"])),
            Triple(KH.Award, RDFS.label, .text("جایزه", language: "fa")),
            Triple(KH.Award, RDFS.label, .text("Award", language: "en")),
            Triple(KH.recipient, RDF.type, .iri(Namespace.owl["ObjectProperty"])),
            Triple(KH.recipient, RDFS.domain, .iri(KH.AwardConferral)),
        ])
        #expect(xml.contains("<owl:Class rdf:about=\"https://w3id.org/khesht/ontology#Award\">"))
        #expect(xml.contains("<rdfs:label xml:lang=\"en\">Award</rdfs:label>"))
        #expect(xml.contains("<owl:ObjectProperty rdf:about=\"https://w3id.org/khesht/ontology#recipient\">"))
        #expect(xml.contains("<rdfs:domain rdf:resource=\"https://w3id.org/khesht/ontology#AwardConferral\"/>"))
    }

    @Test func literalsKeepWhitespaceCarriageReturnsAndMarkup() throws {
        let p = IRI(unchecked: "http://example.org/vocab/text")
        let xml = try RDFXMLWriter.string([
            Triple(example, p, .string("  \n\t  ")),
            Triple(example, p, .string("a\r\nb")),
            Triple(example, p, .string("<b>&amp;]]></b> \"q\" 'a'")),
            Triple(example, p, .string("")),
        ])
        #expect(xml.contains("<ns1:text>  \n\t  </ns1:text>"))
        #expect(xml.contains("<ns1:text>a&#13;\nb</ns1:text>"), "CR as a character reference, never raw")
        #expect(xml.contains("<ns1:text>&lt;b&gt;&amp;amp;]]&gt;&lt;/b&gt; &quot;q&quot; 'a'</ns1:text>"))
        #expect(xml.contains("<ns1:text></ns1:text>"), "empty literal written with an end tag")
    }

    @Test func generatedPrefixesAreDeclaredOnEachNodeElementAndStayStable() throws {
        let p = IRI(unchecked: "http://example.org/vocab/p")
        let q = IRI(unchecked: "http://other.example/terms#q")
        let xml = try RDFXMLWriter.string([
            Triple(example, p, .string("1")),
            Triple(example, q, .string("2")),
            Triple(event, p, .string("3")),
        ])
        #expect(xml.components(separatedBy: "xmlns:ns1=\"http://example.org/vocab/\"").count == 3)
        #expect(xml.components(separatedBy: "xmlns:ns2=\"http://other.example/terms#\"").count == 2)
        #expect(!xml.contains("xmlns:ns3"))
    }

    @Test func extraNamespacesPassedUpfrontAreDeclaredOnTheRoot() throws {
        let vocab = Namespace(prefix: "ex", iri: "http://example.org/vocab/")
        let xml = try RDFXMLWriter.string([Triple(example, vocab["p"], .string("1"))],
                                          namespaces: Namespace.all + [vocab])
        #expect(xml.contains("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""))
        #expect(xml.contains(" xmlns:ex=\"http://example.org/vocab/\">"))
        #expect(xml.contains("<ex:p>1</ex:p>"))
        #expect(!xml.contains("xmlns:ns1"))
    }

    @Test func upfrontNamespacePassDeclaresGeneratedPrefixesOnTheRootOnly() throws {
        let triples = [
            Triple(example, IRI(unchecked: "http://example.org/vocab/p"), .string("1")),
            Triple(event, RDF.type, .iri(IRI(unchecked: "http://other.example/terms#Thing"))),
            Triple(event, Schema.name, .string("x")),
        ]
        let namespaces = RDFXMLWriter.namespaces(for: triples)
        #expect(namespaces.map(\.prefix) == Namespace.all.map(\.prefix) + ["ns1", "ns2"])
        let xml = try RDFXMLWriter.string(triples, namespaces: namespaces)
        #expect(xml.components(separatedBy: "xmlns:ns").count == 3, "two declarations, both on rdf:RDF")
        #expect(xml.contains(" xmlns:ns2=\"http://other.example/terms#\">\n"))
        #expect(xml.contains("<ns2:Thing rdf:about=\"https://w3id.org/khesht/id/event/golden-brick-2019\">"))
    }

    @Test func containerMembershipPredicatesAreOrdinaryQNames() throws {
        let xml = try RDFXMLWriter.string([Triple(example, Namespace.rdf["_1"], .iri(event))])
        #expect(xml.contains("<rdf:_1 rdf:resource=\"https://w3id.org/khesht/id/event/golden-brick-2019\"/>"))
    }

    @Test func blankNodesUseNodeIDAndNonNCNameLabelsAreRelabelledOneToOne() throws {
        let xml = try RDFXMLWriter.string([
            Triple(.blank(BlankNode("b1")), Schema.name, .blank(BlankNode("1a"))),
            Triple(.blank(BlankNode("1a")), Schema.name, .blank(BlankNode("kx3161"))),
        ])
        #expect(xml.contains("<rdf:Description rdf:nodeID=\"b1\">"))
        #expect(xml.contains("<schema:name rdf:nodeID=\"kx3161\"/>"))
        #expect(xml.contains("<rdf:Description rdf:nodeID=\"kx3161\">"))
        #expect(xml.contains("<schema:name rdf:nodeID=\"kx6b7833313631\"/>"), "a kept label may not start with kx")
    }

    @Test func persianIRIsStayReadableInAttributes() throws {
        let persian = IRI(unchecked: "https://w3id.org/khesht/id/شهر/تهران?a=1&b=2")
        let xml = try RDFXMLWriter.string([Triple(persian, Schema.name, .text("تهران", language: "fa"))])
        #expect(xml.contains("rdf:about=\"https://w3id.org/khesht/id/شهر/تهران?a=1&amp;b=2\""))
    }

    @Test func invalidXMLCharactersAreRefusedNamingTheTriple() throws {
        let bad = Triple(example, Schema.name, .string("bell\u{07}"))
        #expect(throws: ExportError.unrepresentableLiteral(bad)) {
            try RDFXMLWriter.string([Triple(example, Schema.name, .string("fine")), bad])
        }
        let nonCharacter = Triple(example, Schema.name, .string("\u{FFFE}"))
        #expect(throws: ExportError.unrepresentableLiteral(nonCharacter)) { try RDFXMLWriter.string([nonCharacter]) }
        let description = ExportError.unrepresentableLiteral(bad).description
        #expect(description.contains("<http://example.org/item/1>") && description.contains("replaceInvalidCharacters"))
    }

    @Test func replaceInvalidCharactersWritesReplacementCharacter() throws {
        let xml = try RDFXMLWriter.string([Triple(example, Schema.name, .string("a\u{0}b\u{1B}c\u{FFFF}\td"))],
                                          options: .replaceInvalidCharacters)
        #expect(xml.contains("<schema:name>a\u{FFFD}b\u{FFFD}c\u{FFFD}\td</schema:name>"))
    }

    @Test(arguments: [
        "http://example.org/vocab/", "http://example.org/vocab#", "http://example.org/p/123", "urn:isbn:0451450523",
        "http://example.org/p/-1.5", "http://www.w3.org/2000/xmlns/attr",
    ])
    func predicatesWithoutQNameAreRefused(text: String) throws {
        let predicate = try IRI(text)
        #expect(throws: ExportError.predicateHasNoQName(predicate)) {
            try RDFXMLWriter.string([Triple(example, predicate, .string("x"))])
        }
    }

    @Test func digitStartPartsSplitBeforeTheNameWhenOneFollows() throws {
        let xml = try RDFXMLWriter.string([Triple(example, try IRI("http://example.org/p/1x"), .string("v"))])
        #expect(xml.contains("xmlns:ns1=\"http://example.org/p/1\""))
        #expect(xml.contains("<ns1:x>v</ns1:x>"))
    }

    @Test(arguments: ["li", "Description", "about", "nodeID", "RDF", "bagID"])
    func syntaxNamesAreRefusedAsPredicates(local: String) throws {
        let predicate = Namespace.rdf[local]
        #expect(throws: ExportError.reservedPredicate(predicate)) {
            try RDFXMLWriter.string([Triple(example, predicate, .string("x"))])
        }
    }

    @Test(arguments: ["http://example.org/a/../b", "http://example.org/./b", "http://example.org/a/..", "urn:a/./b"])
    func irisWithDotSegmentsAreRefusedBecauseParsersResolveThem(text: String) throws {
        let iri = try IRI(text)
        for triple in [Triple(iri, Schema.name, .string("x")), Triple(example, Schema.url, .iri(iri)),
                       Triple(example, Schema.name, .typed("x", iri))] {
            #expect(throws: ExportError.unrepresentableIRI(triple)) { try RDFXMLWriter.string([triple]) }
        }
    }

    @Test(arguments: ["http://../x", "http://example.org/a..b/.c?x=/../#/./", "http://example.org/..."])
    func dotsOutsidePathSegmentsAreFine(text: String) throws {
        let iri = try IRI(text)
        #expect(throws: Never.self) { try RDFXMLWriter.string([Triple(iri, Schema.url, .iri(iri))]) }
    }

    @Test func langStringWithoutTagIsRefused() throws {
        let triple = Triple(example, Schema.name, .typed("x", RDF.langString))
        #expect(throws: ExportError.unrepresentableLiteral(triple)) { try RDFXMLWriter.string([triple]) }
    }

    @Test func largeGroupsAreSplitOverSeveralNodeElements() throws {
        let count = RDFXMLWriter.maximumGroupSize + 10
        let triples = (0..<count).map { Triple(example, Schema.identifier, .integer($0)) }
        let xml = try RDFXMLWriter.string(triples, options: .compact)
        #expect(xml.components(separatedBy: "<rdf:Description rdf:about=").count == 3)
        #expect(xml.components(separatedBy: "<schema:identifier ").count == count + 1)
    }

    @Test func sinkFailuresSurfaceAsOutputErrors() throws {
        final class FailingSink: OutputSink {
            struct DiskFull: Error {}
            func write(_ bytes: UnsafeRawBufferPointer) throws { throw DiskFull() }
            func flush() throws {}
        }
        let writer = try RDFXMLWriter(sink: FailingSink())
        let triples = (0..<5000).map { Triple(example, Schema.identifier, .integer($0)) }
        #expect(throws: ExportError.self) {
            try writer.write(contentsOf: triples)
            try writer.finish()
        }
    }

    @Test func writingAfterFinishIsAnError() throws {
        let writer = try RDFXMLWriter(sink: MemorySink())
        try writer.finish()
        #expect(throws: ExportError.writerFinished) { try writer.write(Triple(example, Schema.name, .string("x"))) }
    }

    @Test func emptyGraphIsAnEmptyRDFElement() throws {
        let xml = try RDFXMLWriter.string([Triple]())
        #expect(xml.contains("<rdf:RDF") && (xml.contains("/>") || xml.contains("</rdf:RDF>")))
    }
}

@Suite("RDFXMLWriter.convertNTriples")
struct ConvertNTriplesTests {
    func scratch(_ name: String) throws -> String {
        try IsomorphismCheck.temporaryFolder("convert-\(name)").path
    }

    @Test func writesTheDocumentAndCountsTriples() throws {
        let folder = try scratch("ok")
        let input = folder + "/in.nt"
        try #"<http://example.org/a> <https://schema.org/name> "آ\r\n"@fa ."#.appending("\n")
            .write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try RDFXMLWriter.convertNTriples(inputPath: input, outputPath: folder + "/out.rdf") == 1)
        let xml = try String(contentsOfFile: folder + "/out.rdf", encoding: .utf8)
        #expect(xml.contains("<schema:name xml:lang=\"fa\">آ&#13;\n</schema:name>"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.rdf.partial"))
        IsomorphismCheck.cleanUp(URL(fileURLWithPath: folder))
    }

    @Test func refusedGraphLeavesNoFileBehind() throws {
        let folder = try scratch("refused")
        let input = folder + "/in.nt"
        try "<http://example.org/a> <http://example.org/p/1> \"x\" .\n".write(toFile: input, atomically: true, encoding: .utf8)
        #expect(throws: ExportError.predicateHasNoQName(IRI(unchecked: "http://example.org/p/1"))) {
            try RDFXMLWriter.convertNTriples(inputPath: input, outputPath: folder + "/out.rdf")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.rdf"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.rdf.partial"))
        IsomorphismCheck.cleanUp(URL(fileURLWithPath: folder))
    }

    /// The conversion parses and checks on a second thread: across many batches (generated prefixes first used
    /// late, subjects whose triples straddle a batch boundary, literals to escape) it must write exactly the bytes
    /// the one-thread writer writes for the same triples.
    @Test func twoThreadConversionWritesTheSameBytesAsTheWriter() throws {
        let folder = try scratch("pipeline")
        let input = folder + "/in.nt"
        var lines: [String] = []
        for entity in 0..<3_000 {
            let subject = entity % 5 == 0 ? "_:b\(entity)" : "<http://example.org/e/\(entity)>"
            lines.append("\(subject) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Event> .")
            lines.append("\(subject) <http://www.w3.org/2000/01/rdf-schema#label> \"جایزه \(entity) <&> \\\"q\\\"\"@fa .")
            lines.append("\(subject) <http://example.org/vocab\(entity % 7)/p> \"\(entity)\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
            lines.append("\(subject) <https://schema.org/about> <http://example.org/e/\((entity * 13) % 3_000)> .")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let triples = try NQuadsFileReader(path: input, allowGraphs: false).readAll().map(\.triple)
        #expect(try RDFXMLWriter.convertNTriples(inputPath: input, outputPath: folder + "/out.rdf") == triples.count)
        let converted = try String(contentsOfFile: folder + "/out.rdf", encoding: .utf8)
        #expect(converted == (try RDFXMLWriter.string(triples)))
        #expect(converted.contains("xmlns:ns7="))
        IsomorphismCheck.cleanUp(URL(fileURLWithPath: folder))
    }

    /// A triple that cannot be written, far into the file (after several batches went through), fails the
    /// conversion with the writer's error and leaves no file.
    @Test func aLateRefusedTripleFailsTheWholeConversion() throws {
        let folder = try scratch("late-refusal")
        let input = folder + "/in.nt"
        var text = ""
        for entity in 0..<20_000 { text += "<http://example.org/e/\(entity)> <https://schema.org/name> \"n\(entity)\" .\n" }
        text += "<http://example.org/z> <http://example.org/p/1> \"x\" .\n"
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        #expect(throws: ExportError.predicateHasNoQName(IRI(unchecked: "http://example.org/p/1"))) {
            try RDFXMLWriter.convertNTriples(inputPath: input, outputPath: folder + "/out.rdf")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.rdf"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.rdf.partial"))
        IsomorphismCheck.cleanUp(URL(fileURLWithPath: folder))
    }

    @Test func badInputIsASyntaxErrorWithItsLine() throws {
        let folder = try scratch("syntax")
        let input = folder + "/in.nt"
        try "<http://example.org/a> <http://example.org/p> \"x\" .\n<http://example.org/a> oops\n"
            .write(toFile: input, atomically: true, encoding: .utf8)
        #expect(throws: SyntaxError.self) {
            try RDFXMLWriter.convertNTriples(inputPath: input, outputPath: folder + "/out.rdf")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.rdf"))
        IsomorphismCheck.cleanUp(URL(fileURLWithPath: folder))
    }
}
