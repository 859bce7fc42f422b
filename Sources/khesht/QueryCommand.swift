import ArgumentParser
import Foundation
import KheshtQuery
import KheshtREPL

/// `khesht query 'TEXT'` or `khesht query -f FILE`: run statements once and print their results.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run query-language statements and print the results.",
        discussion: """
            A file may hold several statements, each ending with ';' or a blank line. On a query error the \
            message (line:column, a caret, suggestions) goes to standard error and the exit status is 1. \
            The language is described in docs/query-language.md.

            --repeat N is for measuring: after printing each statement's result as usual, it runs the statement N \
            more times in this process (store open, caches warm, no start-up or output in the measurement) and \
            writes one line per statement to standard error: \
            `repeat: statement=1 runs=N rows=R median_ms=… p90_ms=… min_ms=… max_ms=… cpu_ms_per_run=…` (wall-clock \
            statistics, then the process's CPU time per run). A run is what \
            QueryEngine.run does: parse, bind names, plan, evaluate, fetch the labels of the IRIs in the answer. \
            scripts/bench-query.sh uses it to compare with Oxigraph.
            """)

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    @OptionGroup var remote: RemoteOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    @Argument(help: ArgumentHelp("The statement, e.g. 'find ?e where { ?e a Event }'.", valueName: "text"))
    var text: String?

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp("Read statements from this file.", valueName: "file"))
    var file: String?

    @Option(help: "table, json, csv or tsv.")
    var format: OutputFormat = .table

    @Flag(help: "List the article, sentence and character span behind every row.")
    var sources = false

    @Option(help: ArgumentHelp("Time N more runs of each statement; statistics go to standard error.", valueName: "n"))
    var `repeat`: Int?

    func validate() throws {
        if (text == nil) == (file == nil) { throw ValidationError("give either a statement or -f FILE") }
        if let n = `repeat`, n < 1 { throw ValidationError("--repeat needs a count of at least 1") }
        if `repeat` != nil && sources { throw ValidationError("--repeat times statements without --sources") }
    }

    func run() throws {
        let statements: String
        if let file {
            do {
                statements = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("\(file): cannot read: \(error.localizedDescription)\n".utf8))
                throw ExitCode.failure
            }
        } else {
            statements = text ?? ""
        }
        let failures = try reportingFailure {
            let sqlite = try remote.openStore(orElse: store)
            let environment = ProcessInfo.processInfo.environment
            let settings = Session.Settings(format: format, sources: sources,
                                            maxColumnWidth: StandardStream.output.isTerminal ? 60 : 400)
            let session = Session(
                engine: QueryEngine(store: sqlite),
                reader: PlainLineReader(lines: statements.components(separatedBy: "\n")),
                output: StandardStream.output, errors: StandardStream.error,
                style: .forOutput(isTerminal: StandardStream.output.isTerminal, environment: environment),
                errorStyle: .forOutput(isTerminal: StandardStream.error.isTerminal, environment: environment),
                settings: settings)
            session.run()
            if let runs = `repeat`, session.failures == 0 {
                try QueryTiming.measure(statements: statements, engine: session.engine, runs: runs)
            }
            try sqlite.close()
            return session.failures
        }
        if failures > 0 { throw ExitCode.failure }
    }
}

extension OutputFormat: ExpressibleByArgument {}
