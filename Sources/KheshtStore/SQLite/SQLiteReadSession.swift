import GRDB
import KheshtGraph

/// One read transaction of an `SQLiteStore` held open across many store calls, with the dictionary look-ups,
/// compiled statements and count estimates made inside it remembered — and kept for the next snapshot on the same
/// connection as long as the database has not changed.
///
/// `SQLiteStore.withSnapshot` publishes it through a task-local, so every read the body makes on that store and
/// thread (`match`, page after page, `estimatedCount`, label and provenance look-ups) runs on the same connection
/// in the same transaction. That saves a `BEGIN`/`COMMIT`, a WAL lock and a GRDB queue hop per call — most of a
/// selective look-up's cost — and gives the whole query one consistent view.
///
/// Between snapshots the session stays with its connection (`SQLiteStore.session(for:)`). SQLite's
/// `PRAGMA data_version` changes on a connection whenever another connection (this process's writer, another
/// process) has committed since it was last read; the store checks it when a snapshot starts and forgets the
/// remembered ids, terms and estimates when it moved. So the second query of a REPL session, or the second run of
/// `khesht query --repeat`, finds its entity ids, predicate ids, decoded terms and planner estimates already known.
final class SQLiteReadSession: @unchecked Sendable {
    /// The store this session reads; a session is never used for another store.
    let store: ObjectIdentifier
    /// The connection; weak so a closed pool's connection is not kept alive by the store's registry.
    private(set) weak var connection: Database?
    private var decoded: [Int64: Term] = [:]
    private var encoded: [Term: Int64?] = [:]
    /// Compiled paging and counting statements by shape (`SQLiteStore.statement(_:_:sql:)`). They depend only on
    /// the schema, so they survive data changes.
    var statements: [StatementShape: RawStatement] = [:]
    /// `estimatedCount(_:upTo:)` answers already computed, by resolved pattern and limit.
    var estimates: [EstimateKey: Int] = [:]
    /// The literals naming each subject id (`SQLiteStore.labels(of:predicates:)`), per list of label predicate ids
    /// in rank order. Labels are read for every result table: the next query naming the same entities (a REPL
    /// session, `--repeat`) finds them here instead of walking their label quads again.
    var labelLists: [[Int64]: [Int64: [Literal]]] = [:]
    private(set) var labelListCount = 0
    /// `PRAGMA data_version` when the remembered state was last known valid.
    var dataVersion: Int64?
    /// Bounds the maps for a query that walks the whole store: past it they start over.
    private static let capacity = 2_000_000
    /// What is kept from one snapshot to the next at most: a session that decoded a whole store starts the next
    /// query afresh instead of holding that memory for good.
    private static let keptBetweenSnapshots = 200_000

    init(store: ObjectIdentifier, db: Database) {
        self.store = store
        connection = db
    }

    /// The connection, while the snapshot is open (always set then).
    var db: Database { connection! }

    /// The session open on this thread (task) for the store `store`, if any.
    @TaskLocal static var current: SQLiteReadSession?

    /// Called when a snapshot starts on this session's connection: keeps what was remembered only when nothing
    /// was committed since (`version` is the connection's `PRAGMA data_version` now).
    func begin(dataVersion version: Int64) {
        if version != dataVersion {
            forgetData()
            dataVersion = version
        }
        if decoded.count > Self.keptBetweenSnapshots || encoded.count > Self.keptBetweenSnapshots
            || labelListCount > Self.keptBetweenSnapshots { forgetData() }
    }

    private func forgetData() {
        decoded.removeAll()
        encoded.removeAll()
        estimates.removeAll()
        labelLists.removeAll()
        labelListCount = 0
    }

    /// Remembers the labels of `subject` under the predicate list `predicates` (empty when it has none).
    func remember(labels: [Literal], of subject: Int64, predicates: [Int64]) {
        if labelListCount >= Self.capacity {
            labelLists.removeAll()
            labelListCount = 0
        }
        labelLists[predicates, default: [:]][subject] = labels
        labelListCount += 1
    }

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

    /// An estimate's identity: the pattern's bound ids (in `QuadQuery` order) and the limit asked for.
    struct EstimateKey: Hashable {
        let mask: UInt8
        let ids: [Int64]
        let limit: Int
    }
}
