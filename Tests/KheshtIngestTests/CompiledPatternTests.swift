import Foundation
import KheshtTestSupport
import KheshtText
import Testing
@testable import KheshtIngest

/// `CompiledPattern` and `WordIDTable` (mention kinds as masks, words as ids, the first step tested per start item)
/// are a faster form of matching rules element by element: on real sentences they must find exactly the matches
/// the patterns describe, also for rules whose first element is optional, a gap, a list, a choice or "^".
@Suite struct CompiledPatternTests {
    static let extractor = try! Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))

    /// The sentences extraction sees in an article file.
    static func sentences(_ path: String) throws -> [SentenceAnalysis] {
        let url = ExternalTool.packageRoot.appendingPathComponent(path)
        return try ArticleReader().read(contentsOf: url).flatMap { extractor.analyze($0) }
    }

    static func sentences(persian body: String) -> [SentenceAnalysis] {
        let text = "خبر\nکد خبر: 4243\nتاریخ انتشار: ۲۰ مهر ۱۴۰۲ - ۱۰:۳۰\n\n\(body)\n"
        let article = try! ArticleReader().read(bytes: Array(text.utf8), path: "compiled-fa.txt")[0]
        return extractor.analyze(article)
    }

    /// (first token, end token, captures as name → first token of the mention) of each match, for comparing.
    static func summary(_ found: [(captures: [String: Mention], tokens: Range<Int>)]) -> [String] {
        found.map { match in
            let captures = match.captures.map { "\($0.key)@\($0.value.tokens.lowerBound)" }.sorted().joined(separator: ",")
            return "\(match.tokens.lowerBound)..<\(match.tokens.upperBound) [\(captures)]"
        }
    }

    /// Every rule of `rules` on every sentence: the compiled matcher against `ReferenceMatcher`. Returns how many
    /// (rule, sentence) pairs matched, so a test can tell it compared something.
    @discardableResult
    static func expectSameMatches(_ rules: RuleSet, on sentences: [SentenceAnalysis]) -> Int {
        var matched = 0
        for sentence in sentences {
            let matcher = RuleMatcher(lexicon: extractor.lexicon, sentence: sentence, words: rules.words)
            let reference = ReferenceMatcher(items: matcher.items, sentence: sentence)
            for (index, rule) in rules.rules.enumerated() {
                let compiled = summary(matcher.matches(rules.compiled[index]))
                let expected = summary(reference.matches(rule.pattern))
                #expect(compiled == expected, "\(rule.id) on sentence \(sentence.index)")
                if !expected.isEmpty { matched += 1 }
            }
        }
        return matched
    }

    @Test func everyShippedRuleMatchesAsItsPatternReadsOnTheCorpus() throws {
        var sentences: [SentenceAnalysis] = []
        for folder in ["data/articles", "data/dev/articles", "data/test2/articles"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: ExternalTool.packageRoot.appendingPathComponent(folder).path)
            for name in names.sorted().prefix(6) { sentences += try Self.sentences("\(folder)/\(name)") }
        }
        #expect(sentences.count > 20)
        #expect(Self.expectSameMatches(Self.extractor.rules, on: sentences) > 20)
    }

    @Test func wordIDsAgreeWithWordSetsForEveryShippedKey() {
        let rules = Self.extractor.rules
        var sets: [(WordSet, [Int32])] = []
        func collect(_ element: PatternElement, _ step: MatchStep) {
            switch (element, step) {
            case (.words(let set), .words(let ids)): sets.append((set, ids))
            case (.optional(let inner), .optional(let innerStep)): collect(inner, innerStep)
            case (.anyOf(let choices), .anyOf(let steps)): for (choice, step) in zip(choices, steps) { collect(choice, step) }
            default: break
            }
        }
        for (index, rule) in rules.rules.enumerated() {
            for (element, step) in zip(rule.pattern, rules.compiled[index].steps) { collect(element, step) }
        }
        #expect(sets.count > 50)
        let allKeys = Set(sets.flatMap(\.0.keys))
        for (set, ids) in sets {
            for key in allKeys {
                let id = rules.words.id(of: key, asBytes: UTF8Key.comparesAsBytes(key))
                #expect((id.map(ids.contains) ?? false) == set.contains(key), "\(key)")
            }
        }
    }

    /// Rules whose first element is not a plain word, mention or list: the first-token test must let every start
    /// through that the element could take. ("امروز" is a date mention, not a token item: only optional here.)
    @Test func rulesStartingWithOptionalGapListChoiceOrSentenceStartStillMatch() throws {
        let lexicon = Self.extractor.lexicon
        let speech = try #require(lexicon.lists.keys.sorted().first { lexicon.entries($0).contains(TextNormalizer.labelKey("گفت")) })
        let text = """
            t.optional-word   50 0.9 امروز? {p:Person} ..4 گفت                 => quote(person=p)
            t.gap-first       50 0.9 ..3 {p:Person} ..4 گفت                    => quote(person=p)
            t.list-first      50 0.9 @\(speech)                                 => quote(person=@focusPerson)
            t.choice-first    50 0.9 @\(speech)|امروز {p:Person}?               => quote(person=@focusPerson)
            t.start           50 0.9 ^ ..2 {p:Person}                          => quote(person=p)
            t.optional-person 50 0.9 {p:Person}? در                             => quote(person=@focusPerson)
            t.phrase          50 0.9 به_گفته {p:Person}                         => quote(person=p)
            """
        let rules = try RuleSet(text: text, lexicon: lexicon)
        let sentences = Self.sentences(persian: """
            امروز محسن هاشمی در تهران گفت: جشنواره ادامه دارد.
            به گفته مریم کریمی، امروز نمایشگاه باز است.
            محسن هاشمی امروز به خبرنگاران گفت که کار تمام شده است.
            """)
        #expect(Self.expectSameMatches(rules, on: sentences) >= rules.rules.count)
        var fired = Set<String>()
        for sentence in sentences {
            let matcher = RuleMatcher(lexicon: lexicon, sentence: sentence, words: rules.words)
            for index in rules.rules.indices where !matcher.matches(rules.compiled[index]).isEmpty {
                fired.insert(rules.rules[index].id)
            }
        }
        #expect(fired == Set(rules.rules.map(\.id)))
    }
}

