import Foundation
import Testing

/// Every question in `examples/questions/` answered on the bundled corpus, as a user would: `khesht ingest
/// data/articles`, then `khesht query -f QUESTION --format csv`, compared with the answer written beside it.
/// `scripts/update-examples.sh` rewrites the answers after a deliberate change to extraction.
@Suite(.serialized) struct ExampleQuestionsTests {
    static let questions: [URL] = {
        let folder = KheshtProcess.packageRoot.appendingPathComponent("examples/questions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".khq") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// One database for the whole suite: ingesting is the slow part.
    static let database: Result<String, Error> = Result {
        let folder = try KheshtProcess.scratchFolder()
        let database = folder.appendingPathComponent("examples.sqlite").path
        let corpus = KheshtProcess.packageRoot.appendingPathComponent("data/articles").path
        _ = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet", corpus])
        return database
    }

    @Test func thereAreAtLeastFifteenQuestions() {
        #expect(Self.questions.count >= 15)
    }

    @Test(arguments: questions)
    func answerMatchesTheExample(_ question: URL) throws {
        let database = try Self.database.get()
        let expected = try String(contentsOf: question.deletingPathExtension().appendingPathExtension("csv"), encoding: .utf8)
        let result = try KheshtProcess.khesht(["--db", database, "query", "-f", question.path, "--format", "csv"])
        #expect(result.stdout == expected, "\(question.lastPathComponent) answers differently; see scripts/update-examples.sh")
        #expect(expected.split(whereSeparator: \.isNewline).count > 1, "\(question.lastPathComponent) has no answer rows")
    }
}
