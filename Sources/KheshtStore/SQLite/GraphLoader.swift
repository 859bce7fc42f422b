import GRDB
import GRDBSQLite
import KheshtGraph
import KheshtText

/// Writes quads inside one open SQLite transaction: interns terms, inserts and deletes quads, and keeps the
/// `labels` and `provenance` tables in step with them.
///
/// A loader exists only inside `SQLiteStore.bulkLoad`, whose single transaction makes everything it wrote appear
/// at once or not at all (also after SIGKILL). Statements are prepared once per transaction and driven through
/// `RawStatement`, so a row costs a few `sqlite3_bind`/`sqlite3_step` calls and no allocation beyond its strings.
public final class GraphLoader {
    let db: Database
    private let cache: TermIDCache
    private let insertTerm: RawStatement
    private let selectTerm: RawStatement
    private let insertQuad: RawStatement
    /// Where `flushQuads` and `flushLabels` write: the tables themselves, or the staging tables while
    /// `deferIndexes` is in force (`Staging`).
    private let insertQuadBatchDirect: RawStatement
    private let insertLabelBatchDirect: RawStatement
    private var queuedQuadTarget: (batch: RawStatement, single: RawStatement)
    private var queuedLabelTarget: (batch: RawStatement, single: RawStatement)
    private let deleteQuad: RawStatement
    private let insertLabel: RawStatement
    /// Staging tables in use (see `deferIndexes`), merged into `quads` and `labels` by `finish`.
    private var staged = false
    private let deleteLabel: RawStatement
    let insertProvenance: RawStatement
    let insertProvenanceBatch: RawStatement
    private let deleteProvenance: RawStatement
    private let clearQuads: RawStatement
    private let clearLabels: RawStatement
    private let clearProvenance: RawStatement
    private var lastGraph: (term: Term, id: Int64)?
    private var recentPredicates: [(iri: IRI, id: Int64)] = []
    /// Graphs already emptied in this transaction by `replaceGraphOnFirstSight`.
    private var replacedGraphs: Set<Int64> = []

    /// Secondary quad indexes dropped by `deferIndexes()`, rebuilt by `finish()`.
    private(set) var deferredIndexes: [String] = []

    /// Rows waiting for a multi-row INSERT: one statement per `batchRows` rows instead of one per row.
    var pendingQuads: [Int64] = []
    var pendingLabels: [(key: String, label: String, s: Int64, p: Int64, o: Int64, g: Int64)] = []
    static let batchRows = 64
    /// Provenance rows waiting for a multi-row INSERT (see `replaceGraph(_:quads:provenance:)`).
    var pendingProvenance: [ProvenanceRow] = []
    /// The last article IRI interned for a provenance row: an article's records all name the same one.
    var lastArticle: (iri: IRI, id: Int64)?

    /// Dictionary ids by slot for `apply(_:)`, the writing side of `TermSlotEncoder`.
    private var slotIDs: [Int64] = []

    /// Quads that were not already present.
    /// (Rows held back by `apply` count once flushed.)
    public private(set) var insertedCount = 0
    /// Quads actually removed (by `remove` or by clearing a graph).
    public private(set) var removedCount = 0

