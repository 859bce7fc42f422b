import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtStore
import KheshtTestSupport

/// The same conferral reported by two articles is one `kh:AwardConferral` node in the store, supported by both
/// articles (its IRI comes from the recipient, award and event, not from the article); another recipient of the same
/// award stays a conferral of its own.
@Suite struct ConferralIdentityTests {
    static func article(_ path: String, _ paragraphs: [String]) -> Article {
        Article(source: ArticleSource(path: path), title: "", paragraphs: paragraphs, language: .persian)
    }

    /// Conferral nodes in the store whose recipient is labelled `recipient`.
    static func conferrals(of recipient: String, in store: MemoryStore) throws -> Set<IRI> {
        var found = Set<IRI>()
        for quad in try store.match(predicate: KH.recipient) {
            guard let object = quad.object.iri, let subject = quad.subject.iri,
                  try store.match(subject: .iri(object), predicate: RDFS.label).contains(where: { $0.object.literal?.lexicalForm == recipient })
            else { continue }
            found.insert(subject)
        }
        return found
    }

    @Test func oneConferralReportedTwiceIsOneNodeWithTwoSources() throws {
        let first = Self.article("news/first.txt", ["تندیس زرین نیلوفر به مهسا کریمی برای رمان «باغ سرد» رسید."])
        let second = Self.article("news/second.txt", ["مهسا کریمی برنده تندیس زرین نیلوفر شد."])
        let store = try CrossLingualResolutionTests.ingest(articles: [first, second])
        let nodes = try Self.conferrals(of: "مهسا کریمی", in: store)
        #expect(nodes.count == 1, "\(nodes)")
        guard let node = nodes.first else { return }
        // Both articles state the recipient; the work named by one article is on the same node.
        let stated = Array(try store.match(subject: .iri(node), predicate: KH.recipient))
        #expect(Set(stated.compactMap(\.graph)).count == 2)
        guard let recipient = stated.first?.object else { return }
        let articles = Set(try store.provenance(ofTriple: Triple(.iri(node), KH.recipient, recipient)).map(\.article))
        #expect(articles.count == 2)
        #expect(try store.match(subject: .iri(node), predicate: KH.forWork).contains { _ in true })
    }

    @Test func anotherRecipientOfTheSameAwardIsAnotherConferral() throws {
        let first = Self.article("news/third.txt", ["تندیس زرین نیلوفر به مهسا کریمی رسید."])
        let second = Self.article("news/fourth.txt", ["کاوه رنجبر برنده تندیس زرین نیلوفر شد."])
        let store = try CrossLingualResolutionTests.ingest(articles: [first, second])
        let mahsa = try Self.conferrals(of: "مهسا کریمی", in: store)
        let kaveh = try Self.conferrals(of: "کاوه رنجبر", in: store)
        #expect(mahsa.count == 1 && kaveh.count == 1)
        #expect(mahsa.isDisjoint(with: kaveh))
    }
}
