import GRDB
import KheshtGraph

/// The id-level reads of `GraphStore` on the dictionary ids: a look-up binds the ids it is given straight into the
/// compiled paging statement (no term to resolve) and hands back the ids it reads (no term to decode). Inside a
/// snapshot, `term(forID:)` and `termID(of:)` go through the session's caches.
extension SQLiteStore {
    public var providesTermIDs: Bool { true }

    public func termID(of term: Term) throws -> TermID? {
        try read("term look-up") { db in try Self.existingID(db, term) }
    }

    public func term(forID id: TermID) throws -> Term {
        try read("term look-up") { db in try Self.term(db, id: id) }
    }

    public func tripleIDs(subject: TermID?, predicate: TermID?, object: TermID?) throws -> AnySequence<TripleIDs> {
        var mask: UInt8 = 0
        if subject != nil { mask |= QuadIndex.Column.s.bit }
        if predicate != nil { mask |= QuadIndex.Column.p.bit }
        if object != nil { mask |= QuadIndex.Column.o.bit }
        let query = QuadQuery(mask: mask, s: subject ?? 0, p: predicate ?? 0, o: object ?? 0, g: 0)
        let reader = TripleIDReader(query: query, pageSize: options.pageSize)
        let first = try read("match") { db in try reader.next(db) }
        if reader.finished { return AnySequence(first) }
        return AnySequence(TripleIDPages(store: self, reader: reader, firstPage: first))
    }
}

/// Reads the distinct triples of a pattern as ids, adapting to how often each fact repeats across graphs.
///
/// A fact stated by 50 article graphs is 50 adjacent index entries (the graph is the last column of every index
/// serving a graph-free pattern). Walking them costs a step each; seeking past them (`… > last ORDER BY … LIMIT 1`)
/// costs one B-tree descent per distinct triple. The reader walks a short probe first and counts: when the entries
/// outnumber the distinct triples `seekRatio` to one, it seeks from then on; otherwise it walks page by page,
/// dropping repeats as they come (three integer comparisons, no DISTINCT), and keeps counting: a range whose facts
/// start repeating further on (a store of ingested articles, stated once, followed by generated or much-cited
/// ones) switches to seeking at the first page that repeats `switchRatio` to one. Walk pages start small and
/// double, so the switch comes early. (Callgrind on a 1M-quad store: a walked entry costs about 1.4k instructions,
/// SQLite's step included; a seek 5k–20k.)
final class TripleIDReader {
    enum Mode { case probe, walk, seek }

    let query: QuadQuery
    let pageSize: Int
    private(set) var finished = false
    private var mode = Mode.probe
    /// The `query.rest` values of the last entry walked (where a walk resumes).
    private var entryKey: [Int64]?
    /// The last distinct triple handed out (where a seek resumes; repeats of it are dropped).
    private var last: TripleIDs?

    /// Entries read before deciding between walking and seeking. (8 saved steps on much-repeated facts but cost a
    /// second statement for the many look-ups of 9–16 entries: council and speaker questions got slower.)
    static let probeEntries = 16
    /// Entries per distinct triple in a walked page from which the walk turns to seeking. Higher than `seekRatio`:
    /// a seek resuming on two key columns measured up to 20k instructions, four walked entries about 5.6k.
    static let switchRatio = 16
    /// Entries of the first walk page after the probe; each further page doubles, up to the page size.
    static let firstWalkPage = 64
    private var walkPage = TripleIDReader.firstWalkPage
    /// Entries per distinct triple from which seeking beats walking.
    static let seekRatio = 4
    /// Triples sought per batch.
    static let seekBatch = 256

    init(query: QuadQuery, pageSize: Int) {
        self.query = query
        self.pageSize = pageSize
    }

    /// The next batch of distinct triples (empty only when finished).
    func next(_ db: Database) throws -> [TripleIDs] {
        guard !finished else { return [] }
        if query.tripleRest.isEmpty {
            // All three positions bound: one triple at most.
            finished = true
            return try SQLiteStore.readTripleIDPage(db, query, after: nil, limit: 1).triples
        }
        switch mode {
        case .probe:
            let (triples, entries) = try walk(db, limit: Self.probeEntries)
            if entries < Self.probeEntries { finished = true } else {
                mode = triples.count * Self.seekRatio <= entries ? .seek : .walk
            }
            return triples
        case .walk:
            let limit = min(walkPage, pageSize)
            walkPage = limit * 2
            let (triples, entries) = try walk(db, limit: limit)
            if entries < limit { finished = true } else if triples.count * Self.switchRatio <= entries {
                // The facts repeat from here on: seek past their repeats (`seek` resumes after `last`, the page's
                // last triple, whose remaining entries it skips).
                mode = .seek
            }
            return triples
        case .seek:
            return try seek(db)
        }
    }

