import ArgumentParser
import Foundation
import KheshtIngest

/// `--schema DIR`: where the gazetteer, lexicon and rules are read from.
struct SchemaOptions: ParsableArguments {
    @Option(name: .customLong("schema"), help: ArgumentHelp(
        "Folder with gazetteer.tsv, lexicon.txt, rules.txt and roles.tsv.",
        discussion: "Default: $KHESHT_SCHEMA, else ./schema, else the schema folder of the source tree.",
        valueName: "dir"))
    var schemaPath: String?

    var resolvedURL: URL {
        if let path = schemaPath ?? ProcessInfo.processInfo.environment["KHESHT_SCHEMA"] {
            return URL(fileURLWithPath: path)
        }
        let local = URL(fileURLWithPath: "schema")
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("rules.txt").path) { return local }
        // Built from a checkout: the source tree's schema folder.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema")
    }

    func loadExtractor() throws -> Extractor {
        try Extractor.load(schemaDirectory: resolvedURL)
    }
}
