import Testing
@testable import KheshtREPL

@Suite struct StatementScannerTests {
    @Test func semicolonInsideBracesContinuesTheStatement() {
        var scanner = StatementScanner()
        #expect(scanner.add("find ?e where { ?e a Event ;") == nil)
        #expect(scanner.add("  startDate ?d }") == nil)
        #expect(scanner.add("order by ?d;") == "find ?e where { ?e a Event ;\n  startDate ?d }\norder by ?d")
        #expect(scanner.isEmpty)
    }

    @Test func aBlankLineEndsTheStatement() {
        var scanner = StatementScanner()
        #expect(scanner.add("describe \"برج میلاد\"") == nil)
        #expect(scanner.add("   ") == "describe \"برج میلاد\"")
        #expect(scanner.add("") == nil)
    }

    @Test func stringsIRIsAndCommentsDoNotCount() {
        var scanner = StatementScanner()
        #expect(scanner.add(#"find ?e where { ?e text "}; {" ; <http://www.w3.org/2000/01/rdf-schema#label> ?l"#) == nil)
        #expect(scanner.add("} # done; really") == nil)
        #expect(scanner.add("limit 3 ; # the end") != nil)
    }

    @Test func historyEntriesAreOneLineWithoutComments() {
        let text = "find ?e where { # events\n  ?e a Event }"
        #expect(StatementScanner.singleLine(text) == "find ?e where {    ?e a Event }")
    }

    @Test func flushReturnsWhatIsPending() {
        var scanner = StatementScanner()
        _ = scanner.add("find ?e where { ?e a Event }")
        #expect(scanner.flush() == "find ?e where { ?e a Event }")
        #expect(scanner.flush() == nil)
    }
}