    init(db: Database, cache: TermIDCache) throws {
        self.db = db
        self.cache = cache
        // Cached per connection: one article is one transaction, and parsing these statements anew for each
        // article (the 64-row batches especially) cost more than writing its quads.
        func prepare(_ sql: String) throws -> RawStatement { RawStatement(try db.cachedStatement(sql: sql)) }
        insertTerm = try prepare(
            "INSERT INTO terms(kind, value, datatype, language) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
        selectTerm = try prepare(
            "SELECT id FROM terms WHERE value = ?2 AND kind = ?1 AND datatype = ?3 AND language = ?4")
        insertQuad = try prepare("INSERT OR IGNORE INTO quads(s, p, o, g) VALUES (?1, ?2, ?3, ?4)")
        let insertQuadBatch = try prepare("INSERT OR IGNORE INTO quads(s, p, o, g) VALUES "
            + Array(repeating: "(?, ?, ?, ?)", count: Self.batchRows).joined(separator: ", "))
        let insertLabelBatch = try prepare("INSERT OR IGNORE INTO labels(label_key, label, subject, p, o, g) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?)", count: Self.batchRows).joined(separator: ", "))
        deleteQuad = try prepare("DELETE FROM quads WHERE s = ?1 AND p = ?2 AND o = ?3 AND g = ?4")
        insertLabel = try prepare(
            "INSERT OR IGNORE INTO labels(label_key, label, subject, p, o, g) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        insertQuadBatchDirect = insertQuadBatch
        insertLabelBatchDirect = insertLabelBatch
        queuedQuadTarget = (insertQuadBatch, insertQuad)
        queuedLabelTarget = (insertLabelBatch, insertLabel)
        deleteLabel = try prepare("DELETE FROM labels WHERE subject = ?1 AND p = ?2 AND o = ?3 AND g = ?4")
        insertProvenance = try prepare("""
            INSERT INTO provenance(s, p, o, g, article, sentence, char_start, char_end, rule_id, confidence)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        insertProvenanceBatch = try prepare("""
            INSERT INTO provenance(s, p, o, g, article, sentence, char_start, char_end, rule_id, confidence) VALUES
            """ + Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: Self.batchRows).joined(separator: ", "))
        deleteProvenance = try prepare("DELETE FROM provenance WHERE s = ?1 AND p = ?2 AND o = ?3 AND g = ?4")
        clearQuads = try prepare("DELETE FROM quads WHERE g = ?1")
        clearLabels = try prepare("DELETE FROM labels WHERE g = ?1")
        clearProvenance = try prepare("DELETE FROM provenance WHERE g = ?1")
    }

    // MARK: Public loading API

    /// Drops the secondary quad and label indexes until the end of the transaction, where they are rebuilt in one
    /// sorted pass, and stages quad and label rows in unindexed tables until then (`startStaging`).
    ///
    /// For a load that dwarfs what is already stored this is much faster than updating three indexes in random
    /// order row by row. Readers are unaffected (they see the last commit, indexes included). Call it after any
    /// `clearGraph`, and do not combine it with `replaceGraphOnFirstSight` or `remove`, which need the indexes.
    /// The indexes led by the graph column stay: the staged rows reach their tables in key order, so for one graph
    /// (an N-Triples file) their entries arrive in index order as well, and appending them costs less than
    /// sorting them again. (Keeping those indexes live while rows arrived in file order was measured slower and
    /// larger: subjects first seen as objects have small ids, so their keys landed all over the tree.)
    public func deferIndexes() throws {
        guard deferredIndexes.isEmpty else { return }
        try flush()
        try startStaging()
        let indexes = try Row.fetchAll(db, sql: """
            SELECT m.name, m.sql, i.name AS lead FROM sqlite_master m, pragma_index_info(m.name) i
            WHERE m.type = 'index' AND m.tbl_name IN ('quads', 'labels') AND m.sql IS NOT NULL AND i.seqno = 0
            """)
        for index in indexes {
            let name: String = index["name"]
            if (index["lead"] as String?) == "g" { continue }
            deferredIndexes.append(index["sql"])
            try db.execute(sql: "DROP INDEX \(name)")
        }
    }

    /// Rebuilds indexes dropped by `deferIndexes`, after moving the staged rows in; `SQLiteStore.bulkLoad` calls
    /// it before committing (`RDFFileLoader` earlier, to count the new quads).
    ///
    /// Each CREATE INDEX sorts the whole table in runs the size of the page cache, then merges them. Two settings
    /// matter, both measured on a 1M-triple load (`quads_posg` + `quads_ospg`, sqlite3 3.40):
    /// - Temporary files on disk (the writer connection's `temp_store = FILE`, set by `SQLiteStore`): SQLite sorts
    ///   runs on worker threads (`PRAGMA threads`) only when temporary files are real files, and its in-memory
    ///   temporary files are slow to write and read back: 1.1–1.6 s CPU against 2.7–3.0 s with `MEMORY`.
    /// - Small runs: 1 MiB runs stay in the processor's cache while sorted (4 MiB: 0.4–0.5 s more CPU).
    /// The dirty pages above the smaller cache limit are written to the WAL early, as the commit would have.
    func finish() throws {
        try flush()
        guard !deferredIndexes.isEmpty || staged else { return }
        try limitPageCache(kib: Self.sortCacheKiB)
        if staged { try mergeStaged() }
        for sql in deferredIndexes { try db.execute(sql: sql) }
        deferredIndexes = []
        try restorePageCache()
    }

    /// The page cache, in KiB, while `finish` rebuilds indexes: the size of SQLite's sort runs.
    static let sortCacheKiB = 1024

    /// The page cache, in KiB, while rows are staged. What is still written at random places then is the term
    /// dictionary (`terms_identity`); the quads and labels go to the ends of the staging tables. Measured on 2M
    /// triples against the connection's 256 MiB: peak RSS 346 → 99 MiB, CPU within 2%.
    static let stagingCacheKiB = 32 * 1024

    /// The connection's `cache_size` before this loader changed it (`limitPageCache`), restored at the end.
    private var savedCacheSize: Int?

    /// Sets the page cache to `kib` KiB for the rest of the transaction, remembering the connection's own size.
    private func limitPageCache(kib: Int) throws {
        if savedCacheSize == nil { savedCacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000 }
        try db.execute(sql: "PRAGMA cache_size = -\(kib)")
    }

    /// Gives the connection back its own page cache size; `SQLiteStore.bulkLoad` calls it after a rollback too.
    func restorePageCache() throws {
        guard let size = savedCacheSize else { return }
        try db.execute(sql: "PRAGMA cache_size = \(size)")
        savedCacheSize = nil
    }

    // MARK: Staging

    /// Sends queued quad and label rows to two unindexed temporary tables instead of `quads` and `labels`.
    ///
    /// Subjects get their ids when first seen, often as the object of an earlier statement, so a file's quads
    /// arrive in no key order and each insert lands on a random page of the clustered `quads` and `labels`
    /// B-trees: once those outgrow the page cache, every insert reads a page back and writes a dirty one out.
    /// Appending to a table without a key touches only its last page; `finish` then moves the rows over in key
    /// order (SQLite sorts them as it sorts an index), so the writer's page cache can stay small at any size.
    private func startStaging() throws {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS staged_quads(s INTEGER, p INTEGER, o INTEGER, g INTEGER);
            CREATE TEMP TABLE IF NOT EXISTS staged_labels(label_key TEXT, label TEXT, subject INTEGER, p INTEGER,
                                                          o INTEGER, g INTEGER);
            DELETE FROM staged_quads; DELETE FROM staged_labels
            """)
        func prepare(_ sql: String) throws -> RawStatement { RawStatement(try db.makeStatement(sql: sql)) }
        queuedQuadTarget = (
            try prepare("INSERT INTO staged_quads(s, p, o, g) VALUES "
                + Array(repeating: "(?, ?, ?, ?)", count: Self.batchRows).joined(separator: ", ")),
            try prepare("INSERT INTO staged_quads(s, p, o, g) VALUES (?1, ?2, ?3, ?4)"))
        queuedLabelTarget = (
            try prepare("INSERT INTO staged_labels(label_key, label, subject, p, o, g) VALUES "
                + Array(repeating: "(?, ?, ?, ?, ?, ?)", count: Self.batchRows).joined(separator: ", ")),
            try prepare("INSERT INTO staged_labels(label_key, label, subject, p, o, g) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        staged = true
        try limitPageCache(kib: Self.stagingCacheKiB)
    }

    /// Moves the staged rows into `quads` and `labels` in key order, counting the quads that were new.
    private func mergeStaged() throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO quads(s, p, o, g) SELECT s, p, o, g FROM staged_quads ORDER BY s, p, o, g
            """)
        insertedCount += Int(sqlite3_changes(db.sqliteConnection))
        try db.execute(sql: """
            INSERT OR IGNORE INTO labels(label_key, label, subject, p, o, g)
            SELECT label_key, label, subject, p, o, g FROM staged_labels ORDER BY subject, p, o, g;
            DELETE FROM staged_quads; DELETE FROM staged_labels
            """)
        queuedQuadTarget = (insertQuadBatchDirect, insertQuad)
        queuedLabelTarget = (insertLabelBatchDirect, insertLabel)
        staged = false
    }

    /// Empties `graph` (`nil`: the default graph) with its labels and provenance.
    public func clearGraph(_ graph: Term?) throws {
        guard let id = try graphID(graph, create: false) else { return }
        try clear(graphID: id)
    }

    /// Empties `graph` the first time this loader sees it, then never again: how an N-Quads file replaces every
    /// graph it mentions while its quads stream by.
    public func replaceGraphOnFirstSight(_ graph: Term?) throws {
        guard let id = try graphID(graph, create: true), replacedGraphs.insert(id).inserted else { return }
        try clear(graphID: id)
    }

    /// Adds one quad; false when it was already there.
    @discardableResult
    public func add(_ quad: Quad) throws -> Bool {
        try flush()
        let ids = try ids(of: quad)
        return try add(s: ids.s, p: ids.p, o: ids.o, g: ids.g, quad: quad, labelKey: Self.labelKey(of: quad))
    }

    /// Applies one item of a slot-encoded stream (see `SlotItem`): interns a newly sent term, or queues a quad in
    /// a multi-row INSERT with the next ones (`insertedCount` counts it after the next `flush()`). With `replacingGraphs`, a quad's named graph is emptied the first time it
    /// is seen, as `replaceGraphOnFirstSight` does.
    func apply(_ item: SlotItem, replacingGraphs: Bool) throws {
        switch item {
        case .term(let slot, let record):
            let index = Int(slot)
            if index >= slotIDs.count { slotIDs.append(contentsOf: repeatElement(0, count: index + 1 - slotIDs.count)) }
            slotIDs[index] = try intern(record)
        case .quad(let subject, let predicate, let object, let graph, let label):
            let s = slotIDs[Int(subject)], p = slotIDs[Int(predicate)], o = slotIDs[Int(object)]
            let g = graph == TermSlotEncoder.defaultGraph ? 0 : slotIDs[Int(graph)]
            if replacingGraphs, g != 0, replacedGraphs.insert(g).inserted { try clear(graphID: g) }
            pendingQuads.append(s)
            pendingQuads.append(p)
            pendingQuads.append(o)
            pendingQuads.append(g)
            if let label {
                pendingLabels.append((label.key, label.text, s, p, o, g))
                if pendingLabels.count == Self.batchRows { try flushLabels() }
            }
            if pendingQuads.count == 4 * Self.batchRows { try flushQuads() }
        }
    }

    /// Writes the rows `apply` holds back. Every other operation calls it first, so reads within the
    /// transaction, deletions and counts always see them.
    public func flush() throws {
        try flushQuads()
        try flushLabels()
        try flushProvenance()
    }

    func flushQuads() throws {
        guard !pendingQuads.isEmpty else { return }
        let (batch, single) = queuedQuadTarget
        // Staged rows are counted when `finish` merges them (duplicates are dropped there).
        let counts = !staged
        if pendingQuads.count == 4 * Self.batchRows {
            for (offset, id) in pendingQuads.enumerated() { batch.bind(id, at: Int32(offset + 1)) }
            try batch.run(db)
            if counts { insertedCount += Int(sqlite3_changes(db.sqliteConnection)) }
        } else {
            for row in stride(from: 0, to: pendingQuads.count, by: 4) {
                for column in 0..<4 { single.bind(pendingQuads[row + column], at: Int32(column + 1)) }
                try single.run(db)
                if counts { insertedCount += Int(sqlite3_changes(db.sqliteConnection)) }
            }
        }
        pendingQuads.removeAll(keepingCapacity: true)
    }

    /// Label rows are keyed by their quad, so inserting one again for a quad that was already present is a no-op.
    func flushLabels() throws {
        try writeRows(pendingLabels, columns: 6, batch: queuedLabelTarget.batch, single: queuedLabelTarget.single) { label, statement, base in
            statement.bind(label.key, at: base + 1)
            statement.bind(label.label, at: base + 2)
            statement.bind(label.s, at: base + 3)
            statement.bind(label.p, at: base + 4)
            statement.bind(label.o, at: base + 5)
            statement.bind(label.g, at: base + 6)
        }
        pendingLabels.removeAll(keepingCapacity: true)
    }

    /// Writes queued rows: a full batch (`batchRows` rows) in one multi-row statement, a remainder row by row.
    /// `bind` binds one row's `columns` values at parameters `base + 1 …`.
    func writeRows<Row>(_ rows: [Row], columns: Int, batch: RawStatement, single: RawStatement,
                        bind: (Row, RawStatement, Int32) -> Void) throws {
        guard !rows.isEmpty else { return }
        let full = rows.count == Self.batchRows
        let statement = full ? batch : single
        for (index, row) in rows.enumerated() {
            bind(row, statement, Int32(full ? index * columns : 0))
            if !full { try statement.run(db) }
        }
        if full { try statement.run(db) }
    }

    /// The `labels` key `quad` contributes: `TextNormalizer.labelKey` of its object when it is a literal under one
    /// of `LabelPredicates`, else nil. Separate so a loader can compute it on another thread.
    static func labelKey(of quad: Quad) -> String? {
        guard LabelPredicates.contains(quad.predicate), let literal = quad.object.literal else { return nil }
        return TextNormalizer.labelKey(literal.lexicalForm)
    }

    /// The ids of a quad's terms, interning new ones; `objectID` when the caller already knows the object's.
    func ids(of quad: Quad, objectID: Int64? = nil) throws -> (s: Int64, p: Int64, o: Int64, g: Int64) {
        let s = try intern(quad.subject)
        let p = try predicateID(quad.predicate)
        let o = try objectID ?? intern(quad.object)
        let g: Int64
        if let graph = quad.graph {
            // A file's quads all share one graph: compare with the last one instead of hashing it per quad.
            if let last = lastGraph, last.term == graph {
                g = last.id
            } else {
                g = try intern(graph)
                lastGraph = (graph, g)
            }
        } else {
            g = 0
        }
        return (s, p, o, g)
    }

    /// Files use a handful of predicates over and over: a short list scanned by equality beats hashing each one.
    private func predicateID(_ predicate: IRI) throws -> Int64 {
        for entry in recentPredicates where entry.iri == predicate { return entry.id }
        let id = try intern(.iri(predicate))
        if recentPredicates.count >= 16 { recentPredicates.removeFirst() }
        recentPredicates.append((predicate, id))
        return id
    }

    /// Records where `record.quad` came from; the quad must already have been added.
    public func addProvenance(_ record: Provenance) throws {
        try flush()
        let ids = try quadIDs(record.quad, create: true)!
        insertProvenance.bind(ids.s, at: 1)
        insertProvenance.bind(ids.p, at: 2)
        insertProvenance.bind(ids.o, at: 3)
        insertProvenance.bind(ids.g, at: 4)
        insertProvenance.bind(try intern(.iri(record.article)), at: 5)
        insertProvenance.bind(Int64(record.sentenceIndex), at: 6)
        insertProvenance.bind(Int64(record.charStart), at: 7)
        insertProvenance.bind(Int64(record.charEnd), at: 8)
        insertProvenance.bind(record.ruleId, at: 9)
        insertProvenance.bind(record.confidence, at: 10)
        try insertProvenance.run(db)
    }

    /// Removes one quad with its label row and provenance; false when it was absent.
    @discardableResult
    public func remove(_ quad: Quad) throws -> Bool {
        try flush()
        guard let ids = try quadIDs(quad, create: false) else { return false }
        for statement in [deleteQuad, deleteLabel, deleteProvenance] {
            statement.bind(ids.s, at: 1)
            statement.bind(ids.p, at: 2)
            statement.bind(ids.o, at: 3)
            statement.bind(ids.g, at: 4)
            try statement.run(db)
            if statement.handle == deleteQuad.handle {
                guard sqlite3_changes(db.sqliteConnection) > 0 else { return false }
                removedCount += 1
            }
        }
        return true
    }

    // MARK: Internals

    private func add(s: Int64, p: Int64, o: Int64, g: Int64, quad: Quad, labelKey: String?) throws -> Bool {
        insertQuad.bind(s, at: 1)
        insertQuad.bind(p, at: 2)
        insertQuad.bind(o, at: 3)
        insertQuad.bind(g, at: 4)
        try insertQuad.run(db)
        guard sqlite3_changes(db.sqliteConnection) > 0 else { return false }
        insertedCount += 1
        if let labelKey, let literal = quad.object.literal {
            insertLabel.bind(labelKey, at: 1)
            insertLabel.bind(literal.lexicalForm, at: 2)
            insertLabel.bind(s, at: 3)
            insertLabel.bind(p, at: 4)
            insertLabel.bind(o, at: 5)
            insertLabel.bind(g, at: 6)
            try insertLabel.run(db)
        }
        return true
    }

    func clear(graphID id: Int64) throws {
        // Queued rows of other graphs can wait: flushing them here would cut ingest's batches to one article.
        if hasPendingRows(inGraph: id) { try flush() }
        for statement in [clearQuads, clearLabels, clearProvenance] {
            statement.bind(id, at: 1)
            try statement.run(db)
            if statement.handle == clearQuads.handle { removedCount += Int(sqlite3_changes(db.sqliteConnection)) }
        }
    }

    private func graphID(_ graph: Term?, create: Bool) throws -> Int64? {
        guard let graph else { return 0 }
        return create ? try intern(graph) : try existingID(graph)
    }

    private func quadIDs(_ quad: Quad, create: Bool) throws -> (s: Int64, p: Int64, o: Int64, g: Int64)? {
        if create {
            return (try intern(quad.subject), try intern(.iri(quad.predicate)), try intern(quad.object),
                    try graphID(quad.graph, create: true) ?? 0)
        }
        guard let s = try existingID(quad.subject), let p = try existingID(.iri(quad.predicate)),
              let o = try existingID(quad.object), let g = try graphID(quad.graph, create: false) else { return nil }
        return (s, p, o, g)
    }

    /// The id of `term`, adding it to the dictionary when new. New terms cost one INSERT; known ones come from the
    /// cache or, after eviction, one indexed SELECT.
    func intern(_ term: Term) throws -> Int64 {
        if let id = cache[term] { return id }
        let id = try intern(TermRecord(term))
        cache.insert(id, for: term)
        return id
    }

    /// The id of the term `record` describes, adding it when new; one INSERT, plus one SELECT when it was there.
    private func intern(_ record: TermRecord) throws -> Int64 {
        bind(record, to: insertTerm)
        try insertTerm.run(db)
        let id: Int64
        if sqlite3_changes(db.sqliteConnection) > 0 {
            id = sqlite3_last_insert_rowid(db.sqliteConnection)
        } else {
            guard let found = try select(record) else {
                throw DatabaseError(message: "term \(record.term.ntriples) neither inserted nor found")
            }
            id = found
        }
        return id
    }

    private func existingID(_ term: Term) throws -> Int64? {
        if let id = cache[term] { return id }
        guard let id = try select(TermRecord(term)) else { return nil }
        cache.insert(id, for: term)
        return id
    }

    private func select(_ record: TermRecord) throws -> Int64? {
        bind(record, to: selectTerm)
        defer { selectTerm.reset() }
        return try selectTerm.step(db) ? selectTerm.int64(at: 0) : nil
    }

    private func bind(_ record: TermRecord, to statement: RawStatement) {
        statement.bind(record.kind.rawValue, at: 1)
        statement.bind(record.value, at: 2)
        statement.bind(record.datatype, at: 3)
        statement.bind(record.language, at: 4)
    }
}
