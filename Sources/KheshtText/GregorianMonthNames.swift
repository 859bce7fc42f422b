/// Gregorian month names as English and Persian news write them.
public enum GregorianMonthNames {
    public static let english = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Persian transliterations, January first.
    public static let persian = [
        "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
    ]

    /// The month (1–12) a word names: full English names, three-letter abbreviations ("Sept" too), and Persian
    /// spellings with their variants ("می", "جولای", "آگوست"); nil otherwise.
    public static func month(named word: String) -> Int? { lookup[TextNormalizer.labelKey(word)] }

    static let lookup: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in english.enumerated() {
            table[TextNormalizer.labelKey(name)] = index + 1
            table[TextNormalizer.labelKey(String(name.prefix(3)))] = index + 1
        }
        for (index, name) in persian.enumerated() { table[TextNormalizer.labelKey(name)] = index + 1 }
        let variants: [(String, Int)] = [
            ("sept", 9), ("ژانویهٔ", 1), ("فبریه", 2), ("آپریل", 4), ("می", 5), ("جون", 6), ("ژوئیهٔ", 7),
            ("جولای", 7), ("آگوست", 8), ("اگوست", 8), ("اوگوست", 8), ("سپتامبر", 9), ("اکتبر", 10),
            ("نوامبر", 11), ("نووامبر", 11), ("دسامبر", 12),
        ]
        for (name, month) in variants { table[TextNormalizer.labelKey(name)] = month }
        return table
    }()
}
