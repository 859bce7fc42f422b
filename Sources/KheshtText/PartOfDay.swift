/// A named part of a day ("صبح", "عصر", "evening"): finer than a day, vaguer than a clock time, so it is kept
/// beside a day-precision date rather than turned into an invented hour.
public enum PartOfDay: String, Sendable, Hashable, CaseIterable {
    case dawn, morning, noon, afternoon, evening, night

    /// The part of day a folded word names, Persian or English.
    public static func named(_ word: String) -> PartOfDay? { lookup[TextNormalizer.labelKey(word)] }

    static let lookup: [String: PartOfDay] = {
        let entries: [(String, PartOfDay)] = [
            ("بامداد", .dawn), ("سحر", .dawn), ("سحرگاه", .dawn), ("dawn", .dawn),
            ("صبح", .morning), ("صبحگاه", .morning), ("morning", .morning),
            ("ظهر", .noon), ("noon", .noon), ("midday", .noon),
            ("بعدازظهر", .afternoon), ("afternoon", .afternoon),
            // "عصر" is late afternoon into early evening; English reports render it "evening".
            ("عصر", .evening), ("شامگاه", .evening), ("غروب", .evening), ("evening", .evening),
            ("شب", .night), ("نیمهشب", .night), ("night", .night), ("midnight", .night),
        ]
        var table: [String: PartOfDay] = [:]
        for (word, part) in entries { table[TextNormalizer.labelKey(word)] = part }
        return table
    }()
}
