import ArgumentParser
import Foundation
import KheshtQuery
import KheshtREPL

/// `khesht repl`: the interactive shell, or a statement runner when standard input is not a terminal.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "An interactive shell for queries: line editing, history, Tab completion, meta-commands.",
        discussion: """
            Statements end with ';' or a blank line; .help lists the meta-commands. History is kept in \
            ~/.khesht_history ($KHESHT_HISTORY overrides). With standard input not a terminal, statements are \
            read from it and their results printed, without prompts; the exit status is 1 if any failed. \
            NO_COLOR turns colours off.
            """)

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    @Option(help: "Initial output mode: table, json, csv or tsv.")
    var format: OutputFormat = .table

    func run() throws {
        let failures = try reportingFailure {
            let sqlite = try store.openStore()
            let interactive = isatty(STDIN_FILENO) == 1
            let reader: any LineReader = interactive
                ? EditLineReader(completer: Completer(store: sqlite))
                : PlainLineReader()
            let environment = ProcessInfo.processInfo.environment
            let session = Session(
                engine: QueryEngine(store: sqlite), reader: reader,
                output: StandardStream.output, errors: StandardStream.error,
                style: .forOutput(isTerminal: StandardStream.output.isTerminal, environment: environment),
                errorStyle: .forOutput(isTerminal: StandardStream.error.isTerminal, environment: environment),
                settings: Session.Settings(format: format, maxColumnWidth: StandardStream.output.isTerminal ? 60 : 400))
            session.run()
            try sqlite.close()
            return interactive ? 0 : session.failures
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
