import GRDB

/// What the SQL text of a paging or counting statement depends on: the kind of statement, which positions are
/// bound (that fixes the index, its bound prefix and the residual filters), whether it resumes after a key, and
/// the page size.
///
/// A nested-loop join makes thousands of look-ups of one shape. Building their SQL text and hashing it for GRDB's
/// statement cache each time cost about a tenth of a selective look-up; inside a read session the compiled
/// statement is found by this small key instead.
struct StatementShape: Hashable {
    enum Kind: UInt8 { case quadPage, triplePage, count, countProbe }
    let kind: Kind
    /// One bit per bound column (`QuadQuery.boundMask`).
    let bound: UInt8
    let resuming: Bool
    let limit: Int
}

extension SQLiteStore {
    /// The compiled statement of `shape` on `db`: remembered by the read session open on `db`, if any, else taken
    /// from GRDB's per-connection cache by the text `sql()` builds.
    static func statement(_ db: Database, _ shape: StatementShape, sql: () -> String) throws -> RawStatement {
        guard let session = SQLiteReadSession.current, session.connection === db else {
            return RawStatement(try db.cachedStatement(sql: sql()))
        }
        if let known = session.statements[shape] { return known }
        let statement = RawStatement(try db.cachedStatement(sql: sql()))
        session.statements[shape] = statement
        return statement
    }
}
