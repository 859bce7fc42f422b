import Testing
import KheshtGraph
import KheshtExport

@Suite("N-Triples and N-Quads writers")
struct LineWriterTests {
    let quads = [
        Quad(.iri(Schema.event), Schema.name, .text("رویداد\n\"x\"", language: "fa"),
             graph: .iri(IRI(unchecked: "https://w3id.org/khesht/id/article/1"))),
        Quad(.blank(BlankNode("b0")), RDF.type, .iri(Schema.event)),
    ]

    @Test func nTriplesLinesAreTheCanonicalTripleForms() throws {
        let sink = MemorySink()
        let writer = NTriplesWriter(sink: sink)
        try writer.write(contentsOf: quads.map(\.triple))
        try writer.finish()
        #expect(sink.string == quads.map { $0.triple.description + "\n" }.joined())
        #expect(try NQuadsParser(allowGraphs: false).parse(document: sink.string) == quads.map { Quad($0.triple) })
    }

    @Test func nQuadsKeepTheGraph() throws {
        let sink = MemorySink()
        let writer = NQuadsWriter(sink: sink)
        try writer.write(contentsOf: quads)
        try writer.finish()
        #expect(sink.string == quads.map { $0.description + "\n" }.joined())
        #expect(try NQuadsParser().parse(document: sink.string) == quads)
    }

    @Test func unwritableBlankNodeLabelsAreRefused() throws {
        let writer = NTriplesWriter(sink: MemorySink())
        #expect(throws: NQuadsSerializer.Failure.self) {
            try writer.write(Triple(.blank(BlankNode("has space")), Schema.name, .string("x")))
        }
    }

    @Test func largeOutputsArriveInChunks() throws {
        final class CountingSink: OutputSink {
            var chunks = 0
            var bytes = 0
            func write(_ chunk: UnsafeRawBufferPointer) throws { chunks += 1; bytes += chunk.count }
            func flush() throws {}
        }
        let sink = CountingSink()
        let writer = NTriplesWriter(sink: sink)
        for index in 0..<20_000 { try writer.write(Triple(Schema.event, Schema.identifier, .integer(index))) }
        try writer.finish()
        #expect(sink.chunks > 1 && sink.chunks < 100, "buffered in chunks, not one write per line")
        #expect(sink.bytes > 1_000_000)
    }
}
