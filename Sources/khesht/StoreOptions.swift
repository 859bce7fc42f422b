import ArgumentParser
import Foundation
import KheshtStore

/// `--db PATH`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The SQLite database file.", discussion: "Default: $KHESHT_DB, else ./khesht.sqlite.", valueName: "path"))
    var databasePath: String?

    /// The path in force: the option, else `$KHESHT_DB`, else `./khesht.sqlite`.
    var resolvedPath: String {
        databasePath ?? ProcessInfo.processInfo.environment["KHESHT_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "khesht.sqlite"
    }

    func openStore(options: SQLiteStore.Options = SQLiteStore.Options()) throws -> SQLiteStore {
        try SQLiteStore(path: resolvedPath, options: options)
    }
}

/// Prints `error` (whose description names the file or database) as a diagnostic line on standard error and turns it into exit status 1, instead of
/// ArgumentParser's "Error: …" prefix, so `file:line:column: message` reaches editors unchanged.
func reportingFailure<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        throw ExitCode.failure
    }
}
