import KheshtGraph
import KheshtQuery

/// The `.schema` listing: every class and property a query may name, in English and Persian, with the labels
/// the store holds for them (when the ontology was loaded) and what each property links to.
public struct SchemaDisplay: Sendable {
    public let style: TerminalStyle
    /// Labels of ontology terms found in the store, keyed by the term.
    public let labels: [Term: [Literal]]

    public init(style: TerminalStyle, labels: [Term: [Literal]] = [:]) {
        self.style = style
        self.labels = labels
    }

    public func render(_ terms: OntologyTerms = .standard) -> String {
        let table = TableRenderer()
        var out = style.header("classes") + style.dim("  (use after `a`: ?x a Event)") + "\n"
        let classRows = terms.classes.map { c in
            [c.name, isolated(c.persian), label(c.iri, "en"), label(c.iri, "fa"),
             c.subclasses.map { terms.shortName($0) }.joined(separator: ", "), TermDisplay.compactIRI(c.iri)]
        }
        out += table.box(header: ["name", "Persian", "label (en)", "label (fa)", "includes", "IRI"], rows: classRows,
                         rightAligned: Array(repeating: false, count: 6), style: style)
        out += "\n" + style.header("properties") + style.dim("  (?subject property ?object)") + "\n"
        let propertyRows = terms.properties.map { p in
            [p.name, isolated(p.persian), label(p.iri, "en"), label(p.iri, "fa"),
             p.linksEntities ? "entity" : "value", TermDisplay.compactIRI(p.iri)]
        }
        out += table.box(header: ["name", "Persian", "label (en)", "label (fa)", "object", "IRI"], rows: propertyRows,
                         rightAligned: Array(repeating: false, count: 6), style: style)
        return out
    }

    private func isolated(_ names: [String]) -> String {
        names.map(BidiIsolation.isolate).joined(separator: ", ")
    }

    private func label(_ iri: IRI, _ language: String) -> String {
        guard let found = labels[.iri(iri)]?.first(where: { $0.language == language }) else { return "" }
        return BidiIsolation.isolate(found.lexicalForm)
    }
}
