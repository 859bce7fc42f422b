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
        let pageSize = options.pageSize
        let first = try read("match") { db in try Self.readTripleIDPage(db, query, after: nil, limit: pageSize) }
        if first.isLast { return AnySequence(first.triples) }
        return AnySequence(TripleIDPages(store: self, query: query, pageSize: pageSize, firstPage: first))
    }

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

/// `SQLiteStore.tripleIDs` past its first page, read page by page like `TriplePages`.
struct TripleIDPages: Sequence {
    let store: SQLiteStore
    let query: QuadQuery
    let pageSize: Int
    let firstPage: TripleIDPage

    func makeIterator() -> AnyIterator<TripleIDs> {
        var page = firstPage
        var position = 0
        return AnyIterator {
            while true {
                if position < page.triples.count {
                    defer { position += 1 }
                    return page.triples[position]
                }
                guard !page.isLast else { return nil }
                do {
                    page = try store.read("match") { db in
                        try SQLiteStore.readTripleIDPage(db, query, after: page.lastKey, limit: pageSize)
                    }
                    position = 0
                } catch {
                    // As in `TriplePages`: a sequence cannot throw, and a silently truncated answer would pass as complete.
                    fatalError("reading \(store.path) failed while paging through triples: \(error)")
                }
            }
        }
    }
}
