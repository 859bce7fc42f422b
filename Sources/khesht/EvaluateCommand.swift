import ArgumentParser
import Foundation
import KheshtIngest

/// `khesht evaluate [DATA]`: score extraction against the gold annotations of a corpus folder.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extraction against gold annotations (DATA/gold/*.json, format in data/gold/README.md).")

    @OptionGroup var schema: SchemaOptions

    @Argument(help: ArgumentHelp("The corpus folder holding the articles and gold/.", valueName: "data"))
    var data = "data"

    @Flag(name: .shortAndLong, help: "List every missed and spurious entity and fact.")
    var verbose = false

    @Option(help: ArgumentHelp("Print what extraction sees in one article file (mentions, then facts with their rules) instead of scoring.",
                               valueName: "file"))
    var explain: String?

    func run() throws {
        try reportingFailure {
            if let explain {
                let extractor = try schema.loadExtractor()
                for article in try ArticleReader().read(contentsOf: URL(fileURLWithPath: explain)) {
                    print(extractor.explain(article), terminator: "")
                }
                return
            }
            let evaluation = try CorpusEvaluation(dataFolder: URL(fileURLWithPath: data), extractor: try schema.loadExtractor())
            print(evaluation.report(details: verbose), terminator: "")
        }
    }
}
