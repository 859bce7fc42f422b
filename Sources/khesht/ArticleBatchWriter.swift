import KheshtGraph
import KheshtIngest
import KheshtStore

/// The SQLite store as ingest writes to it: article graphs are stored several at a time, in one write transaction
/// per batch instead of one per article.
///
/// Why: committing costs more than the rows an article writes. Each commit appends every page it touched (the term,
/// quad, label and provenance B-trees' hot pages) to the WAL and every ~1000 pages triggers a checkpoint with an
/// fsync; with one article per commit that was over half the CPU time of `khesht ingest` (system time 2.3 s per
/// 2,000 articles, now 0.3 s).
///
/// What does not change: each article still replaces its own named graph (cleared, then written) inside a
/// transaction, so no article is ever half-written and ingesting again changes nothing. Whoever reads sees every
/// graph given before, exactly as without batching: look-ups by subject or object (the `NameKeyResolver`'s, one or
/// more per article) read the store as committed overlaid with the queued graphs (`QueuedGraphs`), and every other
/// read first writes what is queued. (When those look-ups wrote the queue, a batch held 9 articles on average.) A batch that fails is rolled back as a whole, and every article
/// in it is reported as not stored.
final class ArticleBatchWriter: GraphStore {
    /// Articles per transaction, at most.
    static let maxArticles = 256
    /// Quads per transaction, at most: bounds the memory a batch holds whatever the articles' sizes.
    static let maxQuads = 50_000

    private struct Pending {
        let graph: Term
        let quads: [Quad]
        let provenance: [Provenance]
        let file: String
        let facts: Int
    }

    let store: SQLiteStore
    /// The file and fact count of the graphs given next, for the report of a batch that fails.
    var currentFile = ""
    var currentFacts = 0
    private var pending: [Pending] = []
    private var pendingQuads = 0
    /// The queued graphs' quads, for look-ups that do not need the batch written.
    private var queued = QueuedGraphs()

    init(store: SQLiteStore) { self.store = store }

    /// A batch that could not be stored: the files its articles came from, how much it held, and the store's error.
    struct BatchError: Error, CustomStringConvertible {
        let files: [String]
        let articles: Int
        let quads: Int
        let facts: Int
        let underlying: Error
        /// The batch was written when the last graph given was queued, so it holds that graph too.
        var includesLatest = false
        /// The rows of the articles given before the last one: what the caller had already counted as stored.
        var earlier: (articles: Int, quads: Int, facts: Int) {
            guard includesLatest, let latestQuads, let latestFacts else { return (articles, quads, facts) }
            return (articles - 1, quads - latestQuads, facts - latestFacts)
        }
        var latestQuads: Int?
        var latestFacts: Int?
        var description: String {
            let names = files.count <= 3 ? files.joined(separator: ", ")
                : "\(files[0]) … \(files[files.count - 1]) (\(files.count) files)"
            return "\(names): not stored: \(underlying)"
        }
    }

    /// Queues the graph; writes the batch when it is full.
    ///
    /// - Throws: `BatchError` when writing a batch fails (its articles are then not stored).
    func replaceGraph(_ graph: Term, with quads: [Quad], provenance: [Provenance]) throws {
        pending.append(Pending(graph: graph, quads: quads, provenance: provenance, file: currentFile, facts: currentFacts))
        pendingQuads += quads.count
        queued.replace(graph, with: quads)
        guard pending.count >= Self.maxArticles || pendingQuads >= Self.maxQuads else { return }
        do {
            try flush()
        } catch var error as BatchError {
            error.includesLatest = true
            error.latestQuads = quads.count
            error.latestFacts = currentFacts
            throw error
        }
    }

    /// Writes whatever is queued, in one transaction.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        pendingQuads = 0
        queued.removeAll()
        do {
            try store.bulkLoad { loader in
                for item in batch {
                    // `SQLiteStore.replaceGraph` without its graph check, which is not needed: ingest's graphs put
                    // every quad and provenance record in the article's graph.
                    try loader.replaceGraph(item.graph, quads: item.quads, provenance: item.provenance)
                }
            }
        } catch {
            var files: [String] = []
            for item in batch where files.last != item.file { files.append(item.file) }
            throw BatchError(files: files, articles: batch.count, quads: batch.reduce(0) { $0 + $1.quads.count },
                             facts: batch.reduce(0) { $0 + $1.facts }, underlying: error)
        }
    }

    // MARK: Everything else writes the queue first, then asks the store (`match` only when it must).

    func add(_ quads: [Quad]) throws { try flush(); try store.add(quads) }
    func remove(_ quads: [Quad]) throws { try flush(); try store.remove(quads) }
    func match(_ pattern: QuadPattern) throws -> AnySequence<Quad> {
        if queued.isEmpty { return try store.match(pattern) }
        if queued.answers(pattern) { return AnySequence(queued.match(pattern, in: try store.match(pattern))) }
        // A graph that is not queued reads the same before and after the queue is written.
        if case .named(let graph) = pattern.graph, !queued.isQueued(graph) { return try store.match(pattern) }
        try flush()
        return try store.match(pattern)
    }
    func estimatedCount(_ pattern: QuadPattern) throws -> Int { try flush(); return try store.estimatedCount(pattern) }
    func count() throws -> Int { try flush(); return try store.count() }
    func graphNames() throws -> [Term] { try flush(); return try store.graphNames() }
    func entities(withLabel label: String) throws -> [Term] { try flush(); return try store.entities(withLabel: label) }
    func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)] {
        try flush()
        return try store.labels(withPrefix: prefix, limit: limit)
    }
    func provenance(of quad: Quad) throws -> [Provenance] {
        if let graph = quad.graph, !queued.isQueued(graph) { return try store.provenance(of: quad) }
        try flush()
        return try store.provenance(of: quad)
    }
    func graphSizes() throws -> [(graph: Term?, count: Int)] { try flush(); return try store.graphSizes() }
    func close() throws { try flush(); try store.close() }
}
