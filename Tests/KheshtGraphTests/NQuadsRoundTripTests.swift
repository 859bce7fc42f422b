import Foundation
import Testing
@testable import KheshtGraph

/// Parse → serialize → parse must give the same quads, whatever the text holds.
@Suite struct NQuadsRoundTripTests {
    static let ex = "http://example.org/"

    static func hardQuads() throws -> [Quad] {
        let s = Term.iri(try IRI(ex + "s")), p = try IRI(ex + "p"), g = Term.iri(try IRI(ex + "گراف/۱"))
        let controls = String(String.UnicodeScalarView((0...0x1F).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0x7F)]))
        return [
            Quad(s, p, .string("جایزه‌ی سیمرغ بلورین — «بهترین فیلم»"), graph: g),
            Quad(s, p, .text("برج میلاد", language: "fa-IR")),
            Quad(.blank(BlankNode("b۱")), p, .string("👩🏽‍🚀 🇮🇷 😀 \u{10FFFD}"), graph: .blank(BlankNode("g.1"))),
            Quad(s, p, .string(controls)),
            Quad(s, p, .string("quote \" backslash \\ tab \t newline \n return \r '")),
            Quad(s, p, .typed("1403-08-12", try IRI(ex + "jalaliDate"))),
            Quad(s, p, .string("")),
            Quad(.iri(try IRI(ex + "شخص/علی_دایی?q=۱#x")), p, .integer(109), graph: g),
        ]
    }

    @Test func hardTextSurvivesARoundTrip() throws {
        let quads = try Self.hardQuads()
        let text = try NQuadsSerializer().document(quads)
        #expect(text.split(separator: "\n").count == quads.count, "one line per quad, no raw line breaks")
        #expect(try NQuadsParser().parse(document: text) == quads)
    }

    @Test func nTriplesSerializerDropsGraphsAndParsesBack() throws {
        let quads = try Self.hardQuads()
        let text = try NQuadsSerializer(includeGraphs: false).document(quads)
        let back = try NQuadsParser(allowGraphs: false).parse(document: text)
        #expect(back == quads.map { Quad($0.triple) })
    }

    @Test func w3cPositiveFilesRoundTrip() throws {
        let folder = try NTriplesConformanceTests.suiteFolder()
        let entries = try NTriplesConformanceTests.manifest().filter(\.isPositive)
        for entry in entries {
            let quads = try NQuadsParser(allowGraphs: false).parse(document: String(contentsOf: entry.action, encoding: .utf8))
            let text = try NQuadsSerializer(includeGraphs: false).document(quads)
            #expect(try NQuadsParser(allowGraphs: false).parse(document: text) == quads, "\(entry.name)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func serializerRefusesWhatItCannotSpell() throws {
        let p = try IRI(Self.ex + "p")
        #expect(throws: NQuadsSerializer.Failure.unwritableBlankNode("a b")) {
            try NQuadsSerializer().document([Quad(.blank(BlankNode("a b")), p, .string("x"))])
        }
        #expect(throws: NQuadsSerializer.Failure.unwritableBlankNode("x.")) {
            try NQuadsSerializer().document([Quad(.blank(BlankNode("x.")), p, .string("x"))])
        }
        #expect(throws: NQuadsSerializer.Failure.literalGraphName("\"g\"")) {
            try NQuadsSerializer().document([Quad(.blank(BlankNode("a")), p, .string("x"), graph: .string("g"))])
        }
    }

    /// Chunk boundaries may fall inside a multi-byte character, a CR LF pair or a long line.
    @Test func fileReaderStreamsAcrossChunkBoundaries() throws {
        let quads = try Self.hardQuads()
        var text = ""
        for (index, quad) in quads.enumerated() {
            var line = ""
            try NQuadsSerializer().write(quad, to: &line)
            text += index % 2 == 0 ? line.replacingOccurrences(of: "\n", with: "\r\n") : line
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-roundtrip-\(UUID().uuidString).nq")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        for chunk in [16, 17, 31, 64, 1 << 20] {
            #expect(try NQuadsFileReader(path: url.path, chunkSize: chunk).readAll() == quads, "chunk size \(chunk)")
        }
    }
}
