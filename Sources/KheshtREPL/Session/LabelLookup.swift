import KheshtGraph
import KheshtStore

/// Reads, before rendering, the labels and headlines a result mentions but does not carry, so renderers stay pure.
struct LabelLookup {
    let store: any GraphStore

    /// The same label properties the query engine reads for result tables.
    static let labelPredicates = [RDFS.label, SKOS.prefLabel, Schema.name]

    func labels(of terms: some Sequence<Term>) -> [Term: [Literal]] {
        var seen = Set<Term>()
        let iris = terms.filter { $0.iri != nil && seen.insert($0).inserted }
        guard !iris.isEmpty, let found = try? store.labels(of: iris, predicates: Self.labelPredicates) else { return [:] }
        return found.filter { !$0.value.isEmpty }
    }

    /// `schema:headline` of each article, preferring one per article in the order the store returns them.
    func headlines(of articles: some Sequence<IRI>) -> [IRI: String] {
        var out: [IRI: String] = [:]
        for article in articles where out[article] == nil {
            let quads = (try? store.match(subject: .iri(article), predicate: Schema.headline)) ?? AnySequence([])
            if let headline = quads.lazy.compactMap({ $0.object.literal?.lexicalForm }).first { out[article] = headline }
        }
        return out
    }
}
