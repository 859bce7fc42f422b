import Foundation
import KheshtQuery
import Testing

/// Seeded random inputs: token soups and mutations of valid queries. The parser must return or throw a
/// `QueryError` whose position lies inside the text — never crash, never hang — and the engine must survive
/// running whatever parses.
@Suite struct ParserFuzzTests {
    /// SplitMix64: small, fast and the same on every platform, so a failing seed can be replayed.
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

    static let vocabulary: [String] = [
        "find", "select", "where", "distinct", "optional", "not", "filter", "union", "group", "by", "order", "limit",
        "offset", "with", "sources", "describe", "explain", "sparql", "as", "asc", "desc", "a", "in", "between", "and",
        "or", "date", "jalali", "entity", "count", "min", "max", "sum", "avg", "sample", "lang", "contains", "bound",
        "{", "}", "(", ")", ".", ";", ",", "*", "+", "/", "|", "^", "!", "=", "!=", "<", "<=", ">", ">=", "&&", "||",
        "?", "^^", "@fa", "@", "$", "?e", "?date", "?n", "?مکان", "$x", "location", "startDate", "speaker",
        "containedInPlace", "roleName", "مکان", "سخنران", "Event", "AwardCeremony", "رویداد", "schema:location",
        "kh:speaker", "zz:q", "<https://schema.org/location>", "<bad iri>", "<", ">", "\"برج میلاد\"", "\"Milad Tower\"",
        "\"unterminated", "\"esc\\q\"", "\"\\u06", "'x'", "1398", "۱۳۹۸/۰۸", "2019-11-02", "2019-13", "1398/12/30", "-5",
        "3.5", "0", "99999999999999999999", "#comment\n", "\n", "\t", "\u{200C}", "\u{FEFF}", "٫", "🙂", "\\", "%", "`",
    ]

    static let seeds: [String] = SPARQLDifferentialTests.cases.map(\.query) + [
        #"describe "برج میلاد""#, "explain find ?e where { ?e a Event }", "explain sparql find ?e where { ?e a Event }",
    ]

    static func soup(_ rng: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...30, using: &rng)
        var text = ""
        for _ in 0..<count {
            text += vocabulary.randomElement(using: &rng)!
            text += ["", " ", " ", "\n"].randomElement(using: &rng)!
        }
        return text
    }

    static func mutate(_ query: String, _ rng: inout SeededGenerator) -> String {
        var chars = Array(query)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !chars.isEmpty else { break }
            let at = Int.random(in: 0..<chars.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: chars.removeSubrange(at..<min(chars.count, at + Int.random(in: 1...6, using: &rng)))
            case 1: chars.insert(contentsOf: Array(vocabulary.randomElement(using: &rng)!), at: at)
            case 2: chars.insert(Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &rng))), at: at)
            case 3:
                let other = Int.random(in: 0..<chars.count, using: &rng)
                chars.swapAt(at, other)
            case 4: chars = Array(chars[..<at])
            default:
                let end = min(chars.count, at + Int.random(in: 1...10, using: &rng))
                chars.insert(contentsOf: chars[at..<end], at: at)
            }
        }
        return String(chars)
    }

    /// Parses `text`; on error, checks the reported position points inside the text.
    static func check(_ text: String) -> Bool {
        do {
            try QueryEngine.checkSyntax(text)
            return true
        } catch {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(error.line >= 1 && error.line <= max(1, lines.count), "line out of range for \(text.debugDescription): \(error)")
            if error.line <= lines.count {
                #expect(error.column >= 1 && error.column <= lines[error.line - 1].count + 1, "column out of range for \(text.debugDescription)")
            }
            #expect(!error.description.isEmpty)
            return false
        }
    }

    @Test func tokenSoupsNeverCrashTheParser() {
        var rng = SeededGenerator(state: 0x4B48_4553_4854)
        let clock = ContinuousClock()
        var slowest = Duration.zero
        var accepted = 0
        for _ in 0..<3000 {
            let text = Self.soup(&rng)
            let elapsed = clock.measure { if Self.check(text) { accepted += 1 } }
            slowest = max(slowest, elapsed)
        }
        #expect(slowest < .seconds(1), "one parse took \(slowest)")
        #expect(accepted < 3000)
    }

    @Test func mutatedQueriesNeverCrashParserOrEngine() throws {
        var rng = SeededGenerator(state: 1398)
        let engine = QueryEngine(store: NewsDataset.store())
        let clock = ContinuousClock()
        var slowest = Duration.zero
        var parsed = 0, ran = 0
        for i in 0..<3000 {
            let text = Self.mutate(Self.seeds.randomElement(using: &rng)!, &rng)
            let elapsed = clock.measure {
                if Self.check(text) {
                    parsed += 1
                    // Run a share of what parses: binder, planner and evaluator must fail cleanly too.
                    if i % 3 == 0 {
                        ran += 1
                        _ = try? engine.run(text)
                    }
                }
            }
            slowest = max(slowest, elapsed)
        }
        #expect(slowest < .seconds(2), "one input took \(slowest)")
        #expect(parsed > 100, "mutations should leave some queries valid (\(parsed))")
        #expect(ran > 30)
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let deep = "find ?e where { ?e a Event filter (" + String(repeating: "(", count: 50_000) + "?e" + String(repeating: ")", count: 50_000) + ") }"
        #expect(throws: QueryError.self) { try QueryEngine.checkSyntax(deep) }
        let groups = "find ?e where " + String(repeating: "{ ", count: 20_000) + String(repeating: "} ", count: 20_000)
        #expect(throws: QueryError.self) { try QueryEngine.checkSyntax(groups) }
        let paths = "find ?e where { ?e " + String(repeating: "^ ", count: 50_000) + "location ?x }"
        #expect(throws: QueryError.self) { try QueryEngine.checkSyntax(paths) }
        let negations = "find ?e where { ?e a Event filter (" + String(repeating: "!", count: 50_000) + "?e) }"
        #expect(throws: QueryError.self) { try QueryEngine.checkSyntax(negations) }
    }
}