/// Rule patterns read element by element, as `RuleMatcher` did before patterns were compiled: the oracle the
/// compiled matcher is tested against.
private struct ReferenceMatcher {
    let items: [RuleMatcher.Item]
    let sentence: SentenceAnalysis

    func matches(_ pattern: [PatternElement]) -> [(captures: [String: Mention], tokens: Range<Int>)] {
        var results: [(captures: [String: Mention], tokens: Range<Int>)] = []
        for start in items.indices {
            var captures: [String: Mention] = [:]
            guard let end = match(pattern, 0, start, &captures), end > start else { continue }
            results.append((captures, first(start)..<last(end - 1)))
        }
        return results
    }

    private func first(_ item: Int) -> Int {
        switch items[item] {
        case .mention(let position): sentence.mentions[position].tokens.lowerBound
        case .token(let index): index
        }
    }

    private func last(_ item: Int) -> Int {
        switch items[item] {
        case .mention(let position): sentence.mentions[position].tokens.upperBound
        case .token(let index): index + 1
        }
    }

    private func accepted(_ kinds: Set<MentionMatch>, _ item: Int) -> (Int, Bool) {
        guard item < items.count, case .mention(let position) = items[item] else { return (-1, false) }
        return (position, kinds.contains { $0.accepts(sentence.mentions[position]) })
    }

    private func tokensFollow(_ item: Int, _ length: Int) -> Int? {
        guard item + length <= items.count, case .token(let start) = items[item] else { return nil }
        for offset in 0..<length {
            guard case .token(let index) = items[item + offset], index == start + offset else { return nil }
        }
        return start
    }

    private func match(_ pattern: [PatternElement], _ element: Int, _ item: Int, _ captures: inout [String: Mention],
                       current: PatternElement? = nil) -> Int? {
        guard element < pattern.count else { return item }
        let saved = captures
        switch current ?? pattern[element] {
        case .sentenceStart:
            return item == 0 ? match(pattern, element + 1, item, &captures) : nil
        case .sentenceEnd:
            let onlyPunctuation = items[item...].allSatisfy {
                if case .token(let index) = $0 { return sentence.tokens[index].kind == .punctuation }
                return false
            }
            return onlyPunctuation ? match(pattern, element + 1, items.count, &captures) : nil
        case .gap(let limit):
            var dateKinds: Set<MentionMatch> = []
            if element > 0, case .mention(_, let kinds) = pattern[element - 1], !kinds.isDisjoint(with: [.date, .year]) {
                dateKinds = kinds
            }
            for skip in 0...limit where item + skip <= items.count {
                if skip > 0, !dateKinds.isEmpty, accepted(dateKinds, item + skip - 1).1 { return nil }
                if let found = match(pattern, element + 1, item + skip, &captures) { return found }
                captures = saved
                if item + skip < items.count, case .token(let index) = items[item + skip], sentence.tokens[index].text == ":" {
                    return nil
                }
            }
            return nil
        case .optional(let inner):
            if let found = match(pattern, element, item, &captures, current: inner) { return found }
            captures = saved
            return match(pattern, element + 1, item, &captures)
        case .absent, .absentList:
            return match(pattern, element + 1, item, &captures)
        case .anyOf(let choices):
            for choice in choices {
                if let found = match(pattern, element, item, &captures, current: choice) { return found }
                captures = saved
            }
            return nil
        case .mention(let capture, let kinds):
            let (position, ok) = accepted(kinds, item)
            guard ok else { return nil }
            if let capture { captures[capture] = sentence.mentions[position] }
            if let found = match(pattern, element + 1, item + 1, &captures) { return found }
            captures = saved
            return nil
        case .words(let keys):
            for length in 1...3 {
                guard let start = tokensFollow(item, length), let key = sentence.key(start, length) else { break }
                if keys.contains(key), let found = match(pattern, element + 1, item + length, &captures) { return found }
                captures = saved
            }
            return nil
        case .list(let name):
            guard item < items.count, case .token(let index) = items[item], let length = sentence.match(name, at: index),
                  tokensFollow(item, length) != nil else { return nil }
            return match(pattern, element + 1, item + length, &captures)
        }
    }
}
