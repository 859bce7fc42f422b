import Foundation
import KheshtGraph
import KheshtStore
import Testing
@testable import KheshtTimeline

@Suite("Timeline renderers")
struct TimelineRendererTests {
    typealias D = GoldenBrickDataset

    static func timeline(_ language: TimelineLanguage = .fa) throws -> Timeline {
        try ExampleOutputsTests.sampleTimeline(language: language)
    }

    // MARK: Text

    @Test("text groups by year, isolates Persian runs and keeps the title column aligned")
    func textLayout() throws {
        let text = TextTimelineRenderer(calendar: .both, showsDetails: false).render(try Self.timeline(.fa))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.filter { $0.first?.isNumber == true }
        #expect(headings == ["2018 · ۱۳۹۶", "2019 · ۱۳۹۸", "2020 · ۱۳۹۹"])
        #expect(text.contains("\u{2067}\(D.fourthTitleFa)\u{2069}"))
        // Persian text appears only inside isolates: strip them and nothing right-to-left is left outside.
        var depth = 0
        for scalar in text.unicodeScalars {
            if scalar == "\u{2067}" { depth += 1 } else if scalar == "\u{2069}" { depth -= 1 }
            else if depth == 0 && BidiText.isRightToLeft(scalar) { Issue.record("unisolated RTL letter \(scalar)") ; break }
        }
        // Every event line starts its title at the same display column.
        let eventLines = lines.filter { $0.hasPrefix("  ") }
        #expect(eventLines.count == 5)
        let columns = Set(eventLines.map { line -> Int in
            let starts = ["\u{2067}", "3rd", "City"].compactMap { line.range(of: $0)?.lowerBound }
            return BidiText.displayWidth(String(line[..<starts.min()!]))
        })
        #expect(columns.count == 1)
        #expect(text.contains("2018 ~"))
        #expect(text.contains("2020/2021 ~"))
    }

    @Test("text in one calendar shows only that calendar, grouped by its years")
    func textOneCalendar() throws {
        let timeline = try Self.timeline(.en)
        let jalali = TextTimelineRenderer(calendar: .jalali).render(timeline)
        #expect(!jalali.contains("2019-11-02"))
        #expect(jalali.contains("1398-08-11"))
        #expect(jalali.contains("\n1399\n"))
        let gregorian = TextTimelineRenderer(calendar: .gregorian).render(timeline)
        #expect(!gregorian.contains("1398-08-11"))
        #expect(gregorian.contains("\n2019\n"))
        #expect(gregorian.contains("Events without a date: 1"))
    }

    // MARK: JSON

    @Test("JSON follows TimelineJS3's field rules (schema fixture, validated by python jsonschema)")
    func jsonValidatesAgainstSchema() throws {
        for language in TimelineLanguage.allCases {
            let json = TimelineJSONRenderer().render(try Self.timeline(language))
            let file = try TimelineTestSupport.temporaryFile(json, suffix: ".json")
            defer { try? FileManager.default.removeItem(at: file) }
            let schema = TimelineTestSupport.fixtures.appendingPathComponent("timelinejs3.schema.json").path
            let output = try TimelineTestSupport.python("validate_timelinejs.py", [schema, file.path])
            #expect(output.hasPrefix("valid: 5 events"))
        }
    }

    @Test("the schema check really rejects what TimelineJS3 rejects")
    func schemaRejectsBadSlides() throws {
        let bad = """
        {"events": [{"start_date": {"day": "2", "year": "2019"}, "text": {"headline": "<b>x</b>"},
                     "display_date": "x", "unique_id": "e1"}]}
        """
        let file = try TimelineTestSupport.temporaryFile(bad, suffix: ".json")
        defer { try? FileManager.default.removeItem(at: file) }
        let schema = TimelineTestSupport.fixtures.appendingPathComponent("timelinejs3.schema.json").path
        #expect(throws: (any Error).self) { try TimelineTestSupport.python("validate_timelinejs.py", [schema, file.path]) }
    }

