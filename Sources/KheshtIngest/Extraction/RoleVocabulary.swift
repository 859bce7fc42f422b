import Foundation
import KheshtGraph
import KheshtText

/// Kinds of post (`schema/roles.tsv`): which role words of either language name the same post, so "رئیس شورا" in a
/// Persian article and "chairman of the council" in an English one become one position holding with one role type.
///
/// Why a table and not the lexicon: the lexicon says which words are roles; this says which of them mean the same
/// post, and gives each post an IRI with a label per language for answers and exports. Only unambiguous words are
/// listed ("president" is head of a university or of a country, so it stays its own word).
public struct RoleVocabulary: Sendable {
    public struct RoleType: Sendable, Equatable {
        /// Short id, the last IRI segment ("head", "member").
        public let id: String
        public let iri: IRI
        /// The label answers show in each language: the first word of each column.
        public let persianLabel: String
        public let englishLabel: String
    }

    private var byKey: [String: RoleType] = [:]
    public private(set) var roleTypes: [RoleType] = []

    public init() {}

    /// Parses lines `id<TAB>Persian words | …<TAB>English words | …`; `#` starts a comment line.
    public init(text: String, file: String = "roles.tsv") throws {
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            func fail(_ message: String) -> ExtractionDataError {
                .malformed(file: file, line: index + 1, message: message)
            }
            guard columns.count == 3 else { throw fail("expected 3 tab-separated columns (id, Persian, English), found \(columns.count)") }
            guard let id = columns[0].first, columns[0].count == 1,
                  id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }) else {
                throw fail("the id must be one word of a-z and '-'")
            }
            guard let persian = columns[1].first, let english = columns[2].first else {
                throw fail("role type '\(id)' needs at least one Persian and one English word")
            }
            guard !roleTypes.contains(where: { $0.id == id }) else { throw fail("role type '\(id)' is listed twice") }
            let roleType = RoleType(id: id, iri: IRI(unchecked: Namespace.khr.iri + "role/" + id),
                                    persianLabel: persian, englishLabel: english)
            for word in columns[1] + columns[2] {
                let key = TextNormalizer.labelKey(word)
                if let other = byKey[key], other.id != id {
                    throw fail("'\(word)' already names role type '\(other.id)'")
                }
                byKey[key] = roleType
            }
            roleTypes.append(roleType)
        }
    }

    public static func load(from url: URL) throws -> RoleVocabulary {
        try RoleVocabulary(text: try ExtractionDataError.read(url), file: url.path)
    }

    /// The role type a role word (as written, any spelling or case) names, if the table lists it.
    public func roleType(for word: String) -> RoleType? {
        byKey[TextNormalizer.labelKey(word)] ?? byKey[TextNormalizer.labelKey(word.lowercased())]
    }
}
