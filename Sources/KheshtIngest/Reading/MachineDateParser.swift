/// The two machine-written date forms of feeds and meta tags, read by hand because they are most of the dates a
/// feed holds and a regular-expression scan of each would dominate the time to read it:
/// ISO 8601 / RFC 3339 ("2019-11-03T10:27:00+03:30") and RFC 822 / 1123 ("Sun, 03 Nov 2019 10:27:00 +0330").
///
/// Related spec: RFC 3339 section 5.6, RFC 822 section 5 (with four-digit years as RFC 1123 allows).
enum MachineDateParser {
    static func parse(_ text: String) -> PublicationDate? {
        let trimmed = text.trimmingWhitespace()
        // A character is ASCII when all its bytes are; the byte test comes first as the cheaper one.
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 < 0x80 }), trimmed.hasAtMost(64) else { return nil }
        return iso8601(trimmed) ?? rfc822(trimmed)
    }

    private static func iso8601(_ text: String) -> PublicationDate? {
        let chars = Array(text.utf8)
        var index = 0
        func number(_ length: Int) -> Int? {
            guard index + length <= chars.count else { return nil }
            var value = 0
            for byte in chars[index..<(index + length)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += length
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < chars.count, chars[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var result = PublicationDate(rawGregorian: text, gregorian: CalendarDay(year: year, month: month, day: day))
        if (1200...1599).contains(year) {
            result = PublicationDate(rawJalali: text, jalali: CalendarDay(year: year, month: month, day: day))
        }
        guard index < chars.count else { return result }
        guard expect(84) || expect(116) || expect(32), let hour = number(2), expect(58), let minute = number(2),
              hour <= 23, minute <= 59 else { return nil }
        var second: Int?
        if expect(58) {
            second = number(2)
            guard second != nil else { return nil }
            if expect(46) { while index < chars.count, (48...57).contains(chars[index]) { index += 1 } }
        }
        result.time = TimeOfDay(hour: hour, minute: minute, second: second)
        result.rawTime = text
        let zone = String(decoding: chars[index...], as: UTF8.self).trimmingWhitespace()
        if !zone.isEmpty {
            guard let offset = PublicationDateParser.zoneOffset(zone.lowercased()) else { return nil }
            result.utcOffsetMinutes = offset
        }
        return result
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func rfc822(_ text: String) -> PublicationDate? {
        var tokens = text.lowercased().split(separator: " ").map(String.init)
        if let first = tokens.first, first.hasSuffix(",") { tokens.removeFirst() }
        guard tokens.count >= 3, tokens.count <= 5, let day = Int(tokens[0]), (1...31).contains(day),
              let monthIndex = months.firstIndex(of: String(tokens[1].prefix(3))), tokens[1].count <= 9,
              var year = Int(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let dateEnd = text.split(separator: " ").prefix(tokens.count == text.split(separator: " ").count ? 3 : 4)
        var result = PublicationDate(rawGregorian: dateEnd.joined(separator: " "),
                                     gregorian: CalendarDay(year: year, month: monthIndex + 1, day: day))
        guard tokens.count >= 4 else { return result }
        let parts = tokens[3].split(separator: ":").map { Int($0) }
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }), let hour = parts[0],
              let minute = parts[1], hour <= 23, minute <= 59 else { return nil }
        result.time = TimeOfDay(hour: hour, minute: minute, second: parts.count == 3 ? parts[2] : nil)
        result.rawTime = text.split(separator: " ").suffix(tokens.count - 3).joined(separator: " ")
        if tokens.count == 5 {
            guard let offset = PublicationDateParser.zoneOffset(tokens[4]) else { return nil }
            result.utcOffsetMinutes = offset
        }
        return result
    }
}
