import KheshtText

/// The Jalali (Solar Hijri) form of a Gregorian `xsd:date`, as Persian readers expect to see it beside the
/// Gregorian one. The conversion is KheshtText's, the same one extraction and queries use.
public enum JalaliText {
    /// "۱۲ آبان ۱۳۹۸" for "2019-11-03" (a time zone suffix is ignored); nil when `lexical` is not a valid date.
    public static func persian(ofDate lexical: String) -> String? {
        guard let jalali = jalaliDate(lexical) else { return nil }
        return "\(persianDigits(jalali.day)) \(jalali.monthName) \(persianDigits(jalali.year))"
    }

    /// "1398-08-12" for "2019-11-03".
    public static func iso(ofDate lexical: String) -> String? {
        jalaliDate(lexical)?.description
    }

    /// An integer in Persian digits (۰–۹).
    public static func persianDigits(_ value: Int) -> String {
        String(String(value).map { c -> Character in
            guard let d = c.wholeNumberValue, let scalar = Unicode.Scalar(0x06F0 + UInt32(d)) else { return c }
            return Character(scalar)
        })
    }

    private static func jalaliDate(_ lexical: String) -> JalaliDate? {
        let day = lexical.prefix(10)
        let parts = day.split(separator: "-")
        guard day.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let gregorian = GregorianDate(validYear: y, month: m, day: d) else { return nil }
        let rest = lexical.dropFirst(10)
        guard rest.isEmpty || rest == "Z" || rest.first == "+" || rest.first == "-" else { return nil }
        return JalaliDate(gregorian)
    }
}
