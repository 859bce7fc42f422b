import KheshtQuery
import Testing
import KheshtText
@testable import KheshtREPL

@Suite struct QueryErrorDisplayTests {
    func error(_ text: String) -> QueryError? {
        do { try QueryEngine.checkSyntax(text); return nil } catch { return error }
    }

    @Test func caretCountsTerminalCellsNotCharacters() throws {
        // Two CJK characters before the mistake take two cells each: the caret must move two cells further
        // than the character count says.
        let text = "find ?e where { ?e text \"東京\" ; ?? }"
        let e = try #require(error(text))
        let caret = QueryErrorDisplay(style: .plain).caretLine(e)
        let prefix = String(Array(e.sourceLine).prefix(e.column - 1))
        #expect(caret.prefix { $0 == " " }.count == DisplayWidth.of(prefix))
        #expect(DisplayWidth.of(prefix) == e.column - 1 + 2)
        #expect(caret.hasSuffix("^"))
    }

    @Test func colouredOnlyWhenAsked() throws {
        let e = try #require(error("find ?e wher { }"))
        #expect(!QueryErrorDisplay(style: .plain).render(e).contains("\u{1B}["))
        #expect(QueryErrorDisplay(style: .colored).render(e).contains("\u{1B}[1;31merror at 1:9"))
    }

    @Test func noColorDisablesColourEvenOnATerminal() {
        #expect(!TerminalStyle.forOutput(isTerminal: true, environment: ["NO_COLOR": "1"]).enabled)
        #expect(TerminalStyle.forOutput(isTerminal: true, environment: [:]).enabled)
        #expect(!TerminalStyle.forOutput(isTerminal: false, environment: [:]).enabled)
    }
}
