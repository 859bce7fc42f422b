import Foundation
import Testing
import KheshtGraph
import KheshtTestSupport

/// `schema/khesht.ttl` and `Vocabulary.swift` describe the same ontology; this keeps them from drifting apart.
@Suite struct OntologyDriftTests {
    /// kh: terms the Turtle file declares as a class or property, read through rapper (a real Turtle parser).
    func declaredTerms() throws -> Set<String> {
        let ttl = ExternalTool.packageRoot.appendingPathComponent("schema/khesht.ttl").path
        let (out, _) = try ExternalTool.run("rapper", ["-q", "-i", "turtle", "-o", "ntriples", ttl])
        let declarations: Set<String> = ["Class", "ObjectProperty", "DatatypeProperty"].map { Namespace.owl[$0].value }
            .reduce(into: []) { $0.insert("<\($1)>") }
        var terms = Set<String>()
        for line in String(decoding: out, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 3)
            guard parts.count >= 3, parts[1] == "<\(RDF.type.value)>", declarations.contains(String(parts[2])) else { continue }
            let subject = parts[0].dropFirst().dropLast()
            if subject.hasPrefix(Namespace.kh.iri) { terms.insert(String(subject)) }
        }
        return terms
    }

    @Test func everyConstantIsDeclaredInTheFile() throws {
        let declared = try declaredTerms()
        let missing = KH.all.map(\.value).filter { !declared.contains($0) }
        #expect(missing.isEmpty, "in Vocabulary.swift but not schema/khesht.ttl: \(missing)")
    }

    @Test func everyDeclaredTermHasAConstant() throws {
        let constants = Set(KH.all.map(\.value))
        let extra = try declaredTerms().filter { !constants.contains($0) }
        #expect(extra.isEmpty, "in schema/khesht.ttl but not Vocabulary.swift: \(extra.sorted())")
    }

    @Test func everyTermHasPersianAndEnglishLabels() throws {
        let ttl = ExternalTool.packageRoot.appendingPathComponent("schema/khesht.ttl").path
        let (out, _) = try ExternalTool.run("rapper", ["-q", "-i", "turtle", "-o", "ntriples", ttl])
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        for term in KH.all {
            let labels = lines.filter { $0.hasPrefix("<\(term.value)> <\(RDFS.label.value)>") }
            #expect(labels.contains { $0.hasSuffix("@fa .") }, "\(term.localName) lacks a Persian label")
            #expect(labels.contains { $0.hasSuffix("@en .") }, "\(term.localName) lacks an English label")
        }
    }
}
