import Foundation
import KheshtGraph
import KheshtIngest
import KheshtStore
import KheshtTestSupport
import Testing
@testable import KheshtTimeline

/// The timeline on real extraction: every article of `data/articles` read and extracted into a `MemoryStore`,
/// then the Golden Brick award's timeline built from what the extractor found.
///
/// The extractor keeps improving, so this checks properties (ordering, calendars agreeing, sources resolving,
/// outputs valid), not exact output. `KHESHT_WRITE_EXAMPLES=1` also writes the corpus renderings to
/// `examples/timeline/corpus-golden-brick.*`.
@Suite("Timeline from the sample corpus")
struct CorpusTimelineTests {
    static func corpusStore() throws -> MemoryStore {
        let root = ExternalTool.packageRoot
        let extractor = try Extractor.load(schemaDirectory: root.appendingPathComponent("schema"))
        let folder = root.appendingPathComponent("data/articles")
        let store = MemoryStore()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            for article in try ArticleReader().read(contentsOf: folder.appendingPathComponent(name)) {
                let result = extractor.extract(article)
                try store.replaceGraph(.iri(result.article), with: result.quads, provenance: result.provenance)
            }
        }
        return store
    }

    @Test("the Golden Brick award's timeline from extracted facts is ordered, sourced and valid in every format")
    func goldenBrickFromCorpus() throws {
        let store = try Self.corpusStore()
        let award = try #require(try store.entities(withLabel: "جایزه جهانی خشت طلایی").first
            ?? store.entities(withLabel: "خشت طلایی").first, "the gazetteer's Golden Brick award was not extracted")
        let timeline = try TimelineBuilder(store: store, language: .fa).build(TimelineSelection(entity: award))
        print("corpus timeline: \(timeline.entries.count) dated, \(timeline.undatedCount) undated")
        for entry in timeline.entries {
            print("  \(entry.date.gregorianText) | \(entry.date.jalaliText ?? "-") | \(entry.title) | sources \(entry.sources.count)")
        }
        #expect(timeline.entries.count >= 2)
        #expect(zip(timeline.entries, timeline.entries.dropFirst()).allSatisfy { $0.date.firstDay <= $1.date.firstDay })
        for entry in timeline.entries {
            #expect(!entry.sources.isEmpty, "\(entry.title) has no source article")
            #expect(entry.sources.allSatisfy { !$0.sentenceIndexes.isEmpty })
            #expect(entry.date.conflictingJalali == nil, "\(entry.title): stored Jalali \(entry.date.conflictingJalali!) disagrees")
        }
        let html = try TimelineTestSupport.xmlSummary(of: TimelineFormat.html.render(timeline), suffix: ".html")
        #expect(html.elements("li").filter { $0["class"]?.hasPrefix("event") == true }.count == timeline.entries.count)
        let svg = try TimelineTestSupport.xmlSummary(of: TimelineFormat.svg.render(timeline), suffix: ".svg")
        #expect(svg.root == "svg")
        let json = try TimelineTestSupport.temporaryFile(TimelineFormat.json.render(timeline), suffix: ".json")
        defer { try? FileManager.default.removeItem(at: json) }
        let schema = TimelineTestSupport.fixtures.appendingPathComponent("timelinejs3.schema.json").path
        #expect(try TimelineTestSupport.python("validate_timelinejs.py", [schema, json.path]).hasPrefix("valid:"))

        if ProcessInfo.processInfo.environment["KHESHT_WRITE_EXAMPLES"] == "1" {
            for format in TimelineFormat.allCases {
                let url = ExampleOutputsTests.examples.appendingPathComponent("corpus-golden-brick.\(format.fileExtension)")
                try format.render(timeline).write(to: url, atomically: true, encoding: .utf8)
            }
        }
    }
}
