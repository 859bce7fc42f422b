import KheshtGraph

/// Why a store could not be opened, read or written. Each description names the database path and says what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The path names a directory, not a database file.
    case pathIsDirectory(path: String)
    /// The folder that should hold the database does not exist.
    case missingDirectory(path: String, directory: String)
    /// The file exists but is not an SQLite database (or is damaged beyond opening).
    case notADatabase(path: String)
    /// The file could not be opened or created (permissions, read-only file system, ...).
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Khesht whose schema this build does not know.
    case unknownSchema(path: String, version: String)
    /// A read or write failed after opening.
    case database(path: String, operation: String, reason: String)
    /// A quad handed to `replaceGraph` or a provenance record does not belong to the graph being written.
    case wrongGraph(expected: String, found: String)
    /// The store was closed and then used.
    case closed(path: String)
    /// A `TermID` the store never handed out (or a store without ids was asked for one).
    case unknownTermID(Int64)

    public var description: String {
        switch self {
        case .pathIsDirectory(let path):
            "database path '\(path)' is a directory; give a file path such as '\(path)/khesht.sqlite'"
        case .missingDirectory(let path, let directory):
            "cannot create database '\(path)': folder '\(directory)' does not exist"
        case .notADatabase(let path):
            "'\(path)' is not a Khesht database (not an SQLite file, or damaged); move it away or choose another --db path"
        case .cannotOpen(let path, let reason):
            "cannot open database '\(path)': \(reason)"
        case .unknownSchema(let path, let version):
            "database '\(path)' has schema '\(version)' written by a newer Khesht; upgrade khesht to read it"
        case .database(let path, let operation, let reason):
            "database '\(path)': \(operation) failed: \(reason)"
        case .wrongGraph(let expected, let found):
            "a quad in graph \(found) was handed to a write of graph \(expected)"
        case .closed(let path):
            "database '\(path)' was used after being closed"
        case .unknownTermID(let id):
            "term id \(id) is not known to this store"
        }
    }
}
