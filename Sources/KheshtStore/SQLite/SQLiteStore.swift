import Foundation
import GRDB
import KheshtGraph
import KheshtText

/// The embedded, persistent `GraphStore`: one SQLite file in WAL mode, read and written through GRDB.
///
/// Terms are dictionary-encoded; quads are four integers indexed in four orders (see `StoreSchema`). Every write
/// — `replaceGraph`, `add`, `remove`, `bulkLoad` — is one IMMEDIATE transaction, so readers (in this process or
/// another) see a graph wholly before or wholly after it, and a killed writer leaves no trace. Both sides wait
/// on each other through a busy timeout instead of failing with "database is locked".
///
/// ```swift
/// let store = try SQLiteStore(path: "khesht.sqlite")
/// try store.loadGraph(.iri(try IRI("file:///data/a.nt")), quads: parsedQuads)
/// for quad in try store.match(subject: person) { print(quad) }
/// ```
public final class SQLiteStore: GraphStore, @unchecked Sendable {
    /// How the store opens its file.
    public struct Options: Sendable {
        /// Seconds a reader or writer waits for a lock held by another connection before giving up.
        public var busyTimeout: TimeInterval = 120
        /// Quads read per page by `match`.
        public var pageSize = 1000
        /// Distinct terms remembered by the writer between dictionary look-ups.
        public var termCacheCapacity = 500_000
        /// SQLite page cache of the writing connection, in KiB: large enough to keep index pages hot in a bulk load.
        public var writerCacheKiB = 262_144
        /// Bytes of the file each connection memory-maps for reading (`PRAGMA mmap_size`); 0 turns mapping off.
        public var readMapBytes: Int64 = 1 << 31
        /// `estimatedCount(_:)` counts index entries up to this many and answers the cap for larger ranges.
        public var estimateCap = 4096

        public init() {}
    }

    /// The database file as given.
    public let path: String
    private let pool: DatabasePool
    let options: Options
    private let termCache: TermIDCache
    /// One read session per reader connection, kept between snapshots (`SQLiteReadSession`).
    private let sessions = LockedSessions()

