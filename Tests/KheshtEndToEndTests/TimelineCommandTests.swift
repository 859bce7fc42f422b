import Foundation
import Testing

/// `khesht timeline` as a user runs it on the bundled corpus: the Golden Brick's editions in all four formats, and
/// clear messages with a non-zero exit for an unknown name, an entity with no dated events, and a reversed range.
@Suite(.serialized) struct TimelineCommandTests {
    static let database: Result<String, Error> = Result {
        let folder = try KheshtProcess.scratchFolder()
        let database = folder.appendingPathComponent("timeline.sqlite").path
        _ = try KheshtProcess.khesht(["--db", database, "ingest", "--quiet",
                                      KheshtProcess.packageRoot.appendingPathComponent("data/articles").path])
        return database
    }

    @Test func goldenBrickEditionsInEveryFormat() throws {
        let database = try Self.database.get()
        let text = try KheshtProcess.khesht(["--db", database, "timeline", "خشت طلایی"])
        #expect(text.status == 0)
        for day in ["2019-11-02", "۱۳۹۸/۰۸/۱۱"] { #expect(text.stdout.contains(day), "text timeline lacks \(day)") }
        let json = try KheshtProcess.khesht(["--db", database, "timeline", "Golden Brick", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let events = object?["events"] as? [[String: Any]] ?? []
        #expect(events.count >= 3, "at least three editions")
        let html = try KheshtProcess.khesht(["--db", database, "timeline", "Golden Brick", "--format", "html"])
        #expect(html.stdout.contains("<html") && !html.stdout.contains("http://cdn") && !html.stdout.contains("<script src"))
        let svg = try KheshtProcess.khesht(["--db", database, "timeline", "Golden Brick", "--format", "svg"])
        #expect(svg.stdout.contains("<svg"))
    }

    @Test func unknownEntitySuggestsNames() throws {
        let result = try KheshtProcess.khesht(["--db", try Self.database.get(), "timeline", "Goldn Brik"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Golden Brick"), "a suggestion: \(result.stderr)")
    }

    @Test func entityWithNoDatedEventsIsAClearError() throws {
        let result = try KheshtProcess.khesht(["--db", try Self.database.get(), "timeline", "تابناک"])
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }

    @Test func reversedRangeIsAClearError() throws {
        let result = try KheshtProcess.khesht(["--db", try Self.database.get(), "timeline", "خشت طلایی",
                                               "--from", "1399", "--to", "2019"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("after it ends"))
    }
}
