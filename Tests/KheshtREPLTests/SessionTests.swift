import KheshtQuery
import Testing
@testable import KheshtREPL

@Suite struct SessionTests {
    func session(_ lines: [String], format: OutputFormat = .table) throws -> (Session, CapturedOutput, CapturedOutput) {
        let out = CapturedOutput(), err = CapturedOutput()
        let session = Session(engine: QueryEngine(store: try SampleNews.store()), reader: PlainLineReader(lines: lines),
                              output: out, errors: err, settings: Session.Settings(format: format))
        return (session, out, err)
    }

    @Test func multiLineStatementsAndMetaCommandsRunInOrder() throws {
        let (session, out, err) = try session([
            "find ?e ?d where { ?e a Event ;",
            "   startDate ?d } order by ?d;",
            ".mode csv",
            "find ?n where { ?e editionNumber ?n } order by ?n",
            "",
            ".quit",
            "find ?never where { ?never a Event };",
        ])
        session.run()
        #expect(err.text == "")
        #expect(out.text.contains("2 rows"))
        #expect(!out.text.contains("mode: csv")) // piped: settings changes are not echoed
        #expect(out.text.contains("n\r\n6\r\n12\r\n"))
        #expect(!out.text.contains("never"))
        #expect(session.failures == 0)
    }

    @Test func errorsShowLineColumnCaretAndSuggestionAndAreCounted() throws {
        let (session, _, err) = try session(["find ?e where {", "  ?e locaton \"برج میلاد\" };"])
        session.run()
        #expect(session.failures == 1)
        #expect(err.text.contains("error at 2:6: unknown property 'locaton'"))
        #expect(err.text.contains("    ?e locaton \"برج میلاد\" }\n       ^^^^^^^\n"))
        #expect(err.text.contains("did you mean: location"))
    }

    @Test func sourcesOnAddsProvenanceToFindAndDescribe() throws {
        let (session, out, _) = try session([".sources on", "find ?e where { ?e location \"Milad Tower\" };"])
        session.run()
        #expect(out.text.contains("sources"))
        #expect(out.text.contains("«\u{2068}برگزاری ششمین جایزه خشت طلایی در برج میلاد\u{2069}»"))
    }

    @Test func explainShowsThePlanOfTheLastQuery() throws {
        let (session, out, _) = try session(["find ?e where { ?e location \"Milad Tower\" };", ".explain"])
        session.run()
        #expect(out.text.contains("plan"))
        #expect(out.text.contains("est "))
        #expect(out.text.contains("actual "))
    }

    @Test func explainBeforeAnyQueryExplainsTheNextOne() throws {
        let (session, out, _) = try session([".explain", "find ?e where { ?e a Event };"])
        session.run()
        #expect(out.text.contains("the next query will be explained"))
        #expect(out.text.contains("plan"))
        #expect(!out.text.contains("┌"))
    }

    @Test func timelineOfAnEntityListsItsDatedEvents() throws {
        let (session, out, err) = try session([".timeline برج میلاد"])
        session.run()
        #expect(err.text == "")
        #expect(out.text.contains("خشت طلایی"))
        #expect(out.text.contains("2019-11-02"))
        #expect(out.text.contains("۱۳۹۸/۰۸/۱۱"))
    }

    @Test func unknownMetaCommandsAndNamesAreReported() throws {
        let (session, _, err) = try session([".mod json", ".timeline Nowhere Land", ".mode xml"])
        session.run()
        #expect(session.failures == 3)
        #expect(err.text.contains("unknown command '.mod': did you mean .mode?"))
        #expect(err.text.contains("no entity is named \"Nowhere Land\""))
        #expect(err.text.contains("unknown mode 'xml'"))
    }

    @Test func schemaListsClassesAndPropertiesInBothLanguages() throws {
        let (session, out, _) = try session([".schema"])
        session.run()
        #expect(out.text.contains("AwardCeremony"))
        #expect(out.text.contains("\u{2068}مراسم_جایزه"))
        #expect(out.text.contains("location"))
        #expect(out.text.contains("\u{2068}سخنران\u{2069}"))
    }

    @Test func queryLanguageFollowsTheScriptOfTheStatement() {
        #expect(Session.language(of: #"find ?e where { ?e location "برج میلاد" }"#) == "fa")
        #expect(Session.language(of: #"find ?e where { ?e location "Milad Tower" }"#) == "en")
        #expect(Session.language(of: "find ?e where { ?e a Event }") == "fa")
    }
}
