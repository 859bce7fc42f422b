import ArgumentParser
import Foundation
import KheshtStore

/// `khesht load FILE…`: each file in its own transaction.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load N-Triples (.nt) or N-Quads (.nq) files, each one atomically.",
        discussion: """
            An .nt file becomes the named graph <file:///absolute/path>, replacing an earlier load of the same file. \
            An .nq file replaces every named graph it mentions. Loading stops at the first file that fails; files \
            before it stay loaded, the failing file leaves the store unchanged.
            """)

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    @Argument(help: ArgumentHelp("Files to load.", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        try reportingFailure {
            let loader = RDFFileLoader(store: try store.openStore())
            for file in files {
                let report = try loader.load(path: file)
                if !quiet {
                    let rate = report.seconds > 0 ? Int(Double(report.statements) / report.seconds) : report.statements
                    let target = report.graph?.ntriples ?? "its graphs"
                    print("\(file): \(report.statements) statements, \(report.inserted) new quads into \(target) "
                          + "in \(String(format: "%.2f", report.seconds)) s (\(rate) statements/s)")
                }
            }
            try loader.store.close()
        }
    }
}
