import Foundation
import Testing
@testable import KheshtText

@Suite struct WhitespaceTrimmingTests {
    /// Every BMP scalar, alone, between spaces and around a word, trims as Foundation's `.whitespaces` trims it.
    @Test func agreesWithFoundationOnEveryBMPScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for text in [c, " \(c) ", "\(c)x\(c)", "\t\(c)ب\u{200C}\(c)\u{3000}"] {
                if text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespaces)
                    || text.trimmingWhitespace().utf8.count != text.trimmingCharacters(in: .whitespaces).utf8.count {
                    disagreements.append(value)
                }
            }
        }
        #expect(disagreements.isEmpty, "scalars trimmed differently: \(disagreements.prefix(20).map { String($0, radix: 16) })")
    }

    /// A space before a combining mark is trimmed and the mark kept, by scalars, as Foundation does.
    @Test func trimsSpacesBesideCombiningMarksByScalar() {
        for text in [" \u{0653}آ ", "\u{00A0}ا\u{0654} \u{0301}", "  ", "", "\u{2009}کتاب\u{200C}ها\u{202F}"] {
            #expect(Array(text.trimmingWhitespace().unicodeScalars)
                    == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        }
        #expect(" x\t"[...].trimmingWhitespace() == "x")
    }
}
