import ArgumentParser

/// The `khesht` command: a knowledge base of events and awards built from news articles.
@main
struct Khesht: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khesht",
        abstract: "A knowledge base of events and awards, built from news articles.",
        subcommands: []
    )
}
