import KheshtQuery
import KheshtStore
import KheshtText

/// What Tab offers: keywords, functions, property and class names (English and Persian), variables already in
/// the statement, meta-commands at the start of a line, and entity labels from the store in either script.
///
/// Names match by `TextNormalizer.labelKey` prefix, so "ميلاد" with Arabic yeh finds "میلاد", and `_` in a
/// Persian property name matches a space. Kept apart from libedit so it can be tested directly.
public struct Completer {
    /// Labels of entities whose normalized form starts with a prefix (`GraphStore.labels(withPrefix:limit:)`).
    public let labels: (String, Int) -> [String]
    /// The most entity labels offered at once.
    public var labelLimit = 40

    public init(labels: @escaping (String, Int) -> [String]) {
        self.labels = labels
    }

    /// Entity labels straight from a store.
    public init(store: any GraphStore) {
        self.init { prefix, limit in
            (try? store.labels(withPrefix: prefix, limit: limit))?.map(\.label) ?? []
        }
    }

    /// The meta-commands, for completion and `.help`.
    public static let metaCommands = [".help", ".schema", ".mode", ".timer", ".sources", ".explain", ".timeline",
                                      ".quit", ".exit"]

    /// Candidates replacing `word`, the text before the cursor back to the previous word break.
    ///
    /// - Parameters:
    ///   - word: the partial word (without an opening quote).
    ///   - quoted: true when an opening `"` stands right before `word`: only entity labels are offered, bare.
    ///   - line: the whole line so far, for variables and for knowing whether `word` starts the line.
    public func candidates(for word: String, quoted: Bool, line: String = "") -> [String] {
        if quoted { return unique(labels(word, labelLimit)) }
        let trimmedLine = line.drop { $0 == " " || $0 == "\t" }
        if word.hasPrefix(".") && trimmedLine.hasPrefix(word) {
            return Self.metaCommands.filter { $0.hasPrefix(word.lowercased()) }
        }
        if word.hasPrefix("?") || word.hasPrefix("$") {
            return unique(variables(in: line).filter { $0.hasPrefix(word) && $0 != word })
        }
        var out: [String] = []
        let lowered = word.lowercased()
        let words = QueryLanguage.keywords + QueryLanguage.functions + QueryLanguage.aggregates
        out += words.filter { $0.hasPrefix(lowered) }
        let key = Self.key(word)
        out += (QueryLanguage.propertyNames + QueryLanguage.classNames).filter { name in
            name.hasPrefix(word) || (!key.isEmpty && Self.key(name).hasPrefix(key))
        }
        // Entity names must be quoted in a query: offer them with their quotes.
        if !key.isEmpty { out += labels(word, labelLimit).map { "\"\($0)\"" } }
        return unique(out)
    }

    /// What Tab does with the line: the text to put in place of `word` (the characters since the last word
    /// break), the matches to list, and whether a quote should close after a single match.
    public struct Completion: Equatable, Sendable {
        /// Replaces `word` (libedit deletes the word and inserts this).
        public let replacement: String
        /// Everything that matched, as shown in the list on a second Tab.
        public let matches: [String]
        /// True when the one match is an entity label inside an open quote: the quote is closed after it.
        public let closesQuote: Bool
    }

    /// The completion of `word`, the characters before the cursor back to the last word break, given the line
    /// before it.
    ///
    /// Inside an open quote the whole quoted text counts, spaces included (`"برج م` completes to
    /// `"برج میلاد"` though the space broke the word): labels are looked up by all of it and the part before
    /// `word` is removed from each label, since only `word` gets replaced. A label whose beginning is spelled
    /// differently from what was typed (Arabic yeh, another case) is listed but cannot be inserted.
    public func complete(word: String, lineBeforeWord: String) -> Completion? {
        let line = lineBeforeWord + word
        if let typed = Self.openQuotedText(line) {
            let leading = String(typed.dropLast(word.count))
            let found = unique(labels(typed, labelLimit))
            guard !found.isEmpty else { return nil }
            let insertable = found.filter { $0.hasPrefix(leading) }.map { String($0.dropFirst(leading.count)) }
            if insertable.count == 1 { return Completion(replacement: insertable[0], matches: found, closesQuote: true) }
            let prefix = Self.commonPrefix(insertable)
            return Completion(replacement: prefix.count > word.count ? prefix : word, matches: found, closesQuote: false)
        }
        let found = candidates(for: word, quoted: false, line: line)
        guard !found.isEmpty else { return nil }
        if found.count == 1 { return Completion(replacement: found[0], matches: found, closesQuote: false) }
        let prefix = Self.commonPrefix(found)
        return Completion(replacement: prefix.count > word.count ? prefix : word, matches: found, closesQuote: false)
    }

    /// The text after a `"` that is still open at the end of `line` (quotes escaped with `\` do not count).
    static func openQuotedText(_ line: String) -> String? {
        var open: String.Index?
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "\\", open != nil {
                i = line.index(after: i)
                if i < line.endIndex { i = line.index(after: i) }
                continue
            }
            if c == "\"" { open = open == nil ? line.index(after: i) : nil }
            if c == "#", open == nil { return nil }
            i = line.index(after: i)
        }
        return open.map { String(line[$0...]) }
    }

    /// The longest common prefix of `candidates`, cut at a whole `Character` (never inside a UTF-8 sequence,
    /// which libedit's own byte-wise prefix could do with Persian letters sharing a lead byte).
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let chars = Array(candidate)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix.removeSubrange(n...)
        }
        return String(prefix)
    }

    static func key(_ name: String) -> String {
        TextNormalizer.labelKey(String(name.map { $0 == "_" ? " " : $0 }))
    }

    private func variables(in line: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in line + " " {
            if current.isEmpty {
                if c == "?" || c == "$" { current = String(c) }
            } else if c.isLetter || c.isNumber || c == "_" || c == "\u{200C}" {
                current.append(c)
            } else {
                if current.count > 1 { out.append(current) }
                current = (c == "?" || c == "$") ? String(c) : ""
            }
        }
        return out
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