    @Test("JSON dates carry only known parts; partial dates get an end, headlines are HTML-escaped")
    func jsonContent() throws {
        let json = TimelineJSONRenderer().render(try Self.timeline(.en))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.count == 5)
        #expect(root["undated_count"] as? Int == 1)
        func start(_ i: Int) -> [String: String] { (events[i]["start_date"] as? [String: String]) ?? [:] }
        func end(_ i: Int) -> [String: String]? { events[i]["end_date"] as? [String: String] }
        let headlines = events.map { ($0["text"] as? [String: String])?["headline"] ?? "" }
        // 3rd edition: a year only; the slide spans the year instead of sitting on 1 January.
        #expect(start(0)["year"] == "2018" && start(0)["month"] == nil && start(0)["day"] == nil)
        #expect(end(0)?["year"] == "2018" && end(0)?["month"] == "12")
        #expect(events[0]["partial"] as? Bool == true)
        // 4th edition: the day, and the Jalali date as display_date.
        let fourth = try #require(headlines.firstIndex(of: D.fourthTitleEn))
        #expect(start(fourth) == ["year": "2019", "month": "11", "day": "2", "display_date": "2019-11-02"])
        #expect(end(fourth) == nil)
        #expect(events[fourth]["display_date"] as? String == "11 Aban 1398")
        let text = try #require((events[fourth]["text"] as? [String: String])?["text"])
        #expect(text.contains("<a href=\"https://www.tabnak.ir/fa/news/793790\">"))
        // Escaped headline.
        #expect(headlines.contains("City diplomacy panel &lt;Tehran &amp; the world&gt;"))
        // 5th edition: a Jalali year, placed over its Gregorian days, marked partial.
        #expect(start(4)["year"] == "2020" && start(4)["month"] == "3" && start(4)["day"] == "20")
        #expect(end(4)?["year"] == "2021" && end(4)?["month"] == "3" && end(4)?["day"] == "20")
        #expect(events[4]["display_date"] as? String == "1399")
    }

    // MARK: HTML and SVG

    @Test("HTML is one well-formed, self-contained page holding every event, both calendars and the sources")
    func htmlPage() throws {
        let timeline = try Self.timeline(.fa)
        let html = HTMLTimelineRenderer().render(timeline)
        let summary = try TimelineTestSupport.xmlSummary(of: html, suffix: ".html")
        #expect(summary.root == "html")
        let root = try #require(summary.elements("html").first)
        #expect(root["lang"] == "fa" && root["dir"] == "rtl")
        #expect(summary.count["li", default: 0] >= timeline.entries.count)
        #expect(summary.elements("li").filter { $0["class"]?.hasPrefix("event") == true }.count == 5)
        for entry in timeline.entries { #expect(summary.text.contains(entry.title)) }
        #expect(summary.text.contains("۱۱ آبان ۱۳۹۸"))
        #expect(summary.text.contains("2019-11-02"))
        #expect(summary.text.contains("فقط سال معلوم است"))
        #expect(summary.elements("a").map { $0["href"] } == ["https://www.tabnak.ir/fa/news/793790"])
        #expect(summary.count["svg"] == 1)
        // Self-contained: nothing to fetch.
        #expect(summary.count["script", default: 0] == 0 && summary.count["link", default: 0] == 0)
        #expect(summary.count["img", default: 0] == 0)
        #expect(!html.contains("url(http") && !html.contains("@import") && !html.contains("src="))
        let english = HTMLTimelineRenderer().render(try Self.timeline(.en))
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test("SVG parses as XML: one group per event, bars for partial dates and ranges, points for days, RTL labels")
    func svgPicture() throws {
        let timeline = try Self.timeline(.fa)
        let svg = SVGTimelineRenderer().render(timeline)
        let summary = try TimelineTestSupport.xmlSummary(of: svg, suffix: ".svg")
        #expect(summary.root == "svg")
        let groups = summary.elements("g").filter { $0["class"]?.hasPrefix("event") == true }
        #expect(groups.count == timeline.entries.count)
        #expect(groups.filter { $0["class"] == "event partial" }.count == 2)
        #expect(summary.count["circle"] == 2)  // the two single days
        let bars = summary.elements("rect").filter { $0["rx"] != nil }
        #expect(bars.count == 3)               // the two partial years and the three-day panel
        #expect(bars.filter { $0["fill"] == "url(#partial-hatch)" }.count == 2)
        // Year ticks 2018…2022, labelled.
        for year in 2018...2022 { #expect(summary.text.contains(String(year))) }
        let persianLabels = summary.elements("text").filter { $0["direction"] == "rtl" }
        #expect(persianLabels.count >= 3)
        #expect(summary.text.contains(D.fourthTitleFa))
        #expect(!summary.text.contains("2018-01-01"))
    }

    @Test("past the lane limit, events are still drawn (unlabelled, named by <title>) and the picture stays bounded")
    func laneLimit() throws {
        let timeline = try Self.timeline(.en)
        let svg = SVGTimelineRenderer(width: 400, maxLabelledLanes: 1).render(timeline)
        let summary = try TimelineTestSupport.xmlSummary(of: svg, suffix: ".svg")
        #expect(summary.elements("g").filter { $0["class"]?.hasPrefix("event") == true }.count == 5)
        #expect(summary.count["title"] == 5)
        let root = try #require(summary.elements("svg").first)
        let full = try TimelineTestSupport.xmlSummary(of: SVGTimelineRenderer(width: 400).render(timeline), suffix: ".svg")
        #expect(Int(root["height"] ?? "") ?? 0 < Int(full.elements("svg").first?["height"] ?? "") ?? 0)
        // Fewer labels than events: some were left to the tooltip.
        #expect(summary.text.components(separatedBy: D.panelTitleEn).count - 1 < 2)
    }

    @Test("a bar for a partial year spans the whole year on the axis, not a point on 1 January")
    func partialYearGeometry() throws {
        let timeline = try Self.timeline(.en)
        let svg = SVGTimelineRenderer(width: 1200).render(timeline)
        let summary = try TimelineTestSupport.xmlSummary(of: svg, suffix: ".svg")
        let ticks = summary.elements("line").filter { $0["class"] == "tick" }
            .compactMap { Double($0["x1"] ?? "") }.sorted()
        #expect(ticks.count == 5)
        let bars = summary.elements("rect").filter { $0["fill"] == "url(#partial-hatch)" }
        let third = try #require(bars.first)
        let x = try #require(Double(third["x"] ?? "")), width = try #require(Double(third["width"] ?? ""))
        #expect(abs(x - ticks[0]) < 0.2)
        #expect(abs(x + width - ticks[1]) < 0.2)
    }
}

@Suite("Timeline determinism")
struct TimelineDeterminismTests {
    @Test("the same facts loaded in another order render byte for byte the same")
    func orderIndependent() throws {
        let reference = try ExampleOutputsTests.sampleTimeline(language: .fa)
        var rng = RandomTimelineTests.SeededGenerator(state: 42)
        for _ in 0..<3 {
            let store = MemoryStore()
            try store.add(GoldenBrickDataset.backgroundQuads.shuffled(using: &rng))
            let facts = GoldenBrickDataset.articleQuads.shuffled(using: &rng)
            try store.replaceGraph(GoldenBrickDataset.article, with: facts.map(\.0), provenance: facts.map { quad, sentence in
                Provenance(quad: quad, article: GoldenBrickDataset.articleIRI, sentenceIndex: sentence, charStart: 0,
                           charEnd: 0, ruleId: "test", confidence: 1.0)
            })
            try store.add([Quad(GoldenBrickDataset.fourth, KH.dateText, .text("Saturday evening", language: "en"))])
            let timeline = try TimelineBuilder(store: store, language: .fa)
                .build(TimelineSelection(), title: reference.title)
            for format in TimelineFormat.allCases {
                #expect(format.render(timeline) == format.render(reference), "\(format) differs")
            }
        }
    }
}
