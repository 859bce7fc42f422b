import GRDB
import KheshtGraph

/// `SQLiteStore.labels(of:predicates:)`: the literals naming a whole result's terms in a few queries.
///
/// Labelling a result table used to cost one `triples` look-up per term and label predicate — for 30 entities and
/// three predicates, 90 statements each with its own id resolution and page set-up. Here the subject ids go into
/// `s IN (…) AND p IN (…)` on the clustered SPOG key (SQLite seeks each (s, p) pair), in chunks whose parameter
/// count is rounded up to a power of two (padded with a repeated id) so a connection compiles only a handful of
/// statement shapes and reuses them.
extension SQLiteStore {
    /// Subject ids per statement: keeps the parameter list well under SQLite's limit.
    static let labelChunk = 256
    /// Quads per (subject, predicate) pair, on average over a chunk, read before switching to the seeking walk.
    static let repeatsPerPair = 8

    /// The distinct (s, p, o) of the label quads of `subjects` × `predicates`, appended to `rows` (repeats of a
    /// triple may remain when `subjects` repeats an id). Plain: one index walk over every quad, graphs' repeats
    /// dropped as they come; it stops and answers false after `limit` quads. `skipping`: a recursive query that
    /// seeks from each label to the next greater object id, so each distinct label costs one seek however many
    /// graphs state it.
    static func labelRows(_ db: Database, subjects: [Int64], predicates: [Int64], skipping: Bool, limit: Int?,
                          into rows: inout [(s: Int64, p: Int64, o: Int64)]) throws -> Bool {
        let subjectMarks = Array(repeating: "?", count: subjects.count).joined(separator: ",")
        let predicateMarks = Array(repeating: "?", count: predicates.count).joined(separator: ",")
        let sql: String
        if skipping {
            // The padded subject list repeats its last id: DISTINCT walks each pair once.
            sql = "WITH RECURSIVE subjects(s) AS (SELECT DISTINCT column1 FROM (VALUES "
                + subjects.map { _ in "(?)" }.joined(separator: ",") + ")), "
                + "predicates(p) AS (VALUES " + predicates.map { _ in "(?)" }.joined(separator: ",") + "), "
                + "walk(s, p, o) AS (SELECT subjects.s, predicates.p, "
                + "(SELECT min(q.o) FROM quads q WHERE q.s = subjects.s AND q.p = predicates.p) FROM subjects, predicates "
                + "UNION ALL SELECT walk.s, walk.p, "
                + "(SELECT min(q.o) FROM quads q WHERE q.s = walk.s AND q.p = walk.p AND q.o > walk.o) FROM walk WHERE walk.o IS NOT NULL) "
                + "SELECT s, p, o FROM walk WHERE o IS NOT NULL"
        } else {
            sql = "SELECT s, p, o FROM quads WHERE s IN (\(subjectMarks)) AND p IN (\(predicateMarks))"
                + (limit == nil ? "" : " LIMIT ?")
        }
        let statement = RawStatement(try db.cachedStatement(sql: sql))
        statement.reset()
        defer { statement.reset() }
        var position: Int32 = 1
        for id in subjects + predicates {
            statement.bind(id, at: position)
            position += 1
        }
        if let limit, !skipping { statement.bind(Int64(limit), at: position) }
        // Rows of one (s, p) pair come in (o, g) order: a label stated in several graphs arrives as a run of equal
        // rows, dropped with three integer comparisons instead of a hash each.
        var previous: (s: Int64, p: Int64, o: Int64) = (-1, -1, -1)
        var read = 0
        while try statement.step(db) {
            read += 1
            let s = statement.int64(at: 0), p = statement.int64(at: 1), o = statement.int64(at: 2)
            if s == previous.s && p == previous.p && o == previous.o { continue }
            previous = (s, p, o)
            rows.append(previous)
        }
        return limit.map { read < $0 } ?? true
    }

    public func labels(of terms: [Term], predicates: [IRI]) throws -> [Term: [Literal]] {
        // Every term is hashed once into `out` with its final answer where it is already known; the unknown
        // ones are filled in below (a result table's labels come here once per query).
        var out: [Term: [Literal]] = Dictionary(minimumCapacity: terms.count)
        guard !terms.isEmpty, !predicates.isEmpty else {
            for term in terms { out[term] = [] }
            return out
        }
        return try read("label lookup") { db in
            var predicateRank: [Int64: Int] = [:]
            for (rank, predicate) in predicates.enumerated() {
                if let id = try Self.existingID(db, .iri(predicate)), predicateRank[id] == nil { predicateRank[id] = rank }
            }
            guard !predicateRank.isEmpty else {
                for term in terms { out[term] = [] }
                return out
            }
            // Labels already read in this session (and not changed since) are taken as they are.
            let session = SQLiteReadSession.current.flatMap { $0.connection === db ? $0 : nil }
            let rankedIDs = predicateRank.sorted { $0.value < $1.value }.map(\.key)
            let known = session?.labelLists[rankedIDs]
            var subjects: [Int64: Term] = [:]
            for term in terms {
                guard term.isResource, let id = try Self.existingID(db, term) else {
                    out[term] = []
                    continue
                }
                if let literals = known?[id] {
                    out[term] = literals
                } else {
                    out[term] = []
                    subjects[id] = term
                }
            }
            guard !subjects.isEmpty else { return out }
            let predicateIDs = predicateRank.keys.sorted()
            // Per subject: (predicate rank, object id) of each fact, graphs' repeats included.
            var found: [Int64: [(rank: Int, object: Int64)]] = [:]
            let ids = subjects.keys.sorted()
            var start = 0
            while start < ids.count {
                let chunk = ids[start..<min(ids.count, start + Self.labelChunk)]
                start += Self.labelChunk
                var width = 1
                while width < chunk.count { width *= 2 }
                let subjectIDs = (0..<width).map { chunk[chunk.startIndex + min($0, chunk.count - 1)] }
                // Most labels are stated in one or a few graphs: walk their quads. A label repeated by thousands of
                // article graphs (a generated or much-cited entity) would make that walk long, so it is capped at
                // `repeatsPerPair` quads per (subject, predicate) pair on average; past it the chunk is read again
                // seeking from each distinct label to the next, graphs skipped inside SQLite.
                let budget = Self.repeatsPerPair * width * predicateIDs.count
                var rows: [(s: Int64, p: Int64, o: Int64)] = []
                let complete = try Self.labelRows(db, subjects: subjectIDs, predicates: predicateIDs, skipping: false,
                                                  limit: budget, into: &rows)
                if !complete {
                    rows.removeAll()
                    _ = try Self.labelRows(db, subjects: subjectIDs, predicates: predicateIDs, skipping: true,
                                           limit: nil, into: &rows)
                }
                for row in rows {
                    if let rank = predicateRank[row.p] { found[row.s, default: []].append((rank, row.o)) }
                }
            }
            for (subject, facts) in found {
                guard let term = subjects[subject] else { continue }
                var literals: [Literal] = []
                var seen = Set<Int64>()
                // `triples` order: predicate by predicate, objects in SPOG (id) order.
                for fact in facts.sorted(by: { ($0.rank, $0.object) < ($1.rank, $1.object) }) where seen.insert(fact.object).inserted {
                    if let literal = try Self.term(db, id: fact.object).literal, !literals.contains(literal) {
                        literals.append(literal)
                    }
                }
                out[term] = literals
            }
            if let session {
                for (id, term) in subjects { session.remember(labels: out[term] ?? [], of: id, predicates: rankedIDs) }
            }
            return out
        }
    }
}