    /// Up to `limit` index entries after `entryKey`, repeats of a triple dropped.
    private func walk(_ db: Database, limit: Int) throws -> (triples: [TripleIDs], entries: Int) {
        let resuming = entryKey != nil
        let shape = StatementShape(kind: .quadPage, bound: query.boundMask, resuming: resuming, limit: limit)
        let statement = try SQLiteStore.statement(db, shape) { query.pageSQL(resuming: resuming, limit: limit) }
        statement.reset()
        defer { statement.reset() }
        query.bindArguments(to: statement, after: entryKey)
        var triples: [TripleIDs] = []
        var entries = 0
        var g: Int64 = 0
        var current: TripleIDs?
        while try statement.step(db) {
            entries += 1
            let triple = TripleIDs(statement.int64(at: 0), statement.int64(at: 1), statement.int64(at: 2))
            g = statement.int64(at: 3)
            current = triple
            if triple == last { continue }
            last = triple
            triples.append(triple)
        }
        // Where the next walk resumes; a walk that read fewer entries than asked for is the last one.
        if let current, entries >= limit {
            entryKey = query.rest.map { column in
                switch column { case .s: current.subject; case .p: current.predicate; case .o: current.object; case .g: g }
            }
        }
        return (triples, entries)
    }

    /// Up to `seekBatch` distinct triples after `last`, one index descent each.
    private func seek(_ db: Database) throws -> [TripleIDs] {
        let shape = StatementShape(kind: .triplePage, bound: query.boundMask, resuming: true, limit: 1)
        let statement = try SQLiteStore.statement(db, shape) { query.distinctTriplesSQL(resuming: true, limit: 1) }
        var triples: [TripleIDs] = []
        let keyset = query.tripleRest
        while triples.count < Self.seekBatch {
            guard let previous = last else {
                finished = true
                break
            }
            statement.reset()
            let key = keyset.map { column -> Int64 in
                switch column { case .s: previous.subject; case .p: previous.predicate; case .o: previous.object; case .g: 0 }
            }
            for (offset, value) in query.tripleArguments(after: key).enumerated() { statement.bind(value, at: Int32(offset + 1)) }
            guard try statement.step(db) else {
                statement.reset()
                finished = true
                break
            }
            let triple = TripleIDs(statement.int64(at: 0), statement.int64(at: 1), statement.int64(at: 2))
            statement.reset()
            last = triple
            triples.append(triple)
        }
        return triples
    }
}

extension SQLiteStore {
    /// One page of distinct triples of `query` as ids (the id twin of `readTriplePage`, same statement).
    static func readTripleIDPage(_ db: Database, _ query: QuadQuery, after lastKey: [Int64]?,
                                 limit: Int) throws -> TripleIDPage {
        let shape = StatementShape(kind: .triplePage, bound: query.boundMask, resuming: lastKey != nil, limit: limit)
        let statement = try Self.statement(db, shape) { query.distinctTriplesSQL(resuming: lastKey != nil, limit: limit) }
        statement.reset()
        defer { statement.reset() }
        var position: Int32 = 1
        for (_, id) in query.prefix {
            statement.bind(id, at: position)
            position += 1
        }
        for (_, id) in query.residual {
            statement.bind(id, at: position)
            position += 1
        }
        let keyset = query.tripleRest
        if let lastKey, !keyset.isEmpty {
            for id in lastKey {
                statement.bind(id, at: position)
                position += 1
            }
        }
        var triples: [TripleIDs] = []
        while try statement.step(db) {
            triples.append(TripleIDs(statement.int64(at: 0), statement.int64(at: 1), statement.int64(at: 2)))
        }
        let key = triples.last.map { last in
            keyset.map { column -> Int64 in
                switch column { case .s: last.subject; case .p: last.predicate; case .o: last.object; case .g: 0 }
            }
        }
        return TripleIDPage(triples: triples, lastKey: key ?? lastKey, isLast: triples.count < limit || keyset.isEmpty)
    }
}

/// One page of `SQLiteStore.tripleIDs`, with where the next one resumes.
struct TripleIDPage {
    var triples: [TripleIDs]
    var lastKey: [Int64]?
    var isLast: Bool
}

/// `SQLiteStore.tripleIDs` past its first batch, read batch by batch (`TripleIDReader`).
struct TripleIDPages: Sequence {
    let store: SQLiteStore
    let reader: TripleIDReader
    let firstPage: [TripleIDs]

    func makeIterator() -> AnyIterator<TripleIDs> {
        var page = firstPage
        var position = 0
        return AnyIterator {
            while true {
                if position < page.count {
                    defer { position += 1 }
                    return page[position]
                }
                guard !reader.finished else { return nil }
                do {
                    page = try store.read("match") { db in try reader.next(db) }
                    position = 0
                } catch {
                    // As in `TriplePages`: a sequence cannot throw, and a silently truncated answer would pass as complete.
                    fatalError("reading \(store.path) failed while paging through triples: \(error)")
                }
            }
        }
    }
}
