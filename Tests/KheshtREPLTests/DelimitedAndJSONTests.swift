import Foundation
import KheshtGraph
import KheshtQuery
import Testing
@testable import KheshtREPL

@Suite struct DelimitedAndJSONTests {
    @Test func csvQuotesCommasQuotesAndLineBreaksPerRFC4180() {
        let csv = DelimitedRenderer.csv
        #expect(csv.field("plain") == "plain")
        #expect(csv.field("a,b") == "\"a,b\"")
        #expect(csv.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(csv.field("two\nlines") == "\"two\nlines\"")
        #expect(csv.field("cr\rhere") == "\"cr\rhere\"")
        #expect(csv.field("برج میلاد") == "برج میلاد")
    }

    @Test func csvOfAResultParsesBackWithPythonsCSVModule() throws {
        let table = try SampleNews.table("find ?q ?t ?who where { ?q text ?t ; saidBy ?who }")
        let out = DelimitedRenderer.csv.render(table, in: RenderContext())
        #expect(out.hasSuffix("\r\n"))
        let parsed = try pythonCSV(out)
        #expect(parsed.first == ["q", "q_iri", "t", "who", "who_iri"])
        #expect(parsed.count == 2)
        #expect(parsed[1][2] == SampleNews.quoteText)
        #expect(parsed[1][3] == "محسن هاشمی")
        #expect(parsed[1][4] == "https://w3id.org/khesht/id/person/mohsen-hashemi")
    }

    @Test func tsvEscapesTabsAndLineBreaks() throws {
        let table = try SampleNews.table("find ?t where { ?q text ?t }")
        let out = DelimitedRenderer.tsv.render(table, in: RenderContext())
        #expect(out == "t\nHe said, \"cities\\tmatter\"\\nand left\n")
    }

    @Test func jsonIsAnArrayOfObjectsWithIRIsLabelsAndTypedValues() throws {
        let table = try SampleNews.table("find ?e ?d ?n where { ?e startDate ?d ; editionNumber ?n ; location \"Milad Tower\" }")
        let out = JSONRenderer().render(table, in: RenderContext())
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(decoded.count == 1)
        let row = decoded[0]
        let e = try #require(row["e"] as? [String: Any])
        #expect(e["iri"] as? String == "https://w3id.org/khesht/id/event/golden-brick-6")
        #expect(e["label"] as? String == "ششمین جایزهٔ خشت طلایی")
        #expect((e["labels"] as? [String: String])?["en"] == "6th Golden Brick Award")
        let d = try #require(row["d"] as? [String: Any])
        #expect(d["value"] as? String == "2019-11-02")
        #expect(d["datatype"] as? String == XSD.date.value)
        #expect(d["jalali"] as? String == "1398-08-11")
        let n = try #require(row["n"] as? [String: Any])
        #expect(n["value"] as? Int == 6)
        // Columns keep the query's order.
        #expect(out.range(of: "\"e\"")!.lowerBound < out.range(of: "\"d\"")!.lowerBound)
    }

    @Test func jsonEscapesControlCharactersAndCarriesSources() throws {
        let table = try SampleNews.table("find ?t where { ?q text ?t } with sources")
        let out = JSONRenderer().render(table, in: RenderContext(headlines: [SampleNews.article: "خبر"]))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect((decoded[0]["t"] as? [String: Any])?["value"] as? String == SampleNews.quoteText)
        let sources = try #require(decoded[0]["_sources"] as? [[String: Any]])
        #expect(sources.count == 1)
        #expect(sources[0]["article"] as? String == SampleNews.article.value)
        #expect(sources[0]["headline"] as? String == "خبر")
        #expect(sources[0]["sentence"] is Int)
        #expect((sources[0]["rule"] as? String)?.hasPrefix("rule-") == true)
    }

    @Test func emptyOptionalValuesAreNullInJSONAndEmptyInCSV() throws {
        let text = "find ?p ?l where { ?p a Place optional { ?p startDate ?l } } order by ?p"
        let table = try SampleNews.table(text)
        let json = JSONRenderer().render(table, in: RenderContext())
        #expect(json.contains("\"l\":null"))
        let csv = DelimitedRenderer.csv.render(table, in: RenderContext())
        #expect(csv.split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",") })
    }

    /// Parses CSV text with Python's csv module (an independent RFC 4180 reader) and returns the records.
    func pythonCSV(_ text: String) throws -> [[String]] {
        let script = "import csv,json,sys; print(json.dumps(list(csv.reader(sys.stdin.buffer.read().decode('utf-8').splitlines(True)))))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SampleNews.Unexpected(description: "python3 csv failed (is python3 on PATH?)") }
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }
}
