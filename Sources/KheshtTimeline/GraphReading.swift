import KheshtGraph
import KheshtStore

/// Small reads over a `GraphStore` the builder needs: objects of a predicate, labels in a preferred language.
struct GraphReading {
    let store: any GraphStore

    func objects(_ subject: Term, _ predicate: IRI) throws -> [Term] {
        var seen = Set<Term>()
        return try store.match(subject: subject, predicate: predicate).compactMap { quad in
            seen.insert(quad.object).inserted ? quad.object : nil
        }
    }

    func subjects(_ predicate: IRI, _ object: Term) throws -> [Term] {
        var seen = Set<Term>()
        return try store.match(predicate: predicate, object: object).compactMap { quad in
            seen.insert(quad.subject).inserted ? quad.subject : nil
        }
    }

    func hasType(_ subject: Term, _ type: IRI) throws -> Bool {
        try store.estimatedCount(QuadPattern(subject: subject, predicate: RDF.type, object: .iri(type))) > 0
    }

    func literals(_ subject: Term, _ predicate: IRI) throws -> [Literal] {
        try objects(subject, predicate).compactMap(\.literal)
    }

    /// The label of `subject` in `language`, else in its fallback, else untagged; `skos:prefLabel` before
    /// `rdfs:label` before `schema:name`; among equals the alphabetically first, so output is stable.
    func label(of subject: Term, language: TimelineLanguage) throws -> (text: String, language: TimelineLanguage?)? {
        var candidates: [(rank: Int, text: String, language: TimelineLanguage?)] = []
        for (predicateRank, predicate) in [SKOS.prefLabel, RDFS.label, Schema.name].enumerated() {
            for literal in try literals(subject, predicate) {
                let tag = literal.language.flatMap { TimelineLanguage(rawValue: String($0.prefix(2))) }
                let languageRank = tag == language ? 0 : tag == language.fallback ? 2 : literal.language == nil ? 1 : 3
                candidates.append((languageRank * 10 + predicateRank, literal.lexicalForm, tag))
            }
        }
        guard let best = candidates.min(by: { ($0.rank, $0.text) < ($1.rank, $1.text) }) else { return nil }
        return (best.text, best.language)
    }

    /// A label, or the IRI's local name when the graph has none.
    func displayName(of subject: Term, language: TimelineLanguage) throws -> String {
        if let label = try label(of: subject, language: language) { return label.text }
        switch subject {
        case .iri(let iri): return iri.localName
        case .blank(let node): return "_:" + node.label
        case .literal(let literal): return literal.lexicalForm
        }
    }
}
