import KheshtGraph

/// A bounded map from terms to their dictionary ids, so a bulk load asks SQLite once per distinct term rather than
/// once per occurrence. When full it starts over: cheap, and the hot terms (predicates, classes, graphs) come back
/// at once.
///
/// Ids never change once committed (terms are never deleted), so the cache stays valid across transactions; after a
/// rolled-back write it must be emptied, since ids handed out inside that transaction no longer exist.
final class TermIDCache: @unchecked Sendable {
    private var ids: [Term: Int64] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        ids.reserveCapacity(min(capacity, 1 << 16))
    }

    subscript(term: Term) -> Int64? { ids[term] }

    func insert(_ id: Int64, for term: Term) {
        guard Self.isWorthCaching(term) else { return }
        if ids.count >= capacity { ids.removeAll(keepingCapacity: true) }
        ids[term] = id
    }

    /// Resources recur (subjects, link targets, predicates, graphs), and so do short literals (dates, numbers,
    /// codes); long literals (labels, text) are nearly always unique, and hashing them only evicts useful entries.
    static func isWorthCaching(_ term: Term) -> Bool {
        guard case .literal(let literal) = term else { return true }
        return literal.lexicalForm.utf8.count <= 24
    }

    func removeAll() { ids.removeAll(keepingCapacity: true) }
}

/// The reverse map, for decoding query results: ids to terms, bounded the same way.
struct TermDecodeCache {
    private var terms: [Int64: Term] = [:]
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    subscript(id: Int64) -> Term? { terms[id] }

    mutating func insert(_ term: Term, for id: Int64) {
        if terms.count >= capacity { terms.removeAll(keepingCapacity: true) }
        terms[id] = term
    }
}
