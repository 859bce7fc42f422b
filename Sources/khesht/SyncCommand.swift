import ArgumentParser
import Foundation
import KheshtRemote
import KheshtStore

/// `khesht sync --to URL`: copy the embedded knowledge base to a SPARQL 1.1 server.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Copy every named graph of the SQLite store to a SPARQL 1.1 server (Graph Store Protocol).",
        discussion: """
            One PUT per graph: PUT replaces, so running sync again — also after an interruption — leaves exactly one \
            copy of every graph. The server's default graph is then rebuilt as the merge of the graphs, which is \
            what translated queries read. See docs/remote.md.
            """)

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    @Option(name: .customLong("to"), help: ArgumentHelp("The server, e.g. http://127.0.0.1:7878.", valueName: "url"))
    var url: String

    @Option(help: ArgumentHelp("Seconds before a request to the server is abandoned.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Extra attempts for each PUT (with doubling back-off).", valueName: "n"))
    var retries: Int = 3

    @Flag(help: "Also delete named graphs the server has and the SQLite store does not.")
    var prune = false

    @Flag(name: .shortAndLong, help: "Print only the summary.")
    var quiet = false

    func run() throws {
        try reportingFailure {
            let endpoint = try RemoteOptions.endpoint(url, timeout: timeout, retries: retries)
            let source = try store.openStore()
            defer { try? source.close() }
            let started = Date()
            let summary = try GraphCopier(from: source, to: SPARQLGraphStore(endpoint: endpoint)).copy(removeOthers: prune) { graph, count in
                if !quiet { print("\(graph?.ntriples ?? "(default graph)")\t\(count) quads") }
            }
            print("synced \(summary.graphs) graph(s), \(summary.quads) quads to \(url) in "
                  + String(format: "%.2f", Date().timeIntervalSince(started)) + " s")
        }
    }
}
