import Testing
@testable import KheshtText

@Suite struct JSONValueTests {
    @Test func objectsKeepMemberOrderAndEscapeWhatJSONRequires() {
        let value = JSONValue.object([
            ("z", .string("خشت \"طلایی\"\n\u{1}\u{2028}")),
            ("a", .array([.integer(4), .bool(true), .null])),
        ])
        #expect(value.compact == #"{"z":"خشت \"طلایی\"\n\u0001\u2028","a":[4,true,null]}"#)
        #expect(value.pretty() == """
            {
              "z": "خشت \\"طلایی\\"\\n\\u0001\\u2028",
              "a": [
                4,
                true,
                null
              ]
            }
            """)
        #expect(JSONValue.array([]).pretty() == "[]")
    }

    @Test func lexicalNumbersBecomeJSONNumbersOnlyWhenValid() {
        #expect(JSONValue.number(fromLexical: "42") == .number("42"))
        #expect(JSONValue.number(fromLexical: "+3.5e2") == .number("3.5e2"))
        #expect(JSONValue.number(fromLexical: "007") == .number("7"))
        #expect(JSONValue.number(fromLexical: "1.") == .number("1"))
        #expect(JSONValue.number(fromLexical: "NaN") == nil)
        #expect(JSONValue.number(fromLexical: "INF") == nil)
        #expect(JSONValue.number(fromLexical: "۴۲") == nil)
    }
}
