import Foundation
import Testing
@testable import KheshtIngest

/// The readers' hand-written scanners against the `Character`-level and `Regex` definitions they replace: the
/// same answers on generated text that mixes the pieces those definitions care about.
@Suite("Reading: fast scanners agree with their definitions")
struct ReadingScannerTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    /// Pieces of dates, times and their surroundings, including the characters that push the scanner off its
    /// fast path (a combining tanween, ZWJ, a Kelvin sign).
    static let datePieces: [String] = [
        "0", "1", "2", "3", "9", "12", "03", "31", "123", "2019", "1398", "13980", "19", "۱۲", "۱۳۹۸", "۰۳", "٢٠١٩",
        "-", "/", ".", ":", " ", "  ", ",", "t", "T", "z", "Z", "+", "+03:30", "-0500", "+0330", "x", "a",
        "آبان", "مهر", "مه", "دی", "اسفند", "ژانویه", "November", "nov", "Nov.", "sept", "sep", "september", "MAY",
        "march", "st", "nd", "rd", "th", "ماه ", "سال ", "am", "pm", "a.m.", "p.m.", "ق.ظ", "ب.ظ", "gmt", "UTC", "ut",
        "est", "irst", "irdt", "ساعت", "«", "»", "(", "\u{00A0}", "\u{200C}", "\n", "\u{064B}", "\u{200D}", "\u{212A}",
        "ﻙ", "ي", "10:27", "10 : 27", "2019-11-03", "1398/08/12", "T10:27:00", ".123", "utcx",
    ]

    static func generatedDateTexts(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            let length = 1 + Int(generator.next() % 12)
            return (0..<length).map { _ in generator.pick(datePieces) }.joined()
        }
    }

    @Test func dateShapeScannerFindsWhatTheRegularExpressionsFind() {
        var scanned = 0
        let written = [
            "2019-11-03 10:27:555", "2019-11-03 10:27:55 123", "2019-11-03T10:27:00.123 +03:30x", "2019-11-03 10:27 z5",
            "2019-11-03 10:27   +0330", "2019-11-03 10:27 5", "2019-11-03-2019-11-04", "12345-11-03", "13980/08/12",
            "3rd nov, 2019", "3 sept. 2019", "۳ مهر ماه سال ۱۳۹۸", "۱۲ - آبان - ۱۳۹۸", "November 3rd, 2019",
            "10 : 27 a.m. GMT", "۱۰:۲۷ ق.ظ", "10:27 +05:0", "1:2 3:45:6", "10:27gmtx", "25:00 10:27", "«۱۲ آبان ۱۳۹۸»",
        ]
        for text in written + Self.generatedDateTexts(count: 3_000, seed: 7) {
            let folded = PublicationDateParser.folded(Array(text.unicodeScalars))
            guard DateShapeScanner.canScan(folded) else { continue }
            scanned += 1
            var view = String.UnicodeScalarView()
            view.append(contentsOf: folded)
            let foldedText = String(view)
            let scanner = DateShapeScanner(folded)
            for shape in DateShape.allCases {
                let expected = PublicationDateParser.regexMatches(of: shape, in: foldedText)
                #expect(scanner.matches(shape) == expected, "\(shape) in \(text.debugDescription)")
            }
        }
        #expect(scanned > 1_500)
    }

    @Test func parsedDatesAgreeWithTheRegularExpressionReading() {
        let texts = Self.generatedDateTexts(count: 2_000, seed: 11) + [
            "۱۲ آبان ۱۳۹۸ - ۱۰:۲۷ 03 November 2019", "يکشنبه ۱۲ آبان ماه ۱۳۹۸ ساعت ۲۲:۰۵", "November 3, 2019 10:27 PM",
            "2019-11-03 10:27:555", "2019-11-03 10:27:55 123", "2019-11-03T10:27:00.123 +03:30x", "10:27 utcx",
            "۱۲ آبان\u{064B} ۱۳۹۸", "3rd nov, 2019", "1398/8/12/5",
        ]
        for text in texts {
            let fast = PublicationDateParser.parse(text, usingRegularExpressions: false)
            let reference = PublicationDateParser.parse(text, usingRegularExpressions: true)
            #expect(fast == reference, "\(text.debugDescription)")
        }
    }

    @Test func standaloneScalarsAreCharactersOfTheirOwn() {
        let neighbours: [Unicode.Scalar] = ["a", "1", " ", "-", "\u{0628}", "\u{06F1}", "\u{00E9}", "\u{2014}"]
        var checked = 0
        for value in UInt32(0)...0x2100 where StandaloneScalar.contains(value) {
            let scalar = Unicode.Scalar(value)!
            let alone = String(scalar)
            #expect(alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]),
                    "U+\(String(value, radix: 16)) changes under NFC")
            for neighbour in neighbours + [scalar] {
                #expect((alone + String(neighbour)).count == 2, "U+\(String(value, radix: 16)) joins what follows")
                #expect((String(neighbour) + alone).count == 2, "U+\(String(value, radix: 16)) joins what precedes")
            }
            checked += 1
        }
        #expect(checked > 900)
    }

    static let linePieces: [String] = [
        "a", "ب", " ", "\n", "\r", "\r\n", "\u{000B}", "\u{000C}", "\u{0085}", "\u{2028}", "\u{2029}", "\u{0301}",
        "\u{200C}", "\n\u{0301}", "é", "۱۲", "\t", "\u{00A0}",
    ]

    @Test func lineSplittingMatchesCharacterNewlines() {
        var generator = Generator(state: 3)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 16)).map { _ in generator.pick(Self.linePieces) }.joined()
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map(String.init)
            #expect(PlainTextArticleReader.lines(of: text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func trimmingKeepsWhatTheScalarRuleKeeps() {
        var generator = Generator(state: 5)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 8)).map { _ in generator.pick(Self.linePieces) }.joined()
            let scalars = text.unicodeScalars
            let kept: (Unicode.Scalar) -> Bool = { !$0.properties.isWhitespace && $0 != "\u{200C}" }
            var expected = ""
            if let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) {
                expected = String(scalars[first...last])
            }
            #expect(text.trimmingWhitespace() == expected, "\(text.debugDescription)")
        }
    }

    static let formatPieces: [String] = [
        "text ", "متن ", "<p>", "<P ", "<DIV", "<br/>", "<html>", "<rss>", "<feed>", "<?xml version='1.0'?>",
        "<!doctype html>", "<!-- c -->", "<", "p", ">", " ", "\n", "\u{00A0}", "\u{0301}", "\u{0600}", "\u{0130}",
        "\u{212A}", "ب", "<h1", "<article", "<body",
    ]

    @Test func formatDetectionAgreesWithTheCharacterRules() {
        var generator = Generator(state: 9)
        for _ in 0..<3_000 {
            let text = (0..<Int(1 + generator.next() % 6)).map { _ in generator.pick(Self.formatPieces) }.joined()
            #expect(ArticleFormat.detect(text) == ArticleFormat.detectByCharacters(text, pathExtension: ""),
                    "\(text.debugDescription)")
        }
        // A tag past the first 4096 scalars does not count.
        let late = String(repeating: "ب", count: 4_096) + "<p>"
        #expect(ArticleFormat.detect(late) == .plainText)
        #expect(ArticleFormat.detect(String(repeating: "ب", count: 4_093) + "<p>") == .html)
    }

    static let walkPieces: [String] = [
        "a", "ب", "ی", " ", "-", "–", "—", "\u{200C}", "\u{0301}", "\u{064B}", "\u{0600}", "\r\n", "é", "۱",
        "\u{200D}", "👍🏽", "«", ":",
    ]

    @Test func characterWalkCountsAndFindsAsCharactersDo() {
        var generator = Generator(state: 13)
        let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]
        for _ in 0..<3_000 {
            let text = (0..<Int(generator.next() % 14)).map { _ in generator.pick(Self.walkPieces) }.joined()
            for limit in [0, 1, 3, 6, 10] {
                #expect(text.hasAtMost(limit) == (text.count <= limit), "\(text.debugDescription) ≤ \(limit)")
                if let walked = CharacterWalk.firstIndex(of: dashes, inFirst: limit, of: text) {
                    let head = text.prefix(limit)
                    let expected = head.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" })
                    #expect(walked == expected, "\(text.debugDescription) dash in \(limit)")
                }
            }
        }
    }
}