    /// Opens (creating when absent) the store at `path` and brings its schema up to date.
    ///
    /// - Throws: `StoreError` naming `path` when it is a directory, its folder is missing, it is not an SQLite
    ///   database, or it was written by a newer schema.
    public init(path: String, options: Options = Options()) throws {
        self.path = path
        self.options = options
        termCache = TermIDCache(capacity: options.termCacheCapacity)
        try Self.checkPath(path)

        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.label = "khesht"
        configuration.prepareDatabase { db in
            // WAL + NORMAL: a commit is atomic and survives a killed process; only power loss can undo the last ones.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
            // Readers map the file instead of copying each page through `pread` into a small private cache: a
            // query's index seeks then touch the OS page cache directly (measured: a third of a look-up's time).
            try db.execute(sql: "PRAGMA mmap_size = \(options.readMapBytes)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -\(options.writerCacheKiB)")
                // Lets CREATE INDEX (the rebuild after a deferred-index load) sort on a second core. SQLite uses
                // sort threads only with temporary files on disk, and sorts that outgrow the cache spill to them
                // much faster than to its in-memory ones (`GraphLoader.finish`); smaller sorts never touch them.
                try db.execute(sql: "PRAGMA threads = 2; PRAGMA temp_store = FILE")
                // After a checkpoint, shrink the WAL a bulk load grew instead of keeping it at its peak size.
                try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
            }
            try Self.migrate(pool, path: path)
        } catch let error as DatabaseError {
            throw Self.openError(path: path, error)
        }
    }

    // MARK: Writing

    public func replaceGraph(_ graph: Term, with quads: [Quad], provenance: [Provenance]) throws {
        try MemoryStore.check(quads: quads, provenance: provenance, belongTo: graph)
        try bulkLoad { loader in try loader.replaceGraph(graph, quads: quads, provenance: provenance) }
    }

    public func add(_ quads: [Quad]) throws {
        try bulkLoad { loader in for quad in quads { try loader.add(quad) } }
    }

    public func remove(_ quads: [Quad]) throws {
        try bulkLoad { loader in for quad in quads { try loader.remove(quad) } }
    }

    /// Replaces `graph` (`nil`: the default graph) with `quads`, placed in that graph whatever graph they carry,
    /// in one transaction however many there are: after a crash the graph is either the old one or the new one.
    ///
    /// - Returns: how many distinct quads the graph now holds.
    @discardableResult
    public func loadGraph(_ graph: Term?, quads: some Sequence<Quad>) throws -> Int {
        try bulkLoad { loader in
            try loader.clearGraph(graph)
            for quad in quads {
                try loader.add(Quad(quad.subject, quad.predicate, quad.object, graph: graph))
            }
            return loader.insertedCount
        }
    }

    /// Runs `body` with a `GraphLoader` inside one write transaction, committed when `body` returns and rolled back
    /// when it throws (the error is rethrown as is). The way to stream a large file in: parse and add quad by quad,
    /// nothing is visible to readers until the end.
    public func bulkLoad<T>(_ body: (GraphLoader) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                var made: GraphLoader?
                // A load may shrink the page cache for its transaction; the connection outlives it.
                defer { try? made?.restorePageCache() }
                try db.inTransaction(.immediate) {
                    let loader = try GraphLoader(db: db, cache: termCache)
                    made = loader
                    result = try body(loader)
                    try loader.finish()
                    return .commit
                }
                return result!
            }
        } catch {
            // Ids handed out inside the rolled-back transaction are gone.
            termCache.removeAll()
            throw wrap(error, operation: "write")
        }
    }

    // MARK: Reading

    public func match(_ pattern: QuadPattern) throws -> AnySequence<Quad> {
        let pageSize = options.pageSize
        // Resolving the ids and reading the first page share one read transaction: a selective look-up (most
        // of a nested-loop join's) then costs one transaction, not two.
        let resolved = try read("match") { db -> (QuadQuery, [Quad], [Int64]?)? in
            guard let query = try Self.resolve(db, pattern) else { return nil }
            let first = try Self.readPage(db, query, after: nil, limit: pageSize)
            return (query, first.quads, first.lastKey)
        }
        guard let (query, firstPage, firstPageKey) = resolved else { return AnySequence([]) }
        return AnySequence(QuadPages(store: self, query: query, pageSize: pageSize,
                                     firstPage: firstPage, firstPageKey: firstPageKey))
    }

    /// Calls `body` for every quad matching `pattern`, page by page; unlike iterating `match`, a read error after
    /// the first page is thrown rather than fatal. Errors thrown by `body` stop the walk and are rethrown.
    public func forEachMatch(_ pattern: QuadPattern, _ body: (Quad) throws -> Void) throws {
        guard let query = try resolve(pattern) else { return }
        var lastKey: [Int64]?
        while true {
            let page = try readPage(query, after: lastKey, limit: options.pageSize)
            for quad in page.quads { try body(quad) }
            guard page.quads.count == options.pageSize else { return }
            lastKey = page.lastKey
        }
    }

    public func estimatedCount(_ pattern: QuadPattern) throws -> Int {
        try estimatedCount(pattern, upTo: options.estimateCap)
    }

    public func estimatedCount(_ pattern: QuadPattern, upTo limit: Int) throws -> Int {
        guard limit > 0 else { return 0 }
        return try read("count") { db in
            guard let query = try Self.resolve(db, pattern) else { return 0 }
            // Parameters, not inlined ids: one compiled statement per pattern shape, reused by every estimate.
            let arguments = query.arguments(after: nil)
            // Inside a snapshot an estimate is remembered until the data changes (`SQLiteReadSession`): the
            // planner of the next query over the same patterns asks again.
            let session = SQLiteReadSession.current.flatMap { $0.connection === db ? $0 : nil }
            let key = SQLiteReadSession.EstimateKey(mask: query.boundMask, ids: arguments, limit: limit)
            if let known = session?.estimates[key] { return known }
            let count = try Self.countEntries(db, query, arguments: arguments, limit: limit)
            session?.estimates[key] = count
            return count
        }
    }

    /// How many quads `query` matches, counted up to `limit`.
    private static func countEntries(_ db: Database, _ query: QuadQuery, arguments: [Int64], limit: Int) throws -> Int {
        do {
            // Is there a (limit)th entry? Skipping entries with OFFSET walks the index without handing each one to
            // a counting sub-query, so a pattern at or over the cap (the common case for a bare predicate) costs
            // one plain walk; only smaller ranges are then counted.
            if limit > 1 {
                let probeShape = StatementShape(kind: .countProbe, bound: query.boundMask, resuming: false, limit: 0)
                let probe = try Self.statement(db, probeShape) { query.entryAtOffsetSQL() }
                probe.reset()
                defer { probe.reset() }
                for (offset, value) in arguments.enumerated() { probe.bind(value, at: Int32(offset + 1)) }
                probe.bind(Int64(limit - 1), at: Int32(arguments.count + 1))
                if try probe.step(db) { return limit }
            }
            let shape = StatementShape(kind: .count, bound: query.boundMask, resuming: false, limit: 0)
            let statement = try Self.statement(db, shape) { query.countSQL(parameters: true, limited: true) }
            statement.reset()
            defer { statement.reset() }
            for (offset, value) in arguments.enumerated() { statement.bind(value, at: Int32(offset + 1)) }
            statement.bind(Int64(limit), at: Int32(arguments.count + 1))
            return try statement.step(db) ? Int(statement.int64(at: 0)) : 0
        }
    }


    public func count() throws -> Int {
        try read("count") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quads") ?? 0 }
    }

    public func graphNames() throws -> [Term] {
        try read("list graphs") { db in
            try Self.graphIDs(db).filter { $0 != 0 }.map { try Self.term(db, id: $0) }.sorted()
        }
    }

    public func graphSizes() throws -> [(graph: Term?, count: Int)] {
        try read("count graphs") { db in
            try Self.graphIDs(db).map { id in
                let count = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM quads INDEXED BY quads_gspo WHERE g = ?", arguments: [id]) ?? 0
                return (graph: id == 0 ? nil : try Self.term(db, id: id), count: count)
            }
            .sorted { ($0.graph?.ntriples ?? "") < ($1.graph?.ntriples ?? "") }
        }
    }

    public func entities(withLabel label: String) throws -> [Term] {
        let key = TextNormalizer.labelKey(label)
        guard !key.isEmpty else { return [] }
        return try read("label lookup") { db in
            // A compiled statement read directly: every quoted name of every query comes here.
            let statement = RawStatement(try db.cachedStatement(sql: "SELECT DISTINCT subject FROM labels WHERE label_key = ?"))
            statement.reset()
            defer { statement.reset() }
            statement.bind(key, at: 1)
            var ids: [Int64] = []
            while try statement.step(db) { ids.append(statement.int64(at: 0)) }
            return try ids.map { try Self.term(db, id: $0) }.sorted()
        }
    }

    public func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)] {
        let key = TextNormalizer.labelKey(prefix)
        guard limit > 0 else { return [] }
        return try read("label prefix lookup") { db in
            // Sorted like `MemoryStore`: key, label, then subject in `Term` order (blank nodes before IRIs).
            let statement = RawStatement(try db.makeStatement(sql: """
                SELECT DISTINCT l.label, l.subject, t.kind, t.value, l.label_key FROM labels l
                JOIN terms t ON t.id = l.subject
                WHERE l.label_key >= ?1 AND l.label_key < ?2
                ORDER BY l.label_key, l.label, t.kind = 0, t.value LIMIT ?3
                """))
            statement.bind(key, at: 1)
            statement.bind(key + "\u{10FFFF}", at: 2)
            statement.bind(Int64(limit), at: 3)
            var results: [(label: String, subject: Term)] = []
            while try statement.step(db) {
                results.append((label: statement.text(at: 0), subject: try Self.term(db, id: statement.int64(at: 1))))
            }
            return results
        }
    }

    public func provenance(of quad: Quad) throws -> [Provenance] {
        try read("provenance lookup") { db in
            guard let s = try Self.existingID(db, quad.subject), let p = try Self.existingID(db, .iri(quad.predicate)),
                  let o = try Self.existingID(db, quad.object) else { return [] }
            var g: Int64 = 0
            if let graph = quad.graph {
                guard let id = try Self.existingID(db, graph) else { return [] }
                g = id
            }
            // A compiled statement read column by column: `describe` asks this for every fact of an entity.
            let statement = RawStatement(try db.cachedStatement(sql: """
                SELECT article, sentence, char_start, char_end, rule_id, confidence FROM provenance
                WHERE s = ? AND p = ? AND o = ? AND g = ? ORDER BY id
                """))
            statement.reset()
            defer { statement.reset() }
            for (index, id) in [s, p, o, g].enumerated() { statement.bind(id, at: Int32(index + 1)) }
            var records: [Provenance] = []
            while try statement.step(db) {
                records.append(try Self.provenanceRecord(db, statement, quad: quad, from: 0))
            }
            return records
        }
    }

    /// One statement on `provenance_by_quad` instead of a `match` and a look-up per graph: the index holds
    /// (s, p, o, g, id), so `ORDER BY g, id` is its own order — graphs in the order `match` lists them (by graph id),
    /// each graph's records in `provenance(of:)` order. A provenance record always has its quad (writes remove them
    /// together), so the graphs are the quad's.
    public func provenance(ofTriple triple: Triple) throws -> [Provenance] {
        try read("provenance lookup") { db in
            guard triple.subject.isResource, let s = try Self.existingID(db, triple.subject),
                  let p = try Self.existingID(db, .iri(triple.predicate)),
                  let o = try Self.existingID(db, triple.object) else { return [] }
            return try Self.provenance(db, of: triple, ids: TripleIDs(s, p, o))
        }
    }

    /// `provenance(ofTriple:)` without resolving the triple's terms: `describe` reads an entity's facts as ids.
    public func provenance(ofTriple triple: Triple, ids: TripleIDs) throws -> [Provenance] {
        try read("provenance lookup") { db in try Self.provenance(db, of: triple, ids: ids) }
    }

    private static func provenance(_ db: Database, of triple: Triple, ids: TripleIDs) throws -> [Provenance] {
        let statement = RawStatement(try db.cachedStatement(sql: """
            SELECT g, article, sentence, char_start, char_end, rule_id, confidence FROM provenance
            WHERE s = ? AND p = ? AND o = ? ORDER BY g, id
            """))
        statement.reset()
        defer { statement.reset() }
        statement.bind(ids.subject, at: 1)
        statement.bind(ids.predicate, at: 2)
        statement.bind(ids.object, at: 3)
        var records: [Provenance] = []
        while try statement.step(db) {
            let g = statement.int64(at: 0)
            let quad = Quad(triple.subject, triple.predicate, triple.object, graph: g == 0 ? nil : try Self.term(db, id: g))
            records.append(try Self.provenanceRecord(db, statement, quad: quad, from: 1))
        }
        return records
    }

    /// A provenance row read from `statement`, whose columns from `first` on are article, sentence, char_start,
    /// char_end, rule_id, confidence.
    private static func provenanceRecord(_ db: Database, _ statement: RawStatement, quad: Quad, from first: Int32) throws -> Provenance {
        let articleID = statement.int64(at: first)
        guard let article = try term(db, id: articleID).iri else {
            throw DatabaseError(message: "provenance article \(articleID) is not an IRI")
        }
        return Provenance(quad: quad, article: article, sentenceIndex: Int(statement.int64(at: first + 1)),
                          charStart: Int(statement.int64(at: first + 2)), charEnd: Int(statement.int64(at: first + 3)),
                          ruleId: statement.text(at: first + 4), confidence: statement.double(at: first + 5))
    }

    // MARK: Maintenance

    /// The schema version recorded in the file (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int {
        try read("read schema version") { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// The GRDB migrations applied to the file, in order.
    public func appliedMigrations() throws -> [String] {
        try read("read migrations") { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// SQLite's own consistency check: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try read("integrity check") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    public func close() throws {
        // The kept sessions hold compiled statements; SQLite refuses to close a connection with live ones.
        sessions.withLock { $0.removeAll() }
        try pool.close()
    }

    /// SQLite's query plan for `sql`, one detail per line: lets tests pin that every pattern is served by an index.
    func explain(_ sql: String, arguments: [Int64]) throws -> String {
        try read("explain") { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments))
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    // MARK: Internals

    /// The term ids of the pattern's bound positions; nil when one of them is not in the dictionary (no match).
    private func resolve(_ pattern: QuadPattern) throws -> QuadQuery? {
        try read("match") { db in try Self.resolve(db, pattern) }
    }

    static func resolve(_ db: Database, _ pattern: QuadPattern) throws -> QuadQuery? {
        var mask: UInt8 = 0
        var s: Int64 = 0, p: Int64 = 0, o: Int64 = 0, g: Int64 = 0
        if let subject = pattern.subject {
            guard let id = try Self.existingID(db, subject) else { return nil }
            s = id
            mask |= QuadIndex.Column.s.bit
        }
        if let predicate = pattern.predicate {
            guard let id = try Self.existingID(db, .iri(predicate)) else { return nil }
            p = id
            mask |= QuadIndex.Column.p.bit
        }
        if let object = pattern.object {
            guard let id = try Self.existingID(db, object) else { return nil }
            o = id
            mask |= QuadIndex.Column.o.bit
        }
        switch pattern.graph {
        case .any: break
        case .defaultGraph: mask |= QuadIndex.Column.g.bit
        case .named(let name):
            guard let id = try Self.existingID(db, name) else { return nil }
            g = id
            mask |= QuadIndex.Column.g.bit
        }
        return QuadQuery(mask: mask, s: s, p: p, o: o, g: g)
    }

    /// One page of `query` after `lastKey` (the keyset columns of the previous page's last row).
    func readPage(_ query: QuadQuery, after lastKey: [Int64]?, limit: Int) throws -> (quads: [Quad], lastKey: [Int64]?) {
        try read("match") { db in try Self.readPage(db, query, after: lastKey, limit: limit) }
    }

    private static func readPage(_ db: Database, _ query: QuadQuery, after lastKey: [Int64]?,
                                 limit: Int) throws -> (quads: [Quad], lastKey: [Int64]?) {
        do {
            let shape = StatementShape(kind: .quadPage, bound: query.boundMask, resuming: lastKey != nil, limit: limit)
            let statement = try Self.statement(db, shape) { query.pageSQL(resuming: lastKey != nil, limit: limit) }
            statement.reset()
            defer { statement.reset() }
            for (offset, value) in query.arguments(after: lastKey).enumerated() { statement.bind(value, at: Int32(offset + 1)) }
            let lookup = RawStatement(try db.cachedStatement(sql: Self.termByIDSQL))
            var decoded = TermDecodeCache(capacity: 4 * limit)
            // Inside `withSnapshot` terms decoded by earlier pages and look-ups are remembered for the whole query.
            let session = SQLiteReadSession.current.flatMap { $0.connection === db ? $0 : nil }
            func term(_ id: Int64) throws -> Term {
                if let session {
                    if let known = session.cachedTerm(id) { return known }
                    let term = try Self.term(db, id: id, using: lookup)
                    session.remember(term, for: id)
                    return term
                }
                if let known = decoded[id] { return known }
                let term = try Self.term(db, id: id, using: lookup)
                decoded.insert(term, for: id)
                return term
            }
            var quads: [Quad] = []
            quads.reserveCapacity(limit)
            var last: [Int64] = []
            while try statement.step(db) {
                let ids = (s: statement.int64(at: 0), p: statement.int64(at: 1),
                           o: statement.int64(at: 2), g: statement.int64(at: 3))
                guard let predicate = try term(ids.p).iri else {
                    throw DatabaseError(message: "term \(ids.p) is used as a predicate but is not an IRI")
                }
                quads.append(Quad(try term(ids.s), predicate, try term(ids.o),
                                  graph: ids.g == 0 ? nil : try term(ids.g)))
                last = query.rest.map { column in
                    switch column { case .s: ids.s; case .p: ids.p; case .o: ids.o; case .g: ids.g }
                }
            }
            return (quads, quads.isEmpty ? lastKey : last)
        }
    }

    static let termByIDSQL = "SELECT kind, value, datatype, language FROM terms WHERE id = ?"

    static func term(_ db: Database, id: Int64) throws -> Term {
        let session = SQLiteReadSession.current.flatMap { $0.connection === db ? $0 : nil }
        if let known = session?.cachedTerm(id) { return known }
        let term = try term(db, id: id, using: RawStatement(try db.cachedStatement(sql: termByIDSQL)))
        session?.remember(term, for: id)
        return term
    }

    static func term(_ db: Database, id: Int64, using lookup: RawStatement) throws -> Term {
        lookup.bind(id, at: 1)
        defer { lookup.reset() }
        guard try lookup.step(db), let kind = TermRecord.Kind(rawValue: lookup.int64(at: 0)) else {
            throw DatabaseError(message: "term id \(id) is missing from the dictionary")
        }
        return TermRecord(kind: kind, value: lookup.text(at: 1), datatype: lookup.text(at: 2),
                          language: lookup.text(at: 3)).term
    }

    static func existingID(_ db: Database, _ term: Term) throws -> Int64? {
        let session = SQLiteReadSession.current.flatMap { $0.connection === db ? $0 : nil }
        if let known = session?.cachedID(term) { return known }
        let id = try uncachedID(db, term)
        session?.remember(id, for: term)
        return id
    }

    private static func uncachedID(_ db: Database, _ term: Term) throws -> Int64? {
        let record = TermRecord(term)
        let lookup = RawStatement(try db.cachedStatement(
            sql: "SELECT id FROM terms WHERE value = ?2 AND kind = ?1 AND datatype = ?3 AND language = ?4"))
        lookup.bind(record.kind.rawValue, at: 1)
        lookup.bind(record.value, at: 2)
        lookup.bind(record.datatype, at: 3)
        lookup.bind(record.language, at: 4)
        defer { lookup.reset() }
        return try lookup.step(db) ? lookup.int64(at: 0) : nil
    }

    /// Distinct graph ids (0 = default) by skipping through the GSPO index: one seek per graph, not a full scan.
    private static func graphIDs(_ db: Database) throws -> [Int64] {
        var ids: [Int64] = []
        var after: Int64 = -1
        while let next = try Int64.fetchOne(
            db, sql: "SELECT g FROM quads INDEXED BY quads_gspo WHERE g > ? ORDER BY g LIMIT 1", arguments: [after]) {
            ids.append(next)
            after = next
        }
        return ids
    }

    /// Runs `body` so that every read of this store it makes — on this thread, through any method or lazy `match`
    /// sequence consumed inside it — happens in one read transaction on one connection, with term look-ups
    /// remembered: a query's hundreds of index look-ups then cost what SQLite's B-tree seeks cost. Writes made
    /// meanwhile by other connections are not seen until `body` returns. Nested calls join the outer snapshot.
    public func withSnapshot<T>(_ body: () throws -> T) throws -> T {
        if let session = SQLiteReadSession.current, session.store == ObjectIdentifier(self) { return try body() }
        return try read("read snapshot") { db in
            let session = try self.session(for: db)
            return try SQLiteReadSession.$current.withValue(session) { try body() }
        }
    }

    /// The session kept for connection `db`, made ready for a new snapshot: what it remembers is dropped when
    /// `PRAGMA data_version` says another connection committed since its last snapshot.
    private func session(for db: Database) throws -> SQLiteReadSession {
        let session = sessions.withLock { sessions -> SQLiteReadSession in
            sessions.removeAll { $0.connection == nil }
            if let known = sessions.first(where: { $0.connection === db }) { return known }
            let made = SQLiteReadSession(store: ObjectIdentifier(self), db: db)
            sessions.append(made)
            return made
        }
        let version = RawStatement(try db.cachedStatement(sql: "PRAGMA data_version"))
        defer { version.reset() }
        session.begin(dataVersion: try version.step(db) ? version.int64(at: 0) : -1)
        return session
    }

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        if let session = SQLiteReadSession.current, session.store == ObjectIdentifier(self) {
            do { return try body(session.db) } catch { throw wrap(error, operation: operation) }
        }
        do {
            return try pool.read(body)
        } catch {
            throw wrap(error, operation: operation)
        }
    }

    private func wrap(_ error: Error, operation: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        return StoreError.database(path: path, operation: operation, reason: error.message ?? "\(error.resultCode)")
    }

    // MARK: Opening

    private static func checkPath(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.pathIsDirectory(path: path) }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw StoreError.missingDirectory(path: path, directory: directory)
        }
    }

    /// Applies pending migrations; checks first with a read so that opening a store another process is loading
    /// does not queue behind its write transaction.
    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = StoreSchema.migrator
        let (complete, superseded, version) = try pool.read { db in
            (try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db),
             try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        if superseded { throw StoreError.unknownSchema(path: path, version: String(version)) }
        if !complete { try migrator.migrate(pool) }
    }

    private static func openError(path: String, _ error: DatabaseError) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .notADatabase(path: path)
        default: .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}

/// The read sessions of a store's connections, shared by the threads that read it.
final class LockedSessions: @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [SQLiteReadSession] = []

    func withLock<T>(_ body: (inout [SQLiteReadSession]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&sessions)
    }
}

extension SQLiteStore {
    /// Quads per predicate, grouped over the POSG index.
    func predicateCounts() throws -> [(IRI, Int)] {
        try read("statistics") { db in
            try Row.fetchAll(db, sql: "SELECT p, COUNT(*) FROM quads INDEXED BY quads_posg GROUP BY p").compactMap { row in
                try Self.term(db, id: row[0]).iri.map { ($0, row[1] as Int) }
            }
        }
    }

    /// Distinct subjects per `rdf:type` object.
    func classCounts() throws -> [(Term, Int)] {
        try read("statistics") { db in
            guard let type = try Self.existingID(db, .iri(RDF.type)) else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT o, COUNT(DISTINCT s) FROM quads INDEXED BY quads_posg WHERE p = ? GROUP BY o
                """, arguments: [type]).map { row in (try Self.term(db, id: row[0]), row[1] as Int) }
        }
    }
}
