extension DateExpressionScanner {
    /// The words and marks the scanner's patterns test for. Each has one bit, so "is this token one of
    /// گذشته, قبل, پیش?" is a mask test on facts worked out once per token instead of a `Set<String>` built and
    /// hashed at every token for every pattern.
    static let vocabulary: [String] = [
        "روز", "on", "st", "nd", "rd", "th", "ام", "م", "ماه", "سال", "of", "تا", "to", "and", "in", "year",
        "since", "until", "گذشته", "قبل", "پیش", "آینده", "بعد", "جاری", "this", "last", "night", "next", "month",
        "past", "coming", "از", "ظهر", "نیمه", "شب", "پس", "فردا", "هفته", "امسال", "پارسال", "یک", "دو", "سه",
        "چهار", "پنج", "شنبه", "may", "march", "mar", "ساعت", "at", "در",
        ".", ",", "،", ":", "/", "-", "–", "—", "|",
    ]

    /// A set of vocabulary entries as a bit mask.
    struct WordSet: Sendable {
        let bits: UInt64

        init(_ words: [String]) {
            var bits: UInt64 = 0
            for word in words {
                guard let index = DateExpressionScanner.vocabulary.firstIndex(of: word) else {
                    preconditionFailure("\(word) is not in DateExpressionScanner.vocabulary")
                }
                bits |= 1 << UInt64(index)
            }
            self.bits = bits
        }
    }

    /// What a word table says about one folded text.
    struct WordFacts: Sendable {
        /// Vocabulary bits of the text, whatever the token's kind.
        var vocabulary: UInt64 = 0
        var jalaliMonth: Int?
        var gregorianMonth: Int?
        var weekday: Weekday?
        /// `Weekday.named(text + "شنبه")` for the first word of a two-word weekday ("سه شنبه").
        var weekdayWithShanbeh: Weekday?
        /// A full English weekday name ("saturday"), not an abbreviation.
        var isEnglishWeekdayName = false
        var partOfDay: PartOfDay?
        var dayWord: DayWord?

        init() {}

        /// The facts of `text` asked of each table the way the patterns used to ask them.
        init(text: String) {
            for (index, word) in DateExpressionScanner.vocabulary.enumerated() where word == text {
                vocabulary |= 1 << UInt64(index)
            }
            jalaliMonth = JalaliCalendar.month(named: text)
            gregorianMonth = GregorianMonthNames.month(named: text)
            weekday = Weekday.named(text)
            if ["یک", "دو", "سه", "چهار", "پنج"].contains(text) { weekdayWithShanbeh = Weekday.named(text + "شنبه") }
            isEnglishWeekdayName = Weekday.allCases.contains { $0.englishName.lowercased() == text }
            partOfDay = PartOfDay.named(text)
            dayWord = DateExpressionScanner.dayWords[text]
        }
    }

    /// A relative day word ("دیروز", "tonight").
    struct DayWord: Sendable {
        var offset: Int
        var calendar: CalendarSystem
        var part: PartOfDay?
    }

    static let dayWords: [String: DayWord] = [
        "امروز": DayWord(offset: 0, calendar: .jalali), "دیروز": DayWord(offset: -1, calendar: .jalali),
        "پریروز": DayWord(offset: -2, calendar: .jalali), "فردا": DayWord(offset: 1, calendar: .jalali),
        "پسفردا": DayWord(offset: 2, calendar: .jalali), "امشب": DayWord(offset: 0, calendar: .jalali, part: .night),
        "دیشب": DayWord(offset: -1, calendar: .jalali, part: .night),
        "today": DayWord(offset: 0, calendar: .gregorian), "yesterday": DayWord(offset: -1, calendar: .gregorian),
        "tomorrow": DayWord(offset: 1, calendar: .gregorian),
        "tonight": DayWord(offset: 0, calendar: .gregorian, part: .night),
    ]

    /// Facts for every folded text any table knows, keyed by bytes. A folded text missing here has no facts:
    /// each table it would be asked of is keyed by folded text too (`labelKey` of a folded text is itself).
    static let wordFacts: [UTF8Key: WordFacts] = {
        var texts = Set(vocabulary)
        texts.formUnion(dayWords.keys)
        texts.formUnion(JalaliCalendar.monthLookup.keys)
        texts.formUnion(GregorianMonthNames.lookup.keys)
        texts.formUnion(Weekday.lookup.keys)
        texts.formUnion(Weekday.allCases.map { $0.englishName.lowercased() })
        texts.formUnion(PartOfDay.lookup.keys)
        var table: [UTF8Key: WordFacts] = [:]
        for text in texts {
            precondition(TextNormalizer.isFolded(text), "table key \(text) is not folded")
            table[UTF8Key(text)] = WordFacts(text: text)
        }
        return table
    }()

    /// What the scanner needs to know about one token.
    struct TokenFacts {
        var kind: Token.Kind
        var word: WordFacts
        /// The token's text when it is one scalar.
        var single: Unicode.Scalar?
        var digitCount: Int
        var integer: Int?
        /// True when the next token starts right where this one ends.
        var touchesNext: Bool
        /// True when a number in words (`NumberWords`) may start here.
        var startsNumberWord: Bool

        init(_ tokens: [Token], _ index: Int) {
            let token = tokens[index]
            kind = token.kind
            let isFolded = TextNormalizer.isFolded(token.text)
            if isFolded {
                word = DateExpressionScanner.wordFacts[UTF8Key(token.text)] ?? WordFacts()
            } else {
                word = WordFacts(text: token.text)
            }
            var scalars = token.text.unicodeScalars.makeIterator()
            let first = scalars.next()
            single = scalars.next() == nil ? first : nil
            digitCount = token.digitCount
            integer = token.kind == .number ? token.integerValue : nil
            touchesNext = index + 1 < tokens.count && token.touches(tokens[index + 1])
            startsNumberWord = token.kind == .word && NumberWords.decompose(token.text, isFolded: isFolded) != nil
        }
    }
}
