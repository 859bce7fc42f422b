import ArgumentParser
import Foundation
import KheshtGraph
import KheshtStore

/// `khesht dump`: every quad, as N-Quads or N-Triples, to standard output or a file.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump", abstract: "Write the whole store as N-Quads (default) or N-Triples.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case nquads, ntriples
    }

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    @Option(help: "nquads keeps graph names; ntriples drops them.")
    var format: Format = .nquads

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingFailure {
            let sqlite = try store.openStore()
            let sink = try BufferedOutput(path: output)
            let serializer = NQuadsSerializer(includeGraphs: format == .nquads)
            var text = ""
            try sqlite.forEachMatch(QuadPattern()) { quad in
                try serializer.write(quad, to: &text)
                if text.utf8.count >= 1 << 16 {
                    try sink.write(text)
                    text.removeAll(keepingCapacity: true)
                }
            }
            try sink.write(text)
            try sink.close()
            try sqlite.close()
        }
    }
}
