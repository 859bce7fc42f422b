import KheshtQuery
import Testing

/// Errors: position, caret, expected/found, and suggestions ranked by edit distance after normalization.
/// In the queries below `⟨` marks where the caret must point; the marker is removed before running.
@Suite struct QueryErrorTests {
    let engine = QueryEngine(store: NewsDataset.store())

    /// Runs `marked` with its `⟨` removed and checks that the error points at the marker.
    func error(at marked: String) throws -> QueryError {
        let lines = marked.split(separator: "\n", omittingEmptySubsequences: false)
        let lineIndex = try #require(lines.firstIndex { $0.contains("⟨") })
        let column = lines[lineIndex].distance(from: lines[lineIndex].startIndex, to: lines[lineIndex].firstIndex(of: "⟨")!) + 1
        let query = marked.replacingOccurrences(of: "⟨", with: "")
        let error = try QueryTestSupport.error(engine, query)
        #expect(error.line == lineIndex + 1, "\(error)")
        #expect(error.column == column, "\(error)")
        return error
    }

    @Test func misspelledPropertySuggestsNearest() throws {
        let e = try error(at: #"find ?e where { ?e ⟨locaton "برج میلاد" }"#)
        #expect(e.message.contains("unknown property 'locaton'"))
        #expect(e.suggestions.first == "location")
        #expect(e.caretLine == "                   ^^^^^^^")
        #expect(e.description.contains("did you mean: location"))
        #expect(e.found == "'locaton'")
    }

    @Test func sparqlTypedDateSaysTheCalendarFirstForm() throws {
        let e = try error(at: #"find ?e where { ?e startDate ?d . filter(?d >= "1398-08-01"^^⟨jalali) }"#)
        #expect(e.message.contains("calendar first"), "\(e)")
        #expect(e.description.contains("jalali 1398/08/01"), "\(e)")
        #expect(!e.description.contains("did you mean: jalali?"), "\(e)")
        let gregorian = try error(at: #"find ?e where { ?e startDate ?d . filter(?d >= "2019-11-01"^^⟨date) }"#)
        #expect(gregorian.description.contains("date 2019-11-01"), "\(gregorian)")
    }

    @Test func shortNameSuggestsTheOfficialNameHoldingAllItsWords() throws {
        let e = try error(at: #"find ?e where { ?e organizer ⟨"كميته سازمان ملل" }"#)
        #expect(e.suggestions.contains("کمیته اقتصادی و سرمایه‌گذاری سازمان ملل"), "\(e.suggestions)")
    }

    @Test func persianPropertySuggestion() throws {
        let e = try error(at: "find ?e where { ?e ⟨سخنرا ?p }")
        #expect(e.suggestions.contains("سخنران"))
    }

    @Test func unknownEntityIsAnErrorWithSuggestions() throws {
        let e = try error(at: #"find ?e where { ?e location ⟨"برج ميلاد تهران" }"#)
        #expect(e.message.contains("no entity is named"))
        #expect(e.suggestions.contains("برج میلاد"), "\(e.suggestions)")
        let english = try error(at: #"find ?e where { ?e location ⟨"Milad Towr" }"#)
        #expect(english.suggestions.first == "Milad Tower")
        let swapped = try error(at: #"find ?x where { ?x saidBy ⟨"هاشمي محسن" }"#)
        #expect(swapped.suggestions.first == "محسن هاشمی", "same words in another order, Arabic yeh folded")
        let partial = try error(at: #"find ?x where { ?x saidBy ⟨"Hashemi" }"#)
        #expect(partial.suggestions.contains("Mohsen Hashemi"))
    }

    @Test func unknownClassSuggestsBothLanguages() throws {
        let e = try error(at: "find ?e where { ?e a ⟨AwardCeremoni }")
        #expect(e.suggestions.first == "AwardCeremony")
        let fa = try error(at: "find ?e where { ?e a ⟨رویدا }")
        #expect(fa.suggestions.contains("رویداد"))
    }

    @Test func misspelledKeyword() throws {
        let e = try error(at: "⟨fnd ?e where { ?e a Event }")
        #expect(e.suggestions.first == "find")
        #expect(e.expected == "find, describe or explain")
        let w = try error(at: "find ?e ⟨wher { ?e a Event }")
        #expect(w.suggestions == ["where"])
        let tail = try error(at: "find ?e where { ?e a Event } ⟨ordr by ?e")
        #expect(tail.suggestions.contains("order"))
    }

    @Test func multiLineQueryPointsAtTheRightLine() throws {
        let e = try error(at: """
            find ?e ?d
            where {
              ?e a Event ;
                 startDate ?d .
              filter (?d >= ⟨2019-06)
            }
            """)
        #expect(e.message.contains("calendar"))
        #expect(e.sourceLine == "  filter (?d >= 2019-06)")
        #expect(e.expected?.contains("date 2019-06") == true)
    }

    @Test func unknownVariable() throws {
        let e = try error(at: "find ?e ⟨?evnt where { ?e a Event }")
        #expect(e.suggestions == ["?e"])
        let grouped = try error(at: "find ⟨?e (count(?p) as ?n) where { ?e speaker ?p }")
        #expect(grouped.message.contains("not grouped"))
    }

    @Test func lexicalErrors() throws {
        let unterminated = try error(at: #"find ?e where { ?e location ⟨"Milad }"#)
        #expect(unterminated.message.contains("never closed"))
        let badDate = try error(at: "find ?e where { ?e startDate ?d filter (?d in jalali ⟨1398/13) }")
        #expect(badDate.message.contains("not a valid Jalali date"))
        let badDay = try error(at: "find ?e where { ?e startDate jalali ⟨30 اسفند 1398 }")
        #expect(badDay.caretLine.hasSuffix("^^^^^^^^^^^^^"), "the caret spans day, month and year: \(badDay.caretLine)")
        let badChar = try error(at: "find ?e where { ?e a Event ⟨% }")
        #expect(badChar.message.contains("unexpected character"))
        let unclosed = try error(at: "find ?e where { ?e a Event ⟨")
        #expect(unclosed.expected == "'}'")
        #expect(unclosed.found == "end of query")
    }

    @Test func invalidIRIIsRejected() throws {
        let e = try error(at: "find ?e where { ?e ⟨<urn:a\\b> ?x }")
        #expect(e.message.contains("invalid IRI"))
        let prefix = try error(at: "find ?e where { ?e ⟨shema:location ?x }")
        #expect(prefix.suggestions.first == "schema:location")
    }

    @Test func persianCaretCountsCharacters() throws {
        let e = try error(at: #"find ?e where { ?e مکان ⟨"تهرانن" ; a Event }"#)
        #expect(e.suggestions.contains("تهران"))
        #expect(e.caretLine.hasSuffix("^^^^^^^^"), "the caret underlines the quoted name: \(e.caretLine)")
    }
}
