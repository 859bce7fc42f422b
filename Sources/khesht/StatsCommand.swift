import ArgumentParser
import KheshtStore

/// `khesht stats`: counts by graph, predicate and class.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count quads by graph and predicate, and instances by class.")

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    func run() throws {
        try reportingFailure {
            let sqlite = try store.openStore()
            print(try StoreStatistics(store: sqlite).report, terminator: "")
            try sqlite.close()
        }
    }
}
