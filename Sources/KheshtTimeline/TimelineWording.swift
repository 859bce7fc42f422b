/// The few words the renderers write, in the timeline's language.
struct TimelineWording {
    let language: TimelineLanguage

    private func pick(_ fa: String, _ en: String) -> String { language == .fa ? fa : en }

    func eventCount(_ count: Int) -> String {
        language == .fa ? "\(DigitParsing.persianDigits(String(count))) رویداد" : "\(count) event\(count == 1 ? "" : "s")"
    }

    func undatedCount(_ count: Int) -> String {
        language == .fa ? "\(DigitParsing.persianDigits(String(count))) رویداد بی‌تاریخ (رسم نشده)"
                        : "\(count) without a date (not drawn)"
    }

    var undatedHeading: String { pick("رویدادهای بی‌تاریخ", "Events without a date") }
    var sources: String { pick("منابع", "Sources") }
    var participants: String { pick("حاضران", "With") }
    var place: String { pick("مکان", "Place") }
    var jalali: String { pick("خورشیدی", "Jalali") }
    var gregorian: String { pick("میلادی", "Gregorian") }

    /// "sentence 3", "sentences 3, 11" (indexes are zero-based, as in the provenance records).
    func sentences(_ indexes: [Int]) -> String {
        let list = indexes.map(String.init).joined(separator: language == .fa ? "، " : ", ")
        if language == .fa { return (indexes.count == 1 ? "جملهٔ " : "جمله‌های ") + DigitParsing.persianDigits(list) }
        return (indexes.count == 1 ? "sentence " : "sentences ") + list
    }

    func number(_ value: Int) -> String {
        language == .fa ? DigitParsing.persianDigits(String(value)) : String(value)
    }

    /// Why a date is drawn as a stretch: the honest note beside a partial date.
    func partialNote(for date: EventDate) -> String? {
        guard date.isPartial else { return nil }
        if date.start == nil && !date.gregorianIsDerived {
            return pick("فقط تاریخ خورشیدی؛ سال میلادی تقریبی", "Jalali date only; Gregorian years approximate")
        }
        switch date.precision {
        case .year: return pick("فقط سال معلوم است", "year only")
        case .month: return pick("فقط ماه معلوم است", "month only")
        case .day, .time: return pick("تاریخ ناقص", "partial date")
        }
    }

    /// Where the sources or the calendars disagree about a date: one note each, empty when all agree.
    func disagreementNotes(for date: EventDate) -> [String] {
        var notes: [String] = []
        if !date.alternativeStarts.isEmpty {
            let list = date.alternativeStarts.map(\.isoText).joined(separator: ", ")
            notes.append(pick("منابع دیگر: \(list)", "other sources say \(list)"))
        }
        if let stored = date.conflictingJalali {
            notes.append(pick("تاریخ خورشیدی ثبت‌شده \(stored.persianText) با تاریخ میلادی نمی‌خواند",
                              "stored Jalali date \(stored.isoText) does not match the Gregorian date"))
        }
        return notes
    }

    func role(_ role: String) -> String {
        guard language == .fa else { return role }
        switch role {
        case "host": return "میزبان"
        case "chair": return "رئیس"
        case "speaker": return "سخنران"
        case "organizer": return "برگزارکننده"
        case "attendee": return "حاضر"
        case "recipient": return "برنده"
        default: return role
        }
    }
}
