/// Reads the numeric fields of a date written with ASCII, Persian (۰-۹) or Arabic-Indic (٠-٩) digits.
///
/// Dates in the graph are ASCII, but `kh:jalaliDate` is copied from text and may keep Persian digits.
enum DigitParsing {
    /// The decimal value of a run of digits in any script, or nil if any character is not a digit.
    static func integer<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty else { return nil }
        var value = 0
        for character in text {
            guard let digit = character.wholeNumberValue, character.isNumber, (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// `value` zero-padded to `width` ASCII digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let body = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + body : body
    }

    /// ASCII digits in `text` replaced by Persian digits (for dates shown in a Persian page).
    static func persianDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x30 + 0x06F0)! : scalar
        }))
    }
}
