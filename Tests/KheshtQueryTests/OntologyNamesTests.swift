import Foundation
import KheshtGraph
import KheshtQuery
import Testing

/// Every Persian label of a `kh:` term in `schema/khesht.ttl` is a name the query language accepts (spaces written
/// as `_`), so users can type what the ontology documents.
@Suite struct OntologyNamesTests {
    @Test func persianLabelsOfTheOntologyResolve() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let turtle = try String(contentsOf: root.appendingPathComponent("schema/khesht.ttl"), encoding: .utf8)
        var subject: String?
        var checked = 0
        for line in turtle.split(separator: "\n") {
            if line.hasPrefix("kh:") { subject = String(line.split(separator: " ")[0].dropFirst(3)) }
            guard let name = subject, line.contains("rdfs:label"), let faEnd = line.range(of: "\"@fa") else { continue }
            let head = line[..<faEnd.lowerBound]
            guard let open = head.lastIndex(of: "\"") else { continue }
            let label = String(head[head.index(after: open)...]).replacingOccurrences(of: " ", with: "_")
            let iri = Namespace.kh[name]
            let terms = OntologyTerms.standard
            let resolved = name.first!.isUppercase ? terms.class(named: label)?.iri : terms.property(named: label)?.iri
            #expect(resolved == iri, "kh:\(name) labelled \(label)")
            checked += 1
        }
        #expect(checked >= 30)
    }

    @Test func everyVocabularyTermHasAShortName() {
        let terms = OntologyTerms.standard
        for iri in KH.all {
            let known = terms.property(iri: iri) != nil || terms.class(iri: iri) != nil
            #expect(known, "\(iri) has no short name")
        }
    }
}
