import KheshtGraph
import KheshtQuery
import Testing
import KheshtText
import KheshtStore
@testable import KheshtREPL

@Suite struct TableRendererTests {
    let query = "find ?e ?place ?d ?n where { ?e location ?place ; startDate ?d ; editionNumber ?n } order by ?d"

    func render(_ text: String, language: String = "fa", width: Int = 60) throws -> String {
        TableRenderer().render(try SampleNews.table(text), in: RenderContext(preferredLanguage: language, maxColumnWidth: width))
    }

    @Test func everyLineOfTheBoxHasTheSameDisplayWidth() throws {
        let out = try render(query)
        let lines = out.split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("├") || $0.hasPrefix("└") }
        #expect(lines.count == 6)
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "widths differ: \(lines.map { DisplayWidth.of($0) })")
    }

    @Test func persianCellsAreIsolatedWithPaddingOutside() throws {
        let out = try render(query)
        // The place column: Persian label isolated, English label beside it, then padding after the PDI.
        #expect(out.contains("│ \u{2068}برج میلاد\u{2069} (Milad Tower) "))
        // Nothing pads inside an isolate: no space directly before a PDI.
        #expect(!out.contains(" \u{2069}"))
        // Every isolate is closed on its own line.
        for line in out.split(separator: "\n") {
            #expect(line.filter { $0 == "\u{2068}" }.count == line.filter { $0 == "\u{2069}" }.count)
        }
    }

    @Test func wideAndEmojiLabelsKeepColumnsAligned() throws {
        let out = try render(query)
        #expect(out.contains("東京タワー"))
        #expect(out.contains("Expo 🎉 night"))
        let rows = out.split(separator: "\n").filter { $0.hasPrefix("│") }
        // The column separators fall on the same terminal cells in every row.
        func separatorCells(_ line: Substring) -> [Int] {
            var cells: [Int] = [], at = 0
            for c in line { if c == "│" { cells.append(at) }; at += DisplayWidth.of(c) }
            return cells
        }
        #expect(Set(rows.map(separatorCells)).count == 1)
    }

    @Test func labelsReplaceIRIsAndFollowTheQueryLanguage() throws {
        let persian = try render(query, language: "fa")
        #expect(persian.contains("\u{2068}ششمین جایزهٔ خشت طلایی\u{2069} (6th Golden Brick Award)"))
        #expect(!persian.contains("https://w3id.org/khesht/id/event/golden-brick-6"))
        let english = try render(query, language: "en")
        #expect(english.contains("6th Golden Brick Award (\u{2068}ششمین جایزهٔ خشت طلایی\u{2069})"))
    }

    @Test func datesShowJalaliBesideGregorian() throws {
        let out = try render(query)
        // 2019-11-02 is 11 Aban 1398; 2019-03-21 is 1 Farvardin 1398 (Nowruz).
        #expect(out.contains("2019-11-02 · \u{2068}۱۱ آبان ۱۳۹۸\u{2069}"))
        #expect(out.contains("2019-03-21 · \u{2068}۱ فروردین ۱۳۹۸\u{2069}"))
    }

    @Test func numbersAlignRight() throws {
        let out = try render("find ?e ?n where { ?e editionNumber ?n } order by ?n")
        let rows = out.split(separator: "\n").filter { $0.hasPrefix("│") }.dropFirst()
        #expect(rows.contains { $0.hasSuffix("│  6 │") })
        #expect(rows.contains { $0.hasSuffix("│ 12 │") })
    }

    @Test func longValuesAreCutToTheColumnLimit() throws {
        let out = try render("find ?t where { ?q text ?t }", width: 12)
        let row = try #require(out.split(separator: "\n").first { $0.contains("He said") })
        #expect(row.contains("…"))
        #expect(DisplayWidth.of(row) == 12 + 4)
    }

    @Test func sourcesNumberRowsAndListArticleSentenceSpanAndRule() throws {
        let table = try SampleNews.table(#"find ?e where { ?e location "برج میلاد" } with sources"#)
        let context = RenderContext(headlines: [SampleNews.article: "برگزاری ششمین جایزه"])
        let out = TableRenderer().render(table, in: context)
        #expect(out.contains("│ # │"))
        #expect(out.contains("sources"))
        #expect(out.contains("[1]"))
        #expect(out.contains("«\u{2068}برگزاری ششمین جایزه\u{2069}» khr:article/a1"))
        #expect(out.range(of: #"sentence \d+ · chars \d+–\d+ · rule rule-\d"#, options: .regularExpression) != nil)
    }

    @Test func describeListsPropertiesWithLabels() throws {
        let result = try QueryEngine(store: try SampleNews.store()).run(#"describe "Milad Tower""#)
        guard case .description(let descriptions) = result else { Issue.record("not a description"); return }
        let brickLabels: [Term: [Literal]] = [SampleNews.brick: [Literal("ششمین جایزهٔ خشت طلایی", knownLanguage: "fa")]]
        let out = TableRenderer().render(descriptions, in: RenderContext(labels: brickLabels))
        #expect(out.contains("<https://w3id.org/khesht/id/place/milad-tower>"))
        #expect(out.contains("type"))
        #expect(out.contains("^location"))
        #expect(out.contains("\u{2068}ششمین جایزهٔ خشت طلایی\u{2069}"))
    }

    @Test func mentionsOfOneFactInOneArticleShareASourceLine() throws {
        let article = SampleNews.article
        let fact = Quad(SampleNews.brick, Schema.location, SampleNews.milad, graph: .iri(article))
        let label = Quad(SampleNews.milad, RDFS.label, .text("برج میلاد", language: "fa"), graph: .iri(article))
        let mentions = [(0, 10), (2, 40), (2, 55), (5, 90)].map { sentence, start in
            Provenance(quad: fact, article: article, sentenceIndex: sentence, charStart: start, charEnd: start + 9,
                       ruleId: "location.held-at", confidence: 0.8)
        }
        let store = MemoryStore()
        try store.replaceGraph(.iri(article), with: [fact, label], provenance: mentions)
        let result = try QueryEngine(store: store).run(#"describe "برج میلاد""#)
        guard case .description(let descriptions) = result else { Issue.record("not a description"); return }
        let out = TableRenderer().render(descriptions, in: RenderContext())
        let sourceLines = out.split(separator: "\n").filter { $0.contains("↳") }
        #expect(sourceLines.count == 1)
        #expect(sourceLines.first?.contains("sentences 0, 2, 5 · chars 10–19 +3 more · rule location.held-at") == true)
    }
}
