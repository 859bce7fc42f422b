import ArgumentParser

/// The `khesht` command: a knowledge base of events and awards built from news articles.
@main
struct Khesht: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khesht",
        abstract: "A knowledge base of events and awards, built from news articles.",
        subcommands: [
            IngestCommand.self, QueryCommand.self, ReplCommand.self, TimelineCommand.self, ExportCommand.self,
            LoadCommand.self, DumpCommand.self, StatsCommand.self, EvaluateCommand.self,
        ]
    )

    /// `--db` before the subcommand (`khesht --db x.sqlite load …`); subcommands also accept it after their name.
    @OptionGroup var store: StoreOptions
}
