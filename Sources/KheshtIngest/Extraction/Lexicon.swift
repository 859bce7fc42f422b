import Foundation
import KheshtText

/// Named word lists (`schema/lexicon.txt`) that drive mention finding and rules: head words of organizations and
/// places, role words, speech verbs, given names, stop words.
///
/// Entries are keyed by `TextNormalizer.labelKey`, so a multi-word entry matches however it is spaced or joined
/// ("حجت الاسلام", "حجت‌الاسلام", "حجتالاسلام").
public struct Lexicon: Sendable {
    public private(set) var lists: [String: Set<String>] = [:]
    /// Entry key → the lists holding it: one dictionary probe tells every list a phrase belongs to.
    public private(set) var listsByKey: [String: [String]] = [:]
    /// Entry key → the entry as first written in the file: the spelling facts are stored with ("رئیس" for "رييس").
    public private(set) var canonical: [String: String] = [:]
    /// Every prefix of every entry key, so phrase matching stops as soon as no entry can follow.
    public private(set) var prefixes = Set<String>()
    /// The most tokens any entry spans; bounds the look-ahead of phrase matching.
    public private(set) var maxTokens = 1
    /// The same tables for the look-ups made for every token of every sentence (see `PhraseTable`).
    private var listEntries: [String: PhraseSet] = [:]
    private var listsOfKey = PhraseTable<[String]>()
    private var entryPrefixes = PhraseSet()

    public init() {}

    /// Parses the lexicon format: `@name` starts a list; each other line holds entries separated by `|`;
    /// `#` starts a comment line.
    public init(text: String, file: String = "lexicon") throws {
        var current: String?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                current = String(line.dropFirst())
                lists[current!, default: []] = lists[current!] ?? []
                continue
            }
            guard let name = current else {
                throw ExtractionDataError.malformed(file: file, line: number + 1,
                                                    message: "entries before the first @list header")
            }
            for entry in line.split(separator: "|") {
                let trimmed = entry.trimmingWhitespace()
                guard !trimmed.isEmpty else { continue }
                let key = TextNormalizer.labelKey(trimmed)
                if canonical[key] == nil { canonical[key] = trimmed }
                if lists[name, default: []].insert(key).inserted {
                    listsByKey[key, default: []].append(name)
                    listsOfKey.modify(key, default: []) { $0.append(name) }
                    listEntries[name, default: PhraseSet()].insert(key)
                }
                var prefix = ""
                for character in key {
                    prefix.append(character)
                    prefixes.insert(prefix)
                    entryPrefixes.insert(prefix)
                }
                maxTokens = max(maxTokens, Tokenizer.tokenize(trimmed).count)
            }
        }
    }

    public static func load(from url: URL) throws -> Lexicon {
        try Lexicon(text: try ExtractionDataError.read(url), file: url.path)
    }

    /// True when `key` (a labelKey) is an entry of list `name`.
    public func contains(_ name: String, _ key: String) -> Bool { listEntries[name]?.contains(key) ?? false }

    /// The lists holding entry `key` (a labelKey), in the order the file names them.
    public func lists(forKey key: String) -> [String] { listsOfKey[key] ?? [] }

    /// `lists(forKey:)` when the caller knows whether `key` compares as bytes (`UTF8Key.comparesAsBytes`).
    func lists(forKey key: String, asBytes: Bool) -> [String] { listsOfKey[key, asBytes: asBytes] ?? [] }

    /// True when some entry's key starts with `key`.
    public func isPrefix(_ key: String) -> Bool { entryPrefixes.contains(key) }

    /// `isPrefix(_:)` when the caller knows whether `key` compares as bytes.
    func isPrefix(_ key: String, asBytes: Bool) -> Bool { entryPrefixes.contains(key, asBytes: asBytes) }

    /// The entries of a list (empty when the list is absent).
    public func entries(_ name: String) -> Set<String> { lists[name] ?? [] }
}

/// Problems in the data files under `schema/`, reported with file and line.
public enum ExtractionDataError: Error, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .malformed(let file, let line, let message): "\(file):\(line): \(message)"
        }
    }

    static func read(_ url: URL) throws -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw ExtractionDataError.unreadable(file: url.path, reason: error.localizedDescription)
        }
    }
}
