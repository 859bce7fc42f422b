import Foundation
import KheshtGraph
import KheshtText

/// Known entities with their labels in Persian and English and a few background facts (`schema/gazetteer.tsv`).
public struct Gazetteer: Sendable {
    public struct Entry: Sendable, Hashable {
        public let iri: IRI
        public let type: EntityType
        /// (label, language) pairs; the first of each language is the preferred label.
        public let labels: [(text: String, language: String)]
        /// Background facts: (property, object IRI or literal lexical form).
        public let facts: [(property: String, value: String)]

        public static func == (a: Entry, b: Entry) -> Bool { a.iri == b.iri }
        public func hash(into hasher: inout Hasher) { hasher.combine(iri) }

        public func preferredLabel(_ language: String) -> String? {
            labels.first { $0.language == language }?.text
        }
    }

    /// The properties the facts column may use.
    public static let factProperties: Set<String> = ["containedInPlace", "conferredBy", "designatedBy", "memberOf", "observedOn"]

    public private(set) var entries: [Entry] = []
    /// labelKey → entry indices (a label may be shared by several entries).
    private var byKey = PhraseTable<[Int]>()
    private var byIRI: [IRI: Int] = [:]
    /// The most tokens any label spans.
    public private(set) var maxTokens = 1
    /// Every prefix of every label key: matching stops extending a phrase as soon as it is no label's prefix.
    private var prefixes = PhraseSet()

    public init() {}

    /// Parses the tab-separated gazetteer format documented at the top of `schema/gazetteer.tsv`.
    public init(text: String, file: String = "gazetteer") throws {
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingWhitespace()
            }
            func fail(_ message: String) -> ExtractionDataError {
                .malformed(file: file, line: number + 1, message: message)
            }
            guard columns.count >= 3 else { throw fail("expected id, type and labels separated by tabs") }
            guard let type = EntityType(rawValue: columns[1]) else {
                throw fail("unknown type '\(columns[1])'; expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let iri: IRI
            do { iri = try IRI(Namespace.khr.iri + columns[0]) } catch { throw fail("bad id '\(columns[0])': \(error)") }
            var labels: [(String, String)] = []
            for item in columns[2].split(separator: "|") {
                let parts = item.trimmingWhitespace().split(separator: ":", maxSplits: 1)
                guard parts.count == 2, ["fa", "en"].contains(String(parts[0])) else {
                    throw fail("label '\(item)' must be written fa:… or en:…")
                }
                labels.append((String(parts[1]).trimmingWhitespace(), String(parts[0])))
            }
            var facts: [(String, String)] = []
            if columns.count > 3, !columns[3].isEmpty {
                for item in columns[3].split(separator: "|") {
                    let parts = item.trimmingWhitespace().split(separator: "=", maxSplits: 1)
                    guard parts.count == 2 else { throw fail("fact '\(item)' must be written property=value") }
                    guard Gazetteer.factProperties.contains(String(parts[0])) else {
                        throw fail("unknown property '\(parts[0])'; expected one of \(Gazetteer.factProperties.sorted().joined(separator: ", "))")
                    }
                    facts.append((String(parts[0]), String(parts[1])))
                }
            }
            guard byIRI[iri] == nil else { throw fail("duplicate id '\(columns[0])'") }
            add(Entry(iri: iri, type: type, labels: labels, facts: facts))
        }
    }

    public static func load(from url: URL) throws -> Gazetteer {
        try Gazetteer(text: try ExtractionDataError.read(url), file: url.path)
    }

    mutating func add(_ entry: Entry) {
        let index = entries.count
        entries.append(entry)
        byIRI[entry.iri] = index
        for label in entry.labels {
            let key = TextNormalizer.labelKey(label.text)
            byKey.modify(key, default: []) { $0.append(index) }
            var prefix = ""
            for character in key {
                prefix.append(character)
                prefixes.insert(prefix)
            }
            maxTokens = max(maxTokens, Tokenizer.tokenize(label.text).count)
        }
    }

    /// Entries whose label folds to `key` (a `TextNormalizer.labelKey`).
    public func entries(forKey key: String) -> [Entry] {
        byKey[key]?.map { entries[$0] } ?? []
    }

    /// The first of `entries(forKey:)`, without building the array: the look-up made for every phrase of a sentence.
    public func firstEntry(forKey key: String) -> Entry? {
        byKey[key]?.first.map { entries[$0] }
    }

    /// `firstEntry(forKey:)` when the caller knows whether `key` compares as bytes (`UTF8Key.comparesAsBytes`).
    func firstEntry(forKey key: String, asBytes: Bool) -> Entry? {
        byKey[key, asBytes: asBytes]?.first.map { entries[$0] }
    }

    public func entry(_ iri: IRI) -> Entry? { byIRI[iri].map { entries[$0] } }

    /// True when some label's key starts with `key`.
    public func isPrefix(_ key: String) -> Bool { prefixes.contains(key) }

    /// `isPrefix(_:)` when the caller knows whether `key` compares as bytes.
    func isPrefix(_ key: String, asBytes: Bool) -> Bool { prefixes.contains(key, asBytes: asBytes) }
}
