import Foundation
import Testing

/// `khesht ingest` on input it cannot use: a clear message naming the file, a non-zero exit, no crash or hang, and
/// the store exactly as it was (same dump before and after).
@Suite(.serialized) struct IngestBadInputTests {
    struct BadFile: CustomStringConvertible, Sendable {
        let name: String
        let expected: String
        let bytes: @Sendable () -> Data
        var description: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(name: "empty.txt", expected: "empty") { Data() },
        BadFile(name: "binary.txt", expected: "binary") { Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02] + Array(repeating: 0, count: 64)) },
        BadFile(name: "invalid.txt", expected: "encod") { Data([0x41, 0xC3, 0x28, 0xFF, 0xFE, 0x80, 0x41]) },
        BadFile(name: "no-article.html", expected: "article") {
            Data("<html><head><script>x()</script></head><body><nav>خانه</nav></body></html>".utf8)
        },
        BadFile(name: "bomb.xml", expected: "bomb.xml") {
            var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"lol\">\n"
            for level in 1...9 { text += "<!ENTITY \(Character(UnicodeScalar(97 + level)!)) \"" + String(repeating: "&\(Character(UnicodeScalar(96 + level)!));", count: 10) + "\">\n" }
            text += "]>\n<rss version=\"2.0\"><channel><item><title>&j;</title><description>&j;</description></item></channel></rss>\n"
            return Data(text.utf8)
        },
        BadFile(name: "huge.txt", expected: "large") { Data(count: 50 * 1024 * 1024) },
    ]

    @Test(arguments: badFiles)
    func badFileLeavesTheStoreUnchanged(_ bad: BadFile) throws {
        let folder = try KheshtProcess.scratchFolder()
        let database = folder.appendingPathComponent("k.sqlite").path
        let seed = KheshtProcess.packageRoot.appendingPathComponent("data/articles/000_tabnak_793790.txt").path
        _ = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet", seed])
        let before = try KheshtProcess.khesht(["--db", database, "dump"]).stdout
        let file = folder.appendingPathComponent(bad.name)
        try bad.bytes().write(to: file)
        let started = Date()
        let result = try KheshtProcess.khesht(["--db", database, "ingest", file.path])
        let after = try KheshtProcess.khesht(["--db", database, "dump"]).stdout
        let bombDefused = bad.name == "bomb.xml" && result.status == 0 && !after.contains("lollollollol")
        #expect(result.status != 0 || bombDefused, "\(bad.name) was accepted: \(result.stdout)")
        if result.status != 0 {
            #expect(result.stderr.contains(bad.name), "the message names the file: \(result.stderr)")
            #expect(result.stderr.lowercased().contains(bad.expected) || bad.name == "bomb.xml", "\(result.stderr)")
        }
        #expect(Date().timeIntervalSince(started) < 60, "no hang")
        if !bombDefused { #expect(before == after, "the store changed") }
    }

    @Test func missingPathIsAClearError() throws {
        let folder = try KheshtProcess.scratchFolder()
        let result = try KheshtProcess.khesht(["--db", folder.appendingPathComponent("k.sqlite").path, "ingest", "/no/such/file.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/no/such/file.txt"))
    }

    @Test func ingestingTwiceChangesNothing() throws {
        let folder = try KheshtProcess.scratchFolder()
        let database = folder.appendingPathComponent("k.sqlite").path
        let corpus = KheshtProcess.packageRoot.appendingPathComponent("data/articles").path
        _ = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet", corpus])
        let first = try KheshtProcess.khesht(["--db", database, "dump"]).stdout
        _ = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet", corpus])
        let second = try KheshtProcess.khesht(["--db", database, "dump"]).stdout
        #expect(first == second)
        #expect(first.split(separator: "\n").count > 1000)
    }

    /// Ingest extracts later files on a second thread while it stores earlier ones; `--one-thread` does both in turn.
    /// The store must end up the same either way, and a bad file among good ones fails the same way.
    @Test func extractingOnASecondThreadStoresWhatOneThreadStores() throws {
        let folder = try KheshtProcess.scratchFolder()
        let root = KheshtProcess.packageRoot
        let corpora = ["data/articles", "data/dev"].map { root.appendingPathComponent($0).path }
        var dumps: [[Substring]] = []
        for (name, flags) in [("two", [String]()), ("one", ["--one-thread"])] {
            let database = folder.appendingPathComponent("\(name).sqlite").path
            let result = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet"] + flags + corpora)
            #expect(result.status == 0, "\(result.stderr)")
            dumps.append(try KheshtProcess.khesht(["--db", database, "dump"]).stdout.split(separator: "\n").sorted())
        }
        #expect(dumps[0].count > 2000)
        #expect(dumps[0] == dumps[1])
    }
}
