import GRDB
import GRDBSQLite
import KheshtGraph

/// Finds a provenance record's quad among an article's quads without hashing every quad.
///
/// Why: mapping records to quads through a `[Quad: …]` dictionary hashed every quad and every record (Persian
/// literals and IRIs, hundreds of bytes each) — close to a million instructions per article. Extraction writes records
/// in the order their quads were first stated, so a record's quad is almost always the one the previous record
/// had, the next one, or the one after the furthest matched so far: those are compared first (equal terms share
/// storage, so `==` answers at once), and only a record that matches none of them builds the dictionary, once.
/// The answer is the same as the dictionary's: any position holding an equal quad holds the same term ids.
struct QuadPositionFinder {
    private let quads: [Quad]
    private var last = -1
    private var furthest = -1
    private var byQuad: [Quad: Int]?

    init(quads: [Quad]) { self.quads = quads }

    /// The position of a quad equal to `quad`, or nil when there is none.
    mutating func position(of quad: Quad) -> Int? {
        if matches(last, quad) { return found(last) }
        if matches(last + 1, quad) { return found(last + 1) }
        if furthest + 1 != last + 1, matches(furthest + 1, quad) { return found(furthest + 1) }
        if byQuad == nil {
            var table: [Quad: Int] = [:]
            table.reserveCapacity(quads.count)
            for (position, each) in quads.enumerated() where table[each] == nil { table[each] = position }
            byQuad = table
        }
        guard let position = byQuad?[quad] else { return nil }
        return found(position)
    }

    @inline(__always)
    private func matches(_ candidate: Int, _ quad: Quad) -> Bool {
        candidate >= 0 && candidate < quads.count && quads[candidate] == quad
    }

    private mutating func found(_ position: Int) -> Int {
        last = position
        furthest = max(furthest, position)
        return position
    }
}

/// One `provenance` row with its term ids resolved, waiting in `GraphLoader.pendingProvenance`.
struct ProvenanceRow {
    let s: Int64, p: Int64, o: Int64, g: Int64, article: Int64
    let sentence: Int64, charStart: Int64, charEnd: Int64
    let ruleID: String
    let confidence: Double
}

extension GraphLoader {
    /// Replaces `graph` with `quads` and the `provenance` records of those quads, as `SQLiteStore.replaceGraph`
    /// does, but with every row queued for the multi-row INSERTs instead of stepped one by one.
    ///
    /// Why: ingest writes an article as a few dozen quads and as many provenance records; one `sqlite3_step` per
    /// row and interning a record's four terms again to find its quad's ids were a third of ingest's store time.
    /// Here a quad's ids are looked up once and reused for its records (found by `QuadPositionFinder`), and rows go
    /// 64 per statement.
    ///
    /// Records whose quad is not among `quads` are skipped (as `SQLiteStore.replaceGraph` does). Quads keep the
    /// graph they carry; the caller checks they belong to `graph`. Rows are written by the next `flush()` at latest.
    public func replaceGraph(_ graph: Term, quads: [Quad], provenance: [Provenance]) throws {
        try clearGraph(graph)
        var idsByPosition: [(s: Int64, p: Int64, o: Int64, g: Int64)] = []
        idsByPosition.reserveCapacity(quads.count)
        // Long literals are not kept in the term cache; an article repeats a name in several quads, though.
        var longLiterals: [Term: Int64] = [:]
        for quad in quads {
            let ids: (s: Int64, p: Int64, o: Int64, g: Int64)
            if TermIDCache.isWorthCaching(quad.object) {
                ids = try self.ids(of: quad)
            } else {
                ids = try self.ids(of: quad, objectID: longLiterals[quad.object])
                longLiterals[quad.object] = ids.o
            }
            idsByPosition.append(ids)
            try queueQuad(ids, label: Self.labelKey(of: quad).map { ($0, quad.object.literal!.lexicalForm) })
        }
        var finder = QuadPositionFinder(quads: quads)
        for record in provenance {
            guard let position = finder.position(of: record.quad) else { continue }
            let ids = idsByPosition[position]
            let article: Int64
            if let last = lastArticle, last.iri == record.article {
                article = last.id
            } else {
                article = try intern(.iri(record.article))
                lastArticle = (record.article, article)
            }
            pendingProvenance.append(ProvenanceRow(
                s: ids.s, p: ids.p, o: ids.o, g: ids.g, article: article, sentence: Int64(record.sentenceIndex),
                charStart: Int64(record.charStart), charEnd: Int64(record.charEnd), ruleID: record.ruleId,
                confidence: record.confidence))
            if pendingProvenance.count == Self.batchRows { try flushProvenance() }
        }
    }

    /// Queues one quad (and its label row) for the multi-row INSERTs; `insertedCount` counts it once flushed.
    func queueQuad(_ ids: (s: Int64, p: Int64, o: Int64, g: Int64), label: (key: String, text: String)?) throws {
        pendingQuads.append(ids.s)
        pendingQuads.append(ids.p)
        pendingQuads.append(ids.o)
        pendingQuads.append(ids.g)
        if let label {
            pendingLabels.append((label.key, label.text, ids.s, ids.p, ids.o, ids.g))
            if pendingLabels.count == Self.batchRows { try flushLabels() }
        }
        if pendingQuads.count == 4 * Self.batchRows { try flushQuads() }
    }

    /// Writes the queued provenance rows: a full batch in one statement, a remainder row by row.
    func flushProvenance() throws {
        try writeRows(pendingProvenance, columns: 10, batch: insertProvenanceBatch, single: insertProvenance) { record, statement, base in
            statement.bind(record.s, at: base + 1)
            statement.bind(record.p, at: base + 2)
            statement.bind(record.o, at: base + 3)
            statement.bind(record.g, at: base + 4)
            statement.bind(record.article, at: base + 5)
            statement.bind(record.sentence, at: base + 6)
            statement.bind(record.charStart, at: base + 7)
            statement.bind(record.charEnd, at: base + 8)
            statement.bind(record.ruleID, at: base + 9)
            statement.bind(record.confidence, at: base + 10)
        }
        pendingProvenance.removeAll(keepingCapacity: true)
    }
}

extension GraphLoader {
    /// Whether a queued quad, label or provenance row belongs to graph `id`: those must be written before the
    /// graph is cleared. At most a batch of each is queued, so the scan is short.
    func hasPendingRows(inGraph id: Int64) -> Bool {
        for index in stride(from: 3, to: pendingQuads.count, by: 4) where pendingQuads[index] == id { return true }
        return pendingLabels.contains { $0.g == id } || pendingProvenance.contains { $0.g == id }
    }
}
