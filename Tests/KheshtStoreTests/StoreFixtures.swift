import Foundation
import KheshtGraph
import KheshtStore

/// The stores every conformance test runs against; each call makes a fresh, empty one.
enum StoreKind: String, CaseIterable, Sendable {
    case memory
    case sqlite

    func makeStore() throws -> any GraphStore {
        switch self {
        case .memory: return MemoryStore()
        case .sqlite: return try SQLiteStore(path: TemporaryDatabase.path())
        }
    }
}


/// Unique database paths under the system temporary folder, one folder per test run.
enum TemporaryDatabase {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("khesht-store-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func path(_ name: String = UUID().uuidString) -> String {
        folder.appendingPathComponent(name + ".sqlite").path
    }
}

/// Terms shared by the tests.
enum Sample {
    static let ex = Namespace(prefix: "ex", iri: "https://example.org/")
    static func iri(_ local: String) -> Term { .iri(ex[local]) }
    static let alice = iri("alice")
    static let bob = iri("bob")
    static let knows = ex["knows"]
    static let age = ex["age"]
    static let article1 = iri("article/1")
    static let article2 = iri("article/2")
}
