import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Prints what extraction sees in one file (`KHESHT_DEBUG_FILE`): each sentence's mentions, then the facts.
/// Without the variable it checks the printer on the seed article, so it always runs.
@Suite struct ExtractionDebugTests {
    @Test func printsMentionsAndFacts() throws {
        let path = ProcessInfo.processInfo.environment["KHESHT_DEBUG_FILE"]
            ?? ExternalTool.packageRoot.appendingPathComponent("data/articles/000_tabnak_793790.txt").path
        let extractor = try Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))
        var report = ""
        for article in try ArticleReader().read(contentsOf: URL(fileURLWithPath: path)) {
            report += extractor.explain(article)
        }
        if ProcessInfo.processInfo.environment["KHESHT_DEBUG_FILE"] != nil { print(report) }
        #expect(report.contains("Person"))
    }
}
