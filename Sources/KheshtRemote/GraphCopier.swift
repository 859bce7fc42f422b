import KheshtGraph
import KheshtStore

/// Copies a store's named graphs to a SPARQL server, one Graph Store Protocol PUT per graph: a copy interrupted
/// anywhere can simply be run again — each PUT replaces its graph, so nothing is duplicated, and the graphs not
/// yet sent are sent. The server's merged default graph is rebuilt once at the end.
public struct GraphCopier {
    public let source: any GraphStore
    public let target: SPARQLGraphStore

    public init(from source: any GraphStore, to target: SPARQLGraphStore) {
        self.source = source
        self.target = target
    }

    public struct Summary: Sendable {
        public var graphs = 0
        public var quads = 0
    }

    /// Sends every graph (the default graph's quads to `SPARQLGraphStore.defaultGraphName`); `removeOthers`
    /// also deletes named graphs the server has and the source does not. `progress` is told each graph sent.
    public func copy(removeOthers: Bool = false, progress: (Term?, Int) -> Void = { _, _ in }) throws -> Summary {
        var summary = Summary()
        var names: [Term?] = try source.graphNames().map(Optional.some)
        if try source.match(QuadPattern(graph: .defaultGraph)).contains(where: { _ in true }) { names.insert(nil, at: 0) }
        for name in names {
            let selector: QuadPattern.GraphSelector = name.map { .named($0) } ?? .defaultGraph
            let quads = Array(try source.match(QuadPattern(graph: selector)))
            try target.replaceGraph(name ?? .iri(SPARQLGraphStore.defaultGraphName), with: quads, provenance: [])
            summary.graphs += 1
            summary.quads += quads.count
            progress(name, quads.count)
        }
        if removeOthers {
            let kept = Set(names.compactMap { $0 })
            for stale in try target.graphNames() where !kept.contains(stale) {
                try target.replaceGraph(stale, with: [], provenance: [])
            }
        }
        try target.refreshMerge()
        return summary
    }
}
