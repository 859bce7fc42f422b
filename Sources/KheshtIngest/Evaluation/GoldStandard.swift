import Foundation

/// Hand annotations of one corpus file (`data/gold/*.json`; the format is described in `data/gold/README.md`).
public struct GoldStandard: Decodable, Sendable {
    public struct ArticleMetadata: Decodable, Sendable {
        public let headline: String?
        public let newsCode: String?
        public let published: String?
        public let publishedJalali: String?
        public let outlet: String?
        public let language: String?
    }

    public struct Entity: Decodable, Sendable {
        public let id: String
        public let type: String
        public let labels: [String]
    }

    /// One fact: its kind (`p`) and its role → value fields (entity ids, strings or numbers, kept as text).
    public struct Fact: Decodable, Sendable {
        public let kind: String
        public let fields: [String: String]

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            var fields: [String: String] = [:]
            var kind = ""
            for key in container.allKeys {
                if let text = try? container.decode(String.self, forKey: key) {
                    if key.stringValue == "p" { kind = text } else { fields[key.stringValue] = text }
                } else if let number = try? container.decode(Int.self, forKey: key) {
                    fields[key.stringValue] = String(number)
                }
            }
            self.kind = kind
            self.fields = fields
        }
    }

    /// The corpus file, relative to `data/`.
    public let file: String
    public let articles: [ArticleMetadata]
    public let entities: [Entity]
    public let facts: [Fact]

    public static func load(from url: URL) throws -> GoldStandard {
        try JSONDecoder().decode(GoldStandard.self, from: Data(contentsOf: url))
    }
}
