import Foundation
import Testing
import KheshtGraph
import KheshtIngest

/// English news constructions found by reading fresh articles in the styles of Tehran Times, Press TV, IRNA English
/// and Financial Tribune (qa-en): each test uses a sentence of its own, not the QA text that revealed the gap.
extension ExtractionGeneralizationTests {
    /// Labels of every object of `predicate`, over the whole article.
    static func objectLabels(_ result: ExtractionResult, _ predicate: IRI) -> Set<String> {
        Set(result.quads.filter { $0.predicate == predicate }.compactMap(\.object.iri).flatMap { label(result, $0) })
    }

    @Test func aPersonsQuotedWorkThatReceivedAPrizeIsTheirs() {
        let result = Self.english("Film prize", "Leila Ahmadi's \"The Quiet Orchard\" received the Golden Gate Award on Friday.")
        let conferrals = result.quads.filter { $0.predicate == KH.recipient }.map(\.subject)
        let withWork = conferrals.contains { conferral in
            guard let iri = conferral.iri else { return false }
            let recipients = Self.objects(result, iri, KH.recipient).compactMap(\.iri).flatMap { Self.label(result, $0) }
            let works = Self.objects(result, iri, KH.forWork).compactMap(\.iri).flatMap { Self.label(result, $0) }
            return recipients.contains("Leila Ahmadi") && works.contains { $0.contains("Quiet Orchard") }
        }
        #expect(withWork)
    }

    @Test func anUnknownAcronymAfterOrganizedByIsTheOrganizer() {
        let result = Self.english("Heritage forum", "The Yazd Heritage Forum, organized by YHCO, opened on Monday.")
        #expect(Self.organizers(result).contains("YHCO"))
    }

    @Test func aLowerCaseVenueWordCompletesTheVenuesName() {
        let result = Self.english("Book fair", "The Isfahan Book Fair closed with a gala held at the Chehelsotoun hall on Sunday.")
        #expect(Self.objectLabels(result, Schema.location).contains("Chehelsotoun hall"))
    }

    @Test func tellingANewsOutletIsAnInterviewNotASpeechAtTheEvent() {
        let result = Self.english("Theatre festival",
                                  "The closing ceremony of the Caspian Theatre Festival was held in Rasht on Sunday. "
                                  + "Ali Rostami, 41, told Press TV that the festival had grown.")
        #expect(Self.objectLabels(result, KH.saidBy).contains("Ali Rostami"))
        #expect(!Self.objectLabels(result, KH.speaker).contains("Ali Rostami"))
    }

    @Test func aNationalityAfterACapitalizedWordIsNoPerson() {
        let result = Self.english("Festival entries", "Another Italian entry, \"Blue Salt\", won the Audience Award.")
        let people = result.quads.filter { $0.predicate == RDF.type && $0.object == .iri(Schema.person) }.compactMap(\.subject.iri)
        #expect(!people.flatMap { Self.label(result, $0) }.contains("Another Italian"))
    }

    /// Start dates of every event, as written in the graph (xsd lexical forms).
    static func startDates(_ result: ExtractionResult) -> Set<String> {
        Set(result.quads.filter { $0.predicate == Schema.startDate }.compactMap { $0.object.literal?.lexicalForm })
    }

    @Test func aWeekdayInAPastClauseIsPastThoughTheSentenceGoesOnInTheFuture() {
        // Published Monday, March 4, 2024: the Tuesday before is February 27, the Tuesday after March 5.
        let past = Self.english("Carpet fair", "The Shiraz Carpet Fair opened at the Hafez Exhibition Center on Tuesday and will run until March 8.")
        #expect(Self.startDates(past).contains("2024-02-27"))
        #expect(!Self.startDates(past).contains("2024-03-05"))
        let future = Self.english("Tile fair", "The Yazd Tile Fair will open at the Yazd Exhibition Center on Tuesday.")
        #expect(Self.startDates(future).contains("2024-03-05"))
    }

    @Test func aFieldWordBeforeAnEnglishMinisterNamesTheMinistry() {
        let result = Self.english("Fishing season", "Fisheries Minister Karim Bahrami said on Sunday that the catch had grown.")
        #expect(Self.positions(result, of: "Karim Bahrami").contains { $0.role == "Fisheries Minister" && $0.org.contains("Fisheries Ministry") })
        // A nationality before the title is not the ministry's name.
        let foreign = Self.english("Trade talks", "Kenyan Trade Minister Sarah Otieno said talks would continue.")
        #expect(Self.positions(foreign, of: "Sarah Otieno").contains { $0.role == "Trade Minister" })
    }

    @Test func aHeadlineVerbBeforeAnEventWordIsNoPartOfItsName() {
        let result = Self.english("Poetry week", "Shiraz hosts annual poetry festival with guests from 12 countries.")
        let labels = result.quads.filter { $0.predicate == RDFS.label }.compactMap { $0.object.literal?.lexicalForm }
        #expect(labels.contains { $0.hasSuffix("poetry festival") })
        #expect(!labels.contains { $0.lowercased().hasPrefix("hosts") })
    }

    @Test func aLowerCaseBodyWordBeforeATitleIsTheBodyNamedBefore() {
        let result = Self.english("Budget vote", "Shiraz City Council met on Sunday. The vote was announced by council spokesman Reza Karami.")
        #expect(Self.positions(result, of: "Reza Karami").contains { $0.role == "spokesman" && $0.org.contains("Shiraz City Council") })
    }
}
