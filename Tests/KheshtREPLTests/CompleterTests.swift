import KheshtStore
import Testing
@testable import KheshtREPL

@Suite struct CompleterTests {
    func completer() throws -> Completer { Completer(store: try SampleNews.store()) }

    @Test func persianLabelInsideAQuoteCompletesAndClosesTheQuote() throws {
        let c = try completer()
        let completion = try #require(c.complete(word: "محس", lineBeforeWord: "describe \""))
        #expect(completion.replacement == "محسن هاشمی")
        #expect(completion.closesQuote)
        // The replacement is valid UTF-8 all the way (no letter cut in half).
        #expect(String(validating: Array(completion.replacement.utf8), as: UTF8.self) == completion.replacement)
    }

    @Test func labelsWithSpacesCompleteAfterTheSpace() throws {
        // libedit breaks words at the space: only "م" is replaced, the rest of the label is inserted.
        let completion = try #require(try completer().complete(word: "م", lineBeforeWord: "describe \"برج "))
        #expect(completion.replacement == "میلاد")
        #expect(completion.closesQuote)
    }

    @Test func twoLabelsShareTheirCommonPrefixAndAreBothListed() throws {
        let completion = try #require(try completer().complete(word: "برج", lineBeforeWord: "find ?e where { ?e location \""))
        #expect(completion.replacement == "برج ")
        #expect(Set(completion.matches) == ["برج میلاد", "برج آزادی"])
        #expect(!completion.closesQuote)
    }

    @Test func commonPrefixNeverSplitsALetter() {
        // م (D9 85) and ن (D9 86) share their first UTF-8 byte; the prefix must stop before both.
        #expect(Completer.commonPrefix(["برج میلاد", "برج نور"]) == "برج ")
        #expect(Completer.commonPrefix(["東京タワー", "東京駅"]) == "東京")
    }

    @Test func arabicYehFindsPersianYehLabelsToList() throws {
        // "ميلاد" typed with Arabic yeh (U+064A) folds to the stored "میلاد" (U+06CC).
        let completion = try #require(try completer().complete(word: "ميلاد", lineBeforeWord: "describe \"برج "))
        #expect(completion.matches == ["برج میلاد"])
    }

    @Test func keywordsPropertiesAndClassesCompleteInBothScripts() throws {
        let c = try completer()
        #expect(c.candidates(for: "wh", quoted: false).contains("where"))
        #expect(c.candidates(for: "loc", quoted: false).contains("location"))
        #expect(c.candidates(for: "Awa", quoted: false).contains("AwardCeremony"))
        #expect(c.candidates(for: "سخن", quoted: false).contains("سخنران"))
        #expect(c.candidates(for: "مراسم", quoted: false).contains("مراسم_جایزه"))
        // Outside quotes an entity is offered with its quotes.
        #expect(c.candidates(for: "Mil", quoted: false).contains("\"Milad Tower\""))
    }

    @Test func variablesAndMetaCommandsComplete() throws {
        let c = try completer()
        #expect(c.candidates(for: "?pl", quoted: false, line: "find ?place where { ?e location ?pl") == ["?place"])
        #expect(c.candidates(for: ".ti", quoted: false, line: ".ti") == [".timer", ".timeline"])
    }
}
