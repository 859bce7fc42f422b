import GRDB
import KheshtGraph

/// One read transaction of an `SQLiteStore` held open across many store calls, with the dictionary look-ups made
/// inside it remembered.
///
/// `SQLiteStore.withSnapshot` opens it and publishes it through a task-local, so every read the body makes on that
/// store and thread (`match`, page after page, `estimatedCount`, label and provenance look-ups) runs on the same
/// connection in the same transaction. That saves a `BEGIN`/`COMMIT`, a WAL lock and a GRDB queue hop per call —
/// most of a selective look-up's cost — and gives the whole query one consistent view. Ids never change for the
/// life of a transaction, so the id→term and term→id maps need no invalidation; they live as long as the session.
final class SQLiteReadSession: @unchecked Sendable {
    /// The store this session reads; a session is never used for another store.
    let store: ObjectIdentifier
    let db: Database
    private var decoded: [Int64: Term] = [:]
    private var encoded: [Term: Int64?] = [:]
    /// Compiled paging and counting statements by shape (`SQLiteStore.statement(_:_:sql:)`).
    var statements: [StatementShape: RawStatement] = [:]
    /// Bounds the maps for a query that walks the whole store: past it they start over.
    private static let capacity = 2_000_000

    init(store: ObjectIdentifier, db: Database) {
        self.store = store
        self.db = db
    }

    /// The session open on this thread (task) for the store `store`, if any.
    @TaskLocal static var current: SQLiteReadSession?

    func cachedTerm(_ id: Int64) -> Term? { decoded[id] }

    /// Also remembers the reverse for IRIs and blank nodes: a resource a query read is what its next join step
    /// looks up. (Literals are rarely looked up again, and hashing their text would cost more than it saves.)
    func remember(_ term: Term, for id: Int64) {
        if decoded.count >= Self.capacity { decoded.removeAll(keepingCapacity: true) }
        decoded[id] = term
        if term.isResource { remember(Optional(id), for: term) }
    }

    /// `.some(nil)` records that the term is not in the dictionary (a bound position that cannot match).
    func cachedID(_ term: Term) -> Int64?? { encoded[term] }

    func remember(_ id: Int64?, for term: Term) {
        if encoded.count >= Self.capacity { encoded.removeAll(keepingCapacity: true) }
        encoded[term] = id
    }
}
