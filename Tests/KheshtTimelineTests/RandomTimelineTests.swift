import Foundation
import KheshtGraph
import KheshtStore
import Testing
@testable import KheshtTimeline

/// Many generated events with every date shape and hostile titles: every renderer's output must stay valid.
@Suite("Timeline renderers on generated data")
struct RandomTimelineTests {
    /// SplitMix64: a small seeded generator, so a failure reproduces.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let titleParts = [
        "جایزه خشت طلایی", "Golden <Brick> & \"friends\"", "it's", "]]>", "\u{202E}override", "\u{2067}open isolate",
        "line\nbreak", "tab\there", "bell\u{07}", "ZWNJ می‌شود", "٤٥ Arabic digits", "emoji 🧱", "",
    ]

    static func randomStore(count: Int, seed: UInt64) throws -> (MemoryStore, expectedDated: Int) {
        var rng = SeededGenerator(state: seed)
        let store = MemoryStore()
        var quads: [Quad] = []
        var dated = 0
        for index in 0..<count {
            let event = Term.iri(Namespace.khr["event/generated-\(index)"])
            quads.append(Quad(event, RDF.type, .iri(Schema.event)))
            let title = (0..<Int.random(in: 1...3, using: &rng)).map { _ in titleParts.randomElement(using: &rng)! }
                .joined(separator: " ")
            if !title.isEmpty {
                quads.append(Quad(event, RDFS.label, .text(title, language: Bool.random(using: &rng) ? "fa" : "en")))
            }
            let year = Int.random(in: 1990...2030, using: &rng)
            let month = Int.random(in: 1...12, using: &rng)
            let day = Int.random(in: 1...28, using: &rng)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            switch Int.random(in: 0...6, using: &rng) {
            case 0: quads.append(Quad(event, Schema.startDate, .typed("\(year)", XSD.gYear))); dated += 1
            case 1: quads.append(Quad(event, Schema.startDate, .typed("\(year)-\(two(month))", XSD.gYearMonth))); dated += 1
            case 2: quads.append(Quad(event, Schema.startDate, .typed("\(year)-\(two(month))-\(two(day))", XSD.date))); dated += 1
            case 3:
                quads.append(Quad(event, Schema.startDate, .typed("\(year)-\(two(month))-\(two(day))T09:30:00Z", XSD.dateTime)))
                quads.append(Quad(event, Schema.endDate, .typed("\(year + 1)-\(two(month))", XSD.gYearMonth)))
                dated += 1
            case 4: quads.append(Quad(event, KH.jalaliDate, .string("\(year - 621)"))); dated += 1
            case 5: quads.append(Quad(event, KH.jalaliDate, .string("\(year - 621)-\(two(month))-\(two(day))"))); dated += 1
            default: break
            }
            if Bool.random(using: &rng) {
                let place = Term.iri(Namespace.khr["place/p\(index % 7)"])
                quads.append(Quad(event, Schema.location, place))
                quads.append(Quad(place, RDFS.label, .text(titleParts.randomElement(using: &rng)! + " place", language: "fa")))
            }
        }
        try store.add(quads)
        return (store, dated)
    }

    @Test("text, JSON, HTML and SVG stay valid for 300 generated events", arguments: [UInt64(1), 2, 3])
    func generated(seed: UInt64) throws {
        let (store, dated) = try Self.randomStore(count: 300, seed: seed)
        for language in TimelineLanguage.allCases {
            let timeline = try TimelineBuilder(store: store, language: language).build(TimelineSelection())
            #expect(timeline.entries.count == dated)
            #expect(timeline.entries.count + timeline.undatedCount == 300)
            #expect(zip(timeline.entries, timeline.entries.dropFirst()).allSatisfy { $0.date.firstDay <= $1.date.firstDay })

            let text = TextTimelineRenderer(showsDetails: false).render(timeline)
            let eventLines = text.split(separator: "\n").filter { $0.hasPrefix("  ") }
            #expect(eventLines.count == dated)  // no title broke a line
            var depth = 0
            for scalar in text.unicodeScalars {
                if scalar == "\u{2067}" { depth += 1 } else if scalar == "\u{2069}" { depth -= 1 }
                #expect(depth >= 0 && depth <= 1)
                #expect(scalar != "\u{202E}" && scalar != "\u{07}")
            }
            #expect(depth == 0)

            let json = TimelineJSONRenderer().render(timeline)
            let file = try TimelineTestSupport.temporaryFile(json, suffix: ".json")
            defer { try? FileManager.default.removeItem(at: file) }
            let schema = TimelineTestSupport.fixtures.appendingPathComponent("timelinejs3.schema.json").path
            #expect(try TimelineTestSupport.python("validate_timelinejs.py", [schema, file.path]).hasPrefix("valid: \(dated) events"))

            let html = try TimelineTestSupport.xmlSummary(of: HTMLTimelineRenderer().render(timeline), suffix: ".html")
            #expect(html.elements("li").filter { $0["class"]?.hasPrefix("event") == true }.count == dated)
            let svg = try TimelineTestSupport.xmlSummary(of: SVGTimelineRenderer().render(timeline), suffix: ".svg")
            #expect(svg.elements("g").filter { $0["class"]?.hasPrefix("event") == true }.count == dated)
        }
    }
}
