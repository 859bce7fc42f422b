import KheshtGraph
import KheshtIngest
import KheshtStore

/// Stores extracted articles several at a time: on the SQLite store, one write transaction per batch instead of
/// one per article.
///
/// Why: committing costs more than the rows an article writes. Each commit appends every page it touched (the term,
/// quad, label and provenance B-trees' hot pages) to the WAL and every ~1000 pages triggers a checkpoint with an
/// fsync; with one article per commit that was over half the CPU time of `khesht ingest`. A batch touches those
/// pages once.
///
/// What does not change: each article still replaces its own named graph (cleared, then written) inside a
/// transaction, so no article is ever half-written and ingesting again changes nothing. A batch that fails is rolled
/// back as a whole and every article in it is reported as not stored. Other stores (remote, in memory) get one
/// `replaceGraph` per article as before.
final class ArticleBatchWriter {
    /// One extracted article waiting to be stored, with the file it came from (for error messages).
    struct Pending {
        let result: ExtractionResult
        let file: String
    }

    /// Articles per transaction, at most.
    static let maxArticles = 256
    /// Quads per transaction, at most: bounds the memory a batch holds whatever the articles' sizes.
    static let maxQuads = 50_000

    private let store: any GraphStore
    private var pending: [Pending] = []
    private var pendingQuads = 0

    init(store: any GraphStore) { self.store = store }

    /// Queues an article; writes the batch when it is full.
    ///
    /// - Throws: `BatchError` when writing a batch to SQLite fails (its articles are then not stored); another
    ///   store's own error (a `RemoteError` stops the run) when it refuses this article.
    func add(_ result: ExtractionResult, file: String) throws {
        guard store is SQLiteStore else {
            try store.replaceGraph(.iri(result.article), with: result.quads, provenance: result.provenance)
            return
        }
        pending.append(Pending(result: result, file: file))
        pendingQuads += result.quads.count
        if pending.count >= Self.maxArticles || pendingQuads >= Self.maxQuads { try flush() }
    }

    /// Writes whatever is queued.
    func flush() throws {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        pendingQuads = 0
        try write(batch)
    }

    /// A batch that could not be stored: its articles, the files they came from and the store's error.
    struct BatchError: Error, CustomStringConvertible {
        let files: [String]
        let articles: Int
        let quads: Int
        let facts: Int
        let underlying: Error
        var description: String {
            let names = files.count <= 3 ? files.joined(separator: ", ")
                : "\(files[0]) … \(files[files.count - 1]) (\(files.count) articles)"
            return "\(names): not stored: \(underlying)"
        }
    }

    private func write(_ batch: [Pending]) throws {
        guard !batch.isEmpty else { return }
        do {
            guard let sqlite = store as? SQLiteStore else { return }
            try sqlite.bulkLoad { loader in
                for item in batch {
                    // The same steps as `replaceGraph`. Its graph check is not needed: the extractor puts every quad
                    // and provenance record in the article's graph, and every record's quad among the quads.
                    try loader.clearGraph(.iri(item.result.article))
                    for quad in item.result.quads { try loader.add(quad) }
                    for record in item.result.provenance { try loader.addProvenance(record) }
                }
            }
        } catch {
            var files: [String] = []
            for item in batch where files.last != item.file { files.append(item.file) }
            throw BatchError(files: files, articles: batch.count, quads: batch.reduce(0) { $0 + $1.result.quads.count },
                             facts: batch.reduce(0) { $0 + $1.result.factCount }, underlying: error)
        }
    }
}
