import Foundation
import KheshtText

/// Finds the outlet an article credits in its own words: "به گزارش تابناک تهران،", "به گزارش خبرنگار ایسنا،",
/// "TEHRAN (Tasnim) –", "according to IRNA".
enum OutletMention {
    /// Words that stand between "به گزارش" and the outlet's name and are not part of it.
    private static let persianFillers: Set<String> = Set([
        "خبرنگار", "خبرنگاران", "گروه", "سرویس", "حوزه", "اعزامی", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی",
        "ورزشی", "بین‌الملل", "بین الملل", "بینالملل", "علمی", "دانشگاهی", "استانها", "استان‌ها", "شهری", "پارلمانی",
        "پایگاه", "خبری", "تحلیلی", "اطلاع‌رسانی", "اطلاع رسانی", "خبرگزاری", "روزنامه", "سایت", "وبسایت",
        "وب‌سایت", "هفته‌نامه", "ماهنامه", "شبکه", "رسانه", "از", "the", "news", "agency",
    ].map(TextNormalizer.matchKey))

    /// The outlet credited in the first paragraphs, in the article's language; nil when none is.
    static func outlet(in paragraphs: [String], language: ArticleLanguage) -> String? {
        for paragraph in paragraphs.prefix(3) {
            if let clause = persianCredit(in: paragraph), let name = outletName(inClause: clause, language: language) {
                return name
            }
            if let name = englishCredit(in: paragraph, language: language) { return name }
            if let name = leadingCredit(in: paragraph, language: language) { return name }
        }
        return nil
    }

    /// The words after "به گزارش" up to the first comma.
    private static func persianCredit(in paragraph: String) -> String? {
        // The search below is Foundation's; most paragraphs lack the words, which their bytes show at once (none
        // of the marker's letters has another canonical spelling, so a match needs these very bytes).
        guard paragraph.utf8.contains(subsequence: persianMarker)
            || paragraph.utf8.contains(subsequence: persianMarkerWithNoBreakSpace) else { return nil }
        guard let marker = paragraph.range(of: "به گزارش") ?? paragraph.range(of: "به\u{00A0}گزارش") else {
            return nil
        }
        let rest = paragraph[marker.upperBound...]
        let clause = rest.prefix { $0 != "،" && $0 != "," && $0 != "." && $0 != "؛" && $0 != ":" }
        let trimmed = String(clause).trimmingWhitespace()
        return trimmed.isEmpty || trimmed.count > 80 ? nil : trimmed
    }

    private static func outletName(inClause clause: String, language: ArticleLanguage) -> String? {
        let words = clause.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        // A known outlet anywhere in the clause wins: "خبرنگار سیاسی ایسنا" → ایسنا.
        for start in words.indices {
            let tail = words[start...].joined(separator: " ")
            if let known = KnownOutlets.outlet(namedAtStartOf: tail) {
                return KnownOutlets.name(of: known, in: language)
            }
        }
        let remaining = words.drop { persianFillers.contains(TextNormalizer.matchKey($0)) }
        guard !remaining.isEmpty, remaining.count <= 4 else { return nil }
        return remaining.joined(separator: " ")
    }

    private static let persianMarker = Array("به گزارش".utf8)
    private static let persianMarkerWithNoBreakSpace = Array("به\u{00A0}گزارش".utf8)
    private static let accordingToLetters = Array("according to".utf8)

    nonisolated(unsafe) private static let datelineCredit = try! Regex(#"^\s*[\p{L}\p{N} ,.'-]{0,40}\(([^()]{2,40})\)\s*[-–—:]"#)
    nonisolated(unsafe) private static let accordingTo = try! Regex(#"(?i)according to (?:the )?([^,.;]{2,60})"#)

    /// "خبرگزاری دانشجویان ایران (ایسنا) - آیین ..." : a known outlet named before the first dash.
    private static func leadingCredit(in paragraph: String, language: ArticleLanguage) -> String? {
        let dash: String.Index
        switch CharacterWalk.firstIndex(of: dashes, inFirst: 80, of: paragraph) {
        case .some(.some(let found)):
            dash = found
        case .some(.none):
            return nil
        case .none:
            let head = paragraph.prefix(80)
            guard let found = head.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }) else { return nil }
            dash = found
        }
        return KnownOutlets.outlet(mentionedIn: String(paragraph[..<dash])).map { KnownOutlets.name(of: $0, in: language) }
    }

    private static let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]

    /// Whether `accordingTo` may match: the words' bytes, ASCII case ignored, or a dotted or dotless i, the only
    /// scalars whose case mappings meet the pattern's letters from outside ASCII.
    private static func mayCiteAccordingTo(_ paragraph: String) -> Bool {
        let utf8 = paragraph.utf8
        if utf8.contains(subsequence: [0xC4, 0xB0]) || utf8.contains(subsequence: [0xC4, 0xB1]) { return true }
        return utf8.containsIgnoringASCIICase(accordingToLetters)
    }

    private static func englishCredit(in paragraph: String, language: ArticleLanguage) -> String? {
        // Both patterns need their literal characters: "(" for the dateline, the words for "according to".
        if paragraph.utf8.contains(byte: UInt8(ascii: "(")), let match = paragraph.firstMatch(of: datelineCredit),
           let name = match.output[1].substring {
            let name = String(name).trimmingWhitespace()
            if let known = KnownOutlets.outlet(namedAtStartOf: name) { return KnownOutlets.name(of: known, in: language) }
            return name
        }
        if mayCiteAccordingTo(paragraph), let match = paragraph.firstMatch(of: accordingTo), let clause = match.output[1].substring {
            let words = clause.split(separator: " ").map(String.init)
            for start in words.indices {
                if let known = KnownOutlets.outlet(namedAtStartOf: words[start...].joined(separator: " ")) {
                    return KnownOutlets.name(of: known, in: language)
                }
            }
        }
        return nil
    }
}

extension String.UTF8View {
    /// Whether `byte` occurs.
    func contains(byte: UInt8) -> Bool {
        withContiguousStorageIfAvailable { $0.contains(byte) } ?? contains(byte)
    }

    /// Whether `bytes` occur contiguously.
    func contains(subsequence bytes: [UInt8]) -> Bool {
        containsBytes(bytes, ignoringASCIICase: false)
    }

    /// Whether `bytes` (lower-case ASCII) occur contiguously with ASCII letters in either case.
    func containsIgnoringASCIICase(_ bytes: [UInt8]) -> Bool {
        containsBytes(bytes, ignoringASCIICase: true)
    }

    private func containsBytes(_ needle: [UInt8], ignoringASCIICase: Bool) -> Bool {
        guard !needle.isEmpty else { return true }
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            guard haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) {
                var matched = true
                for offset in 0..<needle.count {
                    var byte = haystack[start + offset]
                    if ignoringASCIICase, byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                    if byte != needle[offset] { matched = false; break }
                }
                if matched { return true }
            }
            return false
        }
        return withContiguousStorageIfAvailable(search) ?? Array(self).withUnsafeBufferPointer(search)
    }
}
