import Foundation
import KheshtQuery
import KheshtStore
import Testing

/// The engine talks only to `GraphStore`: the same queries over the in-memory store and the SQLite store give the
/// same answers (same rows, same sources).
@Suite struct StoreAgreementTests {
    @Test func memoryAndSQLiteStoresAnswerAlike() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = try SQLiteStore(path: directory.appendingPathComponent("news.sqlite").path)
        try NewsDataset.fill(sqlite)
        let onDisk = QueryEngine(store: sqlite)
        let inMemory = QueryEngine(store: NewsDataset.store())
        for testCase in SPARQLDifferentialTests.cases {
            let a = try QueryTestSupport.table(inMemory, testCase.query)
            let b = try QueryTestSupport.table(onDisk, testCase.query)
            let rowsA = a.rows.map { $0.map { $0?.ntriples ?? "-" } }, rowsB = b.rows.map { $0.map { $0?.ntriples ?? "-" } }
            if testCase.ordered {
                #expect(rowsA == rowsB, "\(testCase.query)")
            } else {
                #expect(Set(rowsA) == Set(rowsB) && rowsA.count == rowsB.count, "\(testCase.query)")
            }
        }
        let query = #"find ?text where { ?q saidBy "محسن هاشمی" ; text ?text } with sources"#
        let sa = try QueryTestSupport.table(inMemory, query).sources?.map { Set($0) }
        let sb = try QueryTestSupport.table(onDisk, query).sources?.map { Set($0) }
        #expect(sa != nil && Set(sa!) == Set(sb!))
    }
}
