import Foundation
import KheshtText

/// The relation rules, read from `schema/rules.txt` and kept sorted by priority (highest first).
///
/// Line format: `id priority confidence pattern => kind(role=source, …)`. Pattern elements, separated by spaces:
/// `{name:Type}` or `{Type|Type}` a mention; `word` or `w1|w2` words (folded before comparison); `@list` a lexicon
/// list; `..N` up to N items of anything; `^` and `$` the sentence's start and end; a trailing `?` makes an element
/// optional; `!{Type}` requires the sentence to hold no such mention. Sources: a capture name, `name.attached` (a role's organization or an event's award), `@focusEvent`,
/// `@focusPerson`, `@focusAward`, `@focusOccasion`.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule] = []
    /// `rules[i].filter` for each rule, read without copying the rule.
    let filters: [RuleFilter]
    /// `rules[i].pattern` compiled for matching (mention kinds as masks, words as ids of `words`).
    let compiled: [CompiledPattern]
    /// The ids of every word and phrase key the patterns compare tokens with.
    let words: WordIDTable

    public init(rules: [Rule]) {
        self.rules = rules.sorted { $0.priority > $1.priority }
        filters = self.rules.map(\.filter)
        var words = WordIDTable()
        compiled = self.rules.map { CompiledPattern($0.pattern, words: &words) }
        self.words = words
    }

    public init(text: String, file: String = "rules", lexicon: Lexicon) throws {
        var rules: [Rule] = []
        var seen = Set<String>()
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ message: String) -> ExtractionDataError {
                .malformed(file: file, line: number + 1, message: message)
            }
            let halves = line.components(separatedBy: "=>")
            guard halves.count == 2 else { throw fail("expected 'id priority confidence pattern => fact(...)'") }
            let head = halves[0].split(separator: " ", omittingEmptySubsequences: true)
            guard head.count >= 4 else { throw fail("expected id, priority, confidence and a pattern before '=>'") }
            let id = String(head[0])
            guard !seen.contains(id) else { throw fail("duplicate rule id '\(id)'") }
            seen.insert(id)
            guard let priority = Int(head[1]) else { throw fail("priority '\(head[1])' is not an integer") }
            guard let confidence = Double(head[2]), (0...1).contains(confidence) else {
                throw fail("confidence '\(head[2])' is not a number between 0 and 1")
            }
            let pattern = try head[3...].map { try RuleSet.element(String($0), lexicon: lexicon, fail: fail) }
            let captures = Set(pattern.compactMap(\.captureName))
            let output = try RuleSet.template(halves[1].trimmingWhitespace(), captures: captures, fail: fail)
            rules.append(Rule(id: id, priority: priority, confidence: confidence, pattern: pattern, output: output, line: number + 1))
        }
        self.init(rules: rules)
    }

    public static func load(from url: URL, lexicon: Lexicon) throws -> RuleSet {
        try RuleSet(text: try ExtractionDataError.read(url), file: url.path, lexicon: lexicon)
    }

    static func element(_ text: String, lexicon: Lexicon, fail: (String) -> ExtractionDataError) throws -> PatternElement {
        if text.count > 1, text.hasSuffix("?") {
            return .optional(try element(String(text.dropLast()), lexicon: lexicon, fail: fail))
        }
        if text == "^" { return .sentenceStart }
        if text == "$" { return .sentenceEnd }
        if text.hasPrefix(".."), let n = Int(text.dropFirst(2)), n > 0 { return .gap(n) }
        if text.contains("|"), text.split(separator: "|").contains(where: { $0.hasPrefix("@") }) {
            return .anyOf(try text.split(separator: "|").map { try element(String($0), lexicon: lexicon, fail: fail) })
        }
        if text.hasPrefix("@") {
            let name = String(text.dropFirst())
            guard lexicon.lists[name] != nil else { throw fail("unknown lexicon list @\(name)") }
            return .list(name)
        }
        if text.hasPrefix("!@") {
            let name = String(text.dropFirst(2))
            guard lexicon.lists[name] != nil else { throw fail("unknown lexicon list @\(name)") }
            return .absentList(name)
        }
        if text.hasPrefix("!{") && text.hasSuffix("}") {
            guard case .mention(nil, let kinds) = try element(String(text.dropFirst()), lexicon: lexicon, fail: fail) else {
                throw fail("'\(text)' cannot capture: write !{Type} or !{Type|Type}")
            }
            return .absent(kinds)
        }
        if text.hasPrefix("{") && text.hasSuffix("}") {
            let body = text.dropFirst().dropLast()
            let parts = body.split(separator: ":", maxSplits: 1)
            let capture = parts.count == 2 ? String(parts[0]) : nil
            let kindsText = parts.count == 2 ? parts[1] : parts[0]
            var kinds = Set<MentionMatch>()
            for name in kindsText.split(separator: "|") {
                guard let kind = MentionMatch(rawValue: String(name)) else {
                    throw fail("unknown mention type '\(name)'; expected one of \(MentionMatch.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kinds.insert(kind)
            }
            return .mention(capture: capture, kinds: kinds)
        }
        // "_" joins the words of a phrase: "به_گفته" matches "به گفته" and "به‌گفته".
        return .words(WordSet(text.split(separator: "|").map {
            TextNormalizer.labelKey($0.replacingOccurrences(of: "_", with: " "))
        }))
    }

    static func template(_ text: String, captures: Set<String>, fail: (String) -> ExtractionDataError) throws -> FactTemplate {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { throw fail("expected fact(role=source, …) after '=>'") }
        let name = String(text[..<open]).trimmingWhitespace()
        guard let kind = FactKind(rawValue: name) else {
            throw fail("unknown fact '\(name)'; expected one of \(FactKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var arguments: [String: ArgumentSource] = [:]
        for pair in text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: ",") {
            let sides = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard sides.count == 2 else { throw fail("argument '\(pair)' must be written role=source") }
            let role = sides[0], source = sides[1]
            guard kind.requiredRoles.contains(role) || kind.optionalRoles.contains(role) else {
                throw fail("\(kind.rawValue) has no role '\(role)'")
            }
            let argument: ArgumentSource
            switch source {
            case "@focusEvent": argument = .focusEvent
            case "@focusPerson": argument = .focusPerson
            case "@focusAward": argument = .focusAward
            case "@focusOccasion": argument = .focusOccasion
            default:
                let parts = source.split(separator: ".")
                guard captures.contains(String(parts[0])) else { throw fail("'\(source)' names no capture of the pattern") }
                if parts.count == 2 && parts[1] == "attached" {
                    argument = .attachedTo(String(parts[0]))
                } else if parts.count == 1 {
                    argument = .capture(source)
                } else {
                    throw fail("unknown source '\(source)'")
                }
            }
            arguments[role] = argument
        }
        let missing = kind.requiredRoles.subtracting(arguments.keys)
        guard missing.isEmpty else { throw fail("\(kind.rawValue) needs \(missing.sorted().joined(separator: ", "))") }
        return FactTemplate(kind: kind, arguments: arguments)
    }
}

extension PatternElement {
    var captureName: String? {
        switch self {
        case .mention(let capture, _): capture
        case .optional(let inner): inner.captureName
        default: nil
        }
    }
}
