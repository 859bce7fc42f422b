import KheshtGraph

/// Counts that describe a store at a glance: quads per graph, per predicate, and instances per class.
public struct StoreStatistics: Sendable {
    public let totalQuads: Int
    /// Quads per graph (`nil`: the default graph), largest first.
    public let graphs: [(graph: Term?, count: Int)]
    /// Quads per predicate, largest first.
    public let predicates: [(predicate: IRI, count: Int)]
    /// Distinct subjects typed with each class (`rdf:type`), largest first.
    public let classes: [(type: Term, count: Int)]

    /// Computes the statistics; `SQLiteStore` answers with grouped index scans, other stores by walking their quads.
    public init(store: any GraphStore) throws {
        graphs = Self.ranked(try store.graphSizes().map { ($0.graph, $0.count) }).map { (graph: $0.0, count: $0.1) }
        totalQuads = graphs.reduce(0) { $0 + $1.count }
        if let sqlite = store as? SQLiteStore {
            predicates = Self.ranked(try sqlite.predicateCounts()).map { (predicate: $0.0, count: $0.1) }
            classes = Self.ranked(try sqlite.classCounts()).map { (type: $0.0, count: $0.1) }
        } else {
            var byPredicate: [IRI: Int] = [:]
            var instances: [Term: Set<Term>] = [:]
            for quad in try store.match(QuadPattern()) {
                byPredicate[quad.predicate, default: 0] += 1
                if quad.predicate == RDF.type { instances[quad.object, default: []].insert(quad.subject) }
            }
            predicates = Self.ranked(byPredicate.map { ($0.key, $0.value) }).map { (predicate: $0.0, count: $0.1) }
            classes = Self.ranked(instances.map { ($0.key, $0.value.count) }).map { (type: $0.0, count: $0.1) }
        }
    }

    /// Largest count first; ties in name order so output is stable.
    private static func ranked<Key: Comparable>(_ pairs: [(Key, Int)]) -> [(Key, Int)] {
        pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    private static func ranked(_ pairs: [(Term?, Int)]) -> [(Term?, Int)] {
        pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0?.ntriples ?? "") < ($1.0?.ntriples ?? "") }
    }

    /// A plain-text report, one count per line, for `khesht stats`.
    public var report: String {
        var lines = ["quads: \(totalQuads)", "graphs: \(graphs.filter { $0.graph != nil }.count) named"
            + (graphs.contains { $0.graph == nil } ? " + default" : "")]
        lines.append("by graph:")
        lines += graphs.map { "  \($0.count)\t\($0.graph?.ntriples ?? "(default graph)")" }
        lines.append("by predicate:")
        lines += predicates.map { "  \($0.count)\t<\($0.predicate.value)>" }
        lines.append("by class (distinct subjects):")
        lines += classes.map { "  \($0.count)\t\($0.type.ntriples)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
