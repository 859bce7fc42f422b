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

    public func labels(of terms: [Term], predicates: [IRI]) throws -> [Term: [Literal]] {
        var out: [Term: [Literal]] = [:]
        for term in terms { out[term] = [] }
        guard !terms.isEmpty, !predicates.isEmpty else { return out }
        return try read("label lookup") { db in
            var predicateRank: [Int64: Int] = [:]
            for (rank, predicate) in predicates.enumerated() {
                if let id = try Self.existingID(db, .iri(predicate)), predicateRank[id] == nil { predicateRank[id] = rank }
            }
            guard !predicateRank.isEmpty else { return out }
            var subjects: [Int64: Term] = [:]
            for term in out.keys where term.isResource {
                if let id = try Self.existingID(db, term) { subjects[id] = term }
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
                let sql = "SELECT s, p, o FROM quads WHERE s IN (" + Array(repeating: "?", count: width).joined(separator: ",")
                    + ") AND p IN (" + Array(repeating: "?", count: predicateIDs.count).joined(separator: ",") + ")"
                let statement = RawStatement(try db.cachedStatement(sql: sql))
                statement.reset()
                defer { statement.reset() }
                var position: Int32 = 1
                for offset in 0..<width {
                    statement.bind(chunk[chunk.startIndex + min(offset, chunk.count - 1)], at: position)
                    position += 1
                }
                for id in predicateIDs {
                    statement.bind(id, at: position)
                    position += 1
                }
                // Rows come in SPOG order per (s, p) pair: a label stated in many article graphs arrives as a run
                // of equal (s, p, o) rows, dropped here with three integer comparisons instead of a hash each.
                var previous: (s: Int64, p: Int64, o: Int64) = (-1, -1, -1)
                while try statement.step(db) {
                    let s = statement.int64(at: 0), p = statement.int64(at: 1), o = statement.int64(at: 2)
                    if s == previous.s && p == previous.p && o == previous.o { continue }
                    previous = (s, p, o)
                    if let rank = predicateRank[p] { found[s, default: []].append((rank, o)) }
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
            return out
        }
    }
}
