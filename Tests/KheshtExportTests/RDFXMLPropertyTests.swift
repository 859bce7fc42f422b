import CLibXML2
import Foundation
import Testing
import KheshtGraph
@testable import KheshtExport

/// Random graphs, written as RDF/XML: each document is well-formed XML and reads back isomorphic in rapper,
/// rdflib and Oxigraph, or the writer refused it with the documented error for the first unwritable triple.
@Suite("RDF/XML property: random graphs round-trip or are refused")
struct RDFXMLPropertyTests {
    static let graphCount = 150

    /// True when libxml2 parses the document without any error (no network, no entities).
    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "random.rdf", "UTF-8", options)
            }
        }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }

    /// The graph as N-Triples written by the test itself, with its own blank node labels (`b0`, `b1`, …), so the
    /// expected side shares no code with the writer under test. Invalid XML characters become U+FFFD when
    /// `replacing`.
    static func expectedNTriples(_ triples: [Triple], replacing: Bool) -> String {
        var labels: [BlankNode: String] = [:]
        func text(_ term: Term) -> String {
            switch term {
            case .blank(let node):
                if labels[node] == nil { labels[node] = "b\(labels.count)" }
                return "_:" + labels[node]!
            case .literal(let literal) where replacing:
                var scalars = String.UnicodeScalarView()
                for scalar in literal.lexicalForm.unicodeScalars {
                    let v = scalar.value
                    let valid = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF)
                    scalars.append(valid ? scalar : "\u{FFFD}")
                }
                let fixed = literal.language.map { Literal(String(scalars), knownLanguage: $0) }
                    ?? Literal(String(scalars), datatype: literal.datatype)
                return Term.literal(fixed).ntriples
            default:
                return term.ntriples
            }
        }
        return triples.map { "\(text($0.subject)) <\($0.predicate.value)> \(text($0.object)) .\n" }.joined()
    }

    static func expectedError(for triple: RandomGraphGenerator.GeneratedTriple) -> ExportError? {
        switch triple.refusal {
        case .literalCharacters: .unrepresentableLiteral(triple.triple)
        case .dotSegmentIRI: .unrepresentableIRI(triple.triple)
        case .noQName: .predicateHasNoQName(triple.triple.predicate)
        case .reserved: .reservedPredicate(triple.triple.predicate)
        case nil: nil
        }
    }

    @Test func randomGraphsRoundTripOrAreRefused() throws {
        let folder = try IsomorphismCheck.temporaryFolder("random")
        defer { IsomorphismCheck.cleanUp(folder) }
        var jobs: [IsomorphismCheck.Job] = []
        var refusedCount = 0
        var replacedCount = 0
        var refusalKinds: [RandomGraphGenerator.Refusal] = []

        for seed in 0..<UInt64(Self.graphCount) {
            var generator = RandomGraphGenerator(seed: seed)
            let generated = generator.graph(count: Int.random(in: 1...24, using: &generator.random),
                                            allowRefusals: seed % 5 < 2)
            let triples = generated.map(\.triple)
            let name = "seed\(seed)"

            func writeAndQueue(_ options: RDFXMLWriter.Options, name: String, replacing: Bool) throws {
                let sink = MemorySink()
                try RDFXMLWriter.write(triples, to: sink, options: options)
                #expect(Self.isWellFormed(sink.bytes), "\(name): libxml2 finds the document ill-formed")
                let rdf = folder.appendingPathComponent(name + ".rdf")
                let nt = folder.appendingPathComponent(name + ".nt")
                try Data(sink.bytes).write(to: rdf)
                try Self.expectedNTriples(triples, replacing: replacing).write(to: nt, atomically: true, encoding: .utf8)
                for parser in ["rapper", "rdflib", "oxigraph"] {
                    jobs.append(.init(name: "\(name)-\(parser)", parser: parser, rdfPath: rdf.path, ntPath: nt.path))
                }
            }

            if let first = generated.first(where: { $0.refusal != nil }) {
                refusedCount += 1
                if !refusalKinds.contains(first.refusal!) { refusalKinds.append(first.refusal!) }
                let expected = Self.expectedError(for: first)!
                #expect(throws: expected, "\(name)") { try RDFXMLWriter.string(triples) }
                // With replacement, only graphs whose sole problem is characters can be written.
                if generated.allSatisfy({ $0.refusal == nil || $0.refusal == .literalCharacters }) {
                    replacedCount += 1
                    try writeAndQueue(.replaceInvalidCharacters, name: name + "-replaced", replacing: true)
                }
            } else {
                try writeAndQueue([], name: name, replacing: false)
            }
        }
        #expect(refusedCount > 10 && replacedCount > 5, "the generator must exercise refusals and replacement")
        #expect(jobs.count > Self.graphCount * 3 / 2)
        #expect(refusalKinds.count == 4, "every kind of refusal occurs; saw \(refusalKinds)")

        let failures = try IsomorphismCheck.run(jobs, in: folder)
        for (name, message) in failures.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(name) (replay with RandomGraphGenerator(seed:)):\(message)")
        }
        #expect(failures.isEmpty)
    }
}
