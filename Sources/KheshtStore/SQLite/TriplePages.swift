import GRDB
import KheshtGraph

/// `SQLiteStore.triples`: distinct triples across graphs, read page by page like `QuadPages`.
///
/// Every index serving a graph-free pattern (SPOG, POSG, OSPG) keeps the graph last, so the quads of one triple are
/// adjacent in index order: `SELECT DISTINCT s, p, o` removes the repeats inside SQLite as it walks the index (no
/// sort), pages resume after the last triple, and graph ids are never read or decoded.
struct TriplePages: Sequence {
    let store: SQLiteStore
    let query: QuadQuery
    let pageSize: Int
    let firstPage: TriplePage
    var objectFilter: ObjectFilter? = nil

    func makeIterator() -> AnyIterator<Triple> {
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
                        try SQLiteStore.readTriplePage(db, query, after: page.lastKey, limit: pageSize, objectFilter: objectFilter)
                    }
                    position = 0
                } catch {
                    // As in `QuadPages`: a sequence cannot throw, and a silently truncated answer would pass as complete.
                    fatalError("reading \(store.path) failed while paging through triples: \(error)")
                }
            }
        }
    }
}

/// One page of distinct triples, with where the next page resumes.
struct TriplePage {
    var triples: [Triple]
    /// Keyset columns (`QuadQuery.tripleRest`) of the last triple read (nil before the first).
    var lastKey: [Int64]?
    /// True when fewer triples than the page size came back (or the pattern binds all three positions).
    var isLast: Bool
}

/// A test on the object of each triple read, applied before the rest of the triple is decoded, with its verdict
/// remembered per object id: a date filter over 20,000 events then decodes and tests each distinct date once and
/// never decodes the subjects of the triples it drops.
final class ObjectFilter {
    let test: (Term) -> Bool
    private var verdicts: [Int64: Bool] = [:]

    init(_ test: @escaping (Term) -> Bool) {
        self.test = test
    }

    func passes(_ id: Int64, _ decode: (Int64) throws -> Term) rethrows -> Bool {
        if let known = verdicts[id] { return known }
        let verdict = test(try decode(id))
        verdicts[id] = verdict
        return verdict
    }
}

extension SQLiteStore {
    public func triples(subject: Term?, predicate: IRI?, object: Term?) throws -> AnySequence<Triple> {
        try triples(subject: subject, predicate: predicate, object: object, filter: nil)
    }

    public func triples(subject: Term?, predicate: IRI?, object: Term?,
                        objectFilter: @escaping (Term) -> Bool) throws -> AnySequence<Triple> {
        try triples(subject: subject, predicate: predicate, object: object, filter: ObjectFilter(objectFilter))
    }

    private func triples(subject: Term?, predicate: IRI?, object: Term?, filter: ObjectFilter?) throws -> AnySequence<Triple> {
        if subject == nil, predicate == nil, object == nil {
            // The whole store: the quad pager's clustered scan, deduplicated by the protocol's default.
            var seen = Set<Triple>()
            let all = try match(QuadPattern()).lazy.map(\.triple).filter { seen.insert($0).inserted }
            guard let filter else { return AnySequence(all) }
            return AnySequence(all.filter { filter.test($0.object) })
        }
        let pattern = QuadPattern(subject: subject, predicate: predicate, object: object)
        let pageSize = options.pageSize
        let first = try read("match") { db -> (QuadQuery, TriplePage)? in
            guard let query = try Self.resolve(db, pattern) else { return nil }
            return (query, try Self.readTriplePage(db, query, after: nil, limit: pageSize, objectFilter: filter))
        }
        guard let (query, page) = first else { return AnySequence([]) }
        if page.isLast { return AnySequence(page.triples) }
        return AnySequence(TriplePages(store: self, query: query, pageSize: pageSize, firstPage: page, objectFilter: filter))
    }

    static func readTriplePage(_ db: Database, _ query: QuadQuery, after lastKey: [Int64]?, limit: Int,
                               objectFilter: ObjectFilter? = nil) throws -> TriplePage {
        let shape = StatementShape(kind: .triplePage, bound: query.boundMask, resuming: lastKey != nil, limit: limit)
        let statement = try Self.statement(db, shape) { query.distinctTriplesSQL(resuming: lastKey != nil, limit: limit) }
        statement.reset()
        defer { statement.reset() }
        for (offset, value) in query.tripleArguments(after: lastKey).enumerated() { statement.bind(value, at: Int32(offset + 1)) }
        let lookup = RawStatement(try db.cachedStatement(sql: Self.termByIDSQL))
        let session = SQLiteReadSession.current.flatMap { $0.connection === db ? $0 : nil }
        var local: [Int64: Term] = [:]
        func term(_ id: Int64) throws -> Term {
            if let known = session?.cachedTerm(id) ?? local[id] { return known }
            let term = try Self.term(db, id: id, using: lookup)
            if let session { session.remember(term, for: id) } else { local[id] = term }
            return term
        }
        let keyset = query.tripleRest
        var triples: [Triple] = []
        var key: [Int64]?
        var rows = 0
        while try statement.step(db) {
            rows += 1
            let s = statement.int64(at: 0), p = statement.int64(at: 1), o = statement.int64(at: 2)
            key = keyset.map { column in
                switch column { case .s: s; case .p: p; case .o: o; case .g: 0 }
            }
            if let objectFilter, !(try objectFilter.passes(o, term)) { continue }
            guard let predicate = try term(p).iri else {
                throw DatabaseError(message: "term \(p) is used as a predicate but is not an IRI")
            }
            triples.append(Triple(try term(s), predicate, try term(o)))
        }
        return TriplePage(triples: triples, lastKey: key ?? lastKey,
                          isLast: rows < limit || keyset.isEmpty)
    }
}
