import Foundation
import Testing
import KheshtText

@Suite struct JalaliCalendarTests {
    @Test func knownDatesConvertBothWays() {
        let publication = JalaliDate(year: 1398, month: 8, day: 12)
        #expect(publication.gregorian == GregorianDate(year: 2019, month: 11, day: 3))
        #expect(publication.weekday == .sunday)
        #expect(JalaliDate(GregorianDate(year: 2019, month: 11, day: 2)) == JalaliDate(year: 1398, month: 8, day: 11))
        #expect(JalaliDate(year: 1354, month: 1, day: 1).gregorian == GregorianDate(year: 1975, month: 3, day: 21))
        #expect(JalaliDate(year: 1403, month: 12, day: 30).gregorian == GregorianDate(year: 2025, month: 3, day: 20))
        #expect(JalaliDate(GregorianDate(year: 2025, month: 3, day: 21)) == JalaliDate(year: 1404, month: 1, day: 1))
        #expect(GregorianDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(GregorianDate(dayNumber: -1) == GregorianDate(year: 1969, month: 12, day: 31))
        #expect(GregorianDate(year: 2000, month: 3, day: 1).dayNumber - GregorianDate(year: 2000, month: 2, day: 28).dayNumber == 2)
        #expect(GregorianDate(year: 1970, month: 1, day: 1).weekday == .thursday)
    }

    @Test func validityChecks() {
        #expect(JalaliDate(validYear: 1399, month: 12, day: 30) != nil)   // 1399 is leap (1399 mod 33 = 13)
        #expect(JalaliDate(validYear: 1398, month: 12, day: 30) == nil)
        #expect(JalaliDate(validYear: 1398, month: 7, day: 31) == nil)
        #expect(JalaliDate(validYear: 1398, month: 6, day: 31) != nil)
        #expect(JalaliDate(validYear: 1398, month: 13, day: 1) == nil)
        #expect(GregorianDate(validYear: 1900, month: 2, day: 29) == nil)
        #expect(GregorianDate(validYear: 2000, month: 2, day: 29) != nil)
    }

    @Test func monthNamesInAnySpelling() {
        #expect(JalaliCalendar.month(named: "ارديبهشت") == 2)     // Arabic yeh
        #expect(JalaliCalendar.month(named: "اردیبهشت") == 2)
        #expect(JalaliCalendar.month(named: "آبان") == 8)
        #expect(JalaliCalendar.month(named: "امرداد") == 5)
        #expect(JalaliCalendar.month(named: "Esfand") == 12)
        #expect(JalaliCalendar.month(named: "نوامبر") == nil)
        #expect(Weekday.named("سه شنبه") == .tuesday)
        #expect(Weekday.named("پنج‌شنبه") == .thursday)
        #expect(Weekday.named("يكشنبه") == .sunday)
    }

    @Test func dayNumbersRoundTripOverSixCenturies() {
        let start = GregorianDate(year: 1800, month: 1, day: 1).dayNumber
        let end = GregorianDate(year: 2400, month: 1, day: 1).dayNumber
        var previous = JalaliDate(dayNumber: start - 1)
        for number in start..<end {
            let jalali = JalaliDate(dayNumber: number)
            #expect(jalali.isValid)
            #expect(jalali.dayNumber == number)
            #expect(GregorianDate(dayNumber: number).dayNumber == number)
            #expect(previous < jalali)
            if jalali.dayNumber != number { return }
            previous = jalali
        }
    }

    /// Every day of 1300–1500 AP must agree with the `jdatetime` package, run from the project's venv.
    @Test func agreesWithJdatetimeOn1300Through1500() throws {
        let lines = try ReferencePython.run(script: "jalali_days.py").split(separator: "\n")
        #expect(lines.count == JalaliDate(year: 1501, month: 1, day: 1).dayNumber
            - JalaliDate(year: 1300, month: 1, day: 1).dayNumber)
        var mismatches: [String] = []
        for line in lines {
            let fields = line.split(separator: " ").map { $0.split(separator: "-").compactMap { Int($0) } }
            guard fields.count == 2, fields[0].count == 3, fields[1].count == 3 else {
                Issue.record("unreadable line from jalali_days.py: \(line)")
                return
            }
            let jalali = JalaliDate(year: fields[0][0], month: fields[0][1], day: fields[0][2])
            let gregorian = GregorianDate(year: fields[1][0], month: fields[1][1], day: fields[1][2])
            if jalali.gregorian != gregorian || JalaliDate(gregorian) != jalali || !jalali.isValid {
                mismatches.append("\(line) (ours: \(jalali.gregorian), \(JalaliDate(gregorian)))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) days differ, first: \(mismatches.prefix(5))")
    }

    /// A second, independent reference: ICU's Persian calendar behind Foundation agrees on every day of 1300–1500.
    @Test func agreesWithFoundationPersianCalendar() {
        var calendar = Calendar(identifier: .persian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var mismatches = 0
        let first = JalaliDate(year: 1300, month: 1, day: 1).dayNumber
        let last = JalaliDate(year: 1501, month: 1, day: 1).dayNumber
        for number in first..<last {
            let noon = Date(timeIntervalSince1970: TimeInterval(number) * 86_400 + 43_200)
            let parts = calendar.dateComponents([.year, .month, .day], from: noon)
            let ours = JalaliDate(dayNumber: number)
            if parts.year != ours.year || parts.month != ours.month || parts.day != ours.day { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }
}
