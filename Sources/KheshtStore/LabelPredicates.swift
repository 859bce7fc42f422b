import KheshtGraph

/// The predicates whose literal objects name their subject: what `entities(withLabel:)` and
/// `labels(withPrefix:)` search. One list, shared by every store, so they all agree on what a label is.
public enum LabelPredicates {
    public static let all: [IRI] = [RDFS.label, SKOS.prefLabel, SKOS.altLabel, Schema.name]

    public static func contains(_ predicate: IRI) -> Bool { all.contains(predicate) }
}
