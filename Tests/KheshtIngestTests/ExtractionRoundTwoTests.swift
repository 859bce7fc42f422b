import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// The second round of generalization: events named by a quoted title after their head word, English pronouns
/// that follow the gender of the given name, and words that are not part of an organization's name.
/// Every sentence is written here, not taken from a corpus.
@Suite struct ExtractionRoundTwoTests {
    typealias G = ExtractionGeneralizationTests

    static func eventLabels(_ result: ExtractionResult) -> [String] {
        let events = result.quads.filter { $0.predicate == RDF.type && ($0.object == .iri(Schema.event)) }.compactMap(\.subject.iri)
        return events.flatMap { G.label(result, $0) }
    }

    @Test func aNationalConferenceIsNamedByItsQuotedTitle() {
        let result = G.persian("همایش آب", "همایش ملی «آب، میراث آینده» صبح دیروز در تالار فردوسی دانشگاه یزد برگزار شد.")
        #expect(Self.eventLabels(result).contains { $0.contains("«آب، میراث آینده»") && $0.hasPrefix("همایش ملی") })
        let located = result.quads.filter { $0.predicate == Schema.location }
        #expect(!located.isEmpty)
    }

    @Test func aBookLaunchCeremonyTakesTheBooksTitle() {
        let result = G.persian("رونمایی", "مراسم رونمایی از کتاب «باغ‌های پنهان» عصر دوشنبه در کتابخانه ملی برگزار شد.")
        #expect(Self.eventLabels(result).contains { $0.hasPrefix("مراسم رونمایی از کتاب «باغ‌های پنهان»") })
    }

    @Test func aReferenceBeforeAQuotedAwardIsNotNamedByIt() {
        let result = G.persian("همایش هوا", "همایش ملی «هوای سالم» دیروز برگزار شد. در این همایش لوح «دوستدار هوا» به شهرداری قم اهدا شد.")
        #expect(!Self.eventLabels(result).contains { $0.contains("دوستدار هوا") })
    }

    @Test func sheRefersToTheLastWomanNamedNotTheLastMan() {
        let result = G.english("Water forum opens",
                               "Leila Farahani, head of the water institute, opened the forum with Karim Sadeghi. She said rivers need protection.")
        let speakers = result.quads.filter { $0.predicate == KH.saidBy }.compactMap(\.object.iri).flatMap { G.label(result, $0) }
        #expect(speakers.contains("Leila Farahani"))
        #expect(!speakers.contains("Karim Sadeghi"))
    }

    @Test func heSkipsAWomanNamedAfterTheMan() {
        let result = G.english("Forum ends",
                               "Davoud Rahimi met Shirin Azadi at the forum. He said the plan was ready.")
        let speakers = result.quads.filter { $0.predicate == KH.saidBy }.compactMap(\.object.iri).flatMap { G.label(result, $0) }
        #expect(speakers.contains("Davoud Rahimi"))
        #expect(!speakers.contains("Shirin Azadi"))
    }

    @Test func anAdverbAfterAnOrganizationWordIsNotItsName() {
        let result = G.persian("پسماند", "شهرداری جدیتر این طرح را دنبال می‌کند و شورا تمام توان خود را به کار می‌گیرد.")
        let organizations = result.quads.filter { $0.predicate == RDF.type && $0.object == .iri(Schema.organization) }.compactMap(\.subject.iri)
        let labels = organizations.flatMap { G.label(result, $0) }
        #expect(!labels.contains { $0.contains("جدیتر") || $0.contains("تمام") })
    }
}

extension ExtractionRoundTwoTests {
    @Test func anEnglishQuotedTitleBeforeTheEventWordNamesTheEvent() {
        let result = ExtractionGeneralizationTests.english("River day",
                                                           "Hundreds of people gathered in Shiraz on Sunday for a \"Blue River\" festival marking World Water Day.")
        #expect(Self.eventLabels(result).contains("Blue River"))
    }
}

extension ExtractionRoundTwoTests {
    @Test func placesInAListAreNotInsideOneAnother() {
        let persian = ExtractionGeneralizationTests.persian("گردشگری", "طرح‌های تازه در شهرهای شیراز، اصفهان و کرمان اجرا می‌شود.")
        let english = ExtractionGeneralizationTests.english("Trade", "Ministers from Iraq, Belarus and Kenya attended the fair in Tehran.")
        #expect(!persian.quads.contains { $0.predicate == Schema.containedInPlace })
        #expect(!english.quads.contains { $0.predicate == Schema.containedInPlace })
    }
}
