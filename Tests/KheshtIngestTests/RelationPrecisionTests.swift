import Foundation
import Testing
import KheshtGraph
import KheshtIngest

/// Relation precision on short articles written for this suite (none taken from a gold set): who spoke at the event
/// (data/gold/README.md decision 6), who organized it (decision 7), one chair per session, one opening event, every
/// winner of a list and a festival's own prize (decision 1).
@Suite struct RelationPrecisionTests {
    typealias G = ExtractionGeneralizationTests
    typealias E = EventPlaceSpeakerGeneralizationTests

    // MARK: - Speakers need the text to place them at the event

    @Test func aQuoteToAnOutletInACeremonyReportIsNoSpeech() {
        let result = G.persian("جشنواره گل", "آیین افتتاح نخستین جشنواره گل و گیاه اراک صبح امروز در بوستان ملت اراک برگزار شد.\n"
            + "کامران رستمی، مدیرکل محیط زیست استان مرکزی، به ایرنا گفت: امسال بیش از ۴۰ گونه بومی در این جشنواره عرضه می‌شود.")
        #expect(!E.people(result, KH.speaker).contains("کامران رستمی"))
    }

    @Test func aStatementQuotedInACeremonyReportIsNoSpeech() {
        let result = G.english("Carpet fair", "The opening ceremony of the Tabriz Handmade Carpet Fair was held on Sunday at the Tabriz "
            + "International Exhibition Center.\nFarid Nasseri, head of the carpet union, said the union had lost a third of its weavers "
            + "since 2019.")
        #expect(!E.people(result, KH.speaker).contains("Farid Nasseri"))
    }

    @Test func aSpeakerPlacedAtTheCeremonyStaysASpeaker() {
        let result = G.persian("جشنواره گل", "آیین افتتاح نخستین جشنواره گل و گیاه اراک صبح امروز در بوستان ملت اراک برگزار شد.\n"
            + "کامران رستمی، مدیرکل محیط زیست استان مرکزی، در این مراسم گفت: امسال بیش از ۴۰ گونه بومی عرضه می‌شود.")
        #expect(E.people(result, KH.speaker).contains("کامران رستمی"))
    }

    @Test func theParagraphLeadPlacesTheWordsThatFollow() {
        let result = G.english("Carpet fair", "The opening ceremony of the Tabriz Handmade Carpet Fair was held on Sunday at the Tabriz "
            + "International Exhibition Center.\nAddressing the ceremony, the governor praised the weavers. Farid Nasseri, head of the "
            + "carpet union, said the union had lost a third of its weavers since 2019.")
        #expect(E.people(result, KH.speaker).contains("Farid Nasseri"))
    }

    @Test func aWinnerSpeakingOnReceivingThePrizeSpeaksAtTheCeremony() {
        let result = G.persian("جایزه عکس", "آیین اختتامیه سومین جشنواره عکس کویر شامگاه دیروز در تالار فرهنگ یزد برگزار شد.\n"
            + "تندیس زرین جشنواره به نازنین فلاحی رسید. فلاحی هنگام دریافت جایزه گفت: این عکس را در سکوت کویر گرفتم.")
        #expect(E.people(result, KH.speaker).contains("نازنین فلاحی"))
    }

    // MARK: - Partners and sponsors are not organizers

    @Test func aPartnerInPersianIsNoOrganizer() {
        let result = G.persian("جشنواره غذا", "دومین جشنواره غذای محلی ساری به همت شهرداری ساری و با همکاری دانشگاه مازندران روز جمعه "
            + "در بوستان جنگلی ساری برگزار شد.")
        let organizers = E.objectLabels(result, Schema.organizer)
        #expect(organizers.contains("شهرداری ساری"))
        #expect(!organizers.contains("دانشگاه مازندران"))
    }

    @Test func aPartnerInEnglishIsNoOrganizer() {
        let result = G.english("Film week", "The third Kish Documentary Festival, organized by the Kish Free Zone Organization in cooperation "
            + "with the University of Hormozgan, opened on Monday.")
        let organizers = E.objectLabels(result, Schema.organizer)
        #expect(organizers.contains("Kish Free Zone Organization"))
        #expect(!organizers.contains("University of Hormozgan"))
    }
    // MARK: - One chair per person, one opening event

    @Test func aChairIsTheChairOfTheNearestSessionOnly() {
        let result = G.persian("همایش آب", "دومین همایش ملی آب و شهر صبح امروز در تهران آغاز شد و نخستین نشست تخصصی آن به ریاست "
            + "علی کمالی برگزار شد.")
        let chairs = result.quads.filter { $0.predicate == KH.chair }
        #expect(chairs.count == 1)
        let chaired = chairs.compactMap(\.subject.iri).flatMap { G.label(result, $0) }
        #expect(chaired.allSatisfy { $0.contains("نشست") })
    }

    @Test func theOpeningSessionAndTheOpeningCeremonyAreOneEvent() {
        let result = G.english("Solar summit", "The second Yazd Solar Energy Summit opened on Sunday at the Yazd Convention Center. "
            + "The opening session was attended by 300 engineers from 12 countries.\nEnergy Minister Reza Amini spoke at the "
            + "opening ceremony, saying the country would install 4,000 megawatts of solar capacity by 2027.")
        let openings = Set(result.quads.filter { $0.predicate == RDF.type }.compactMap(\.subject.iri)
            .filter { iri in G.label(result, iri).contains { $0.hasPrefix("opening") } })
        #expect(openings.count == 1)
        let spokeAt = Set(result.quads.filter { $0.predicate == KH.speaker }.compactMap(\.subject.iri))
        #expect(!spokeAt.isEmpty && spokeAt.isSubset(of: openings))
    }
    // MARK: - Every winner of a list, a festival's own prize

    /// Labels of the recipients of conferrals whose award is labelled `award`.
    static func recipients(_ result: ExtractionResult, of award: String) -> Set<String> {
        let awards = Set(E.entities(result, labelled: award).map { Term.iri($0) })
        let conferrals = Set(result.quads.filter { $0.predicate == KH.award && awards.contains($0.object) }.map(\.subject))
        return Set(result.quads.filter { $0.predicate == KH.recipient && conferrals.contains($0.subject) }
            .compactMap(\.object.iri).flatMap { G.label(result, $0) })
    }

    @Test func winnersFromTheirSchoolsAreBothWinners() {
        let result = G.english("Physics olympiad", "Iran finished third at the 24th Asian Physics Olympiad held in Bali, Indonesia. "
            + "Sara Karimi from Allameh Helli High School and Ali Rezaei from Sharif University of Technology took the gold medals.")
        let winners = result.quads.filter { $0.predicate == KH.recipient }.compactMap(\.object.iri).flatMap { G.label(result, $0) }
        #expect(winners.contains("Sara Karimi"))
        #expect(winners.contains("Ali Rezaei"))
        #expect(!winners.contains("Sharif University of Technology"))
    }

    @Test func chosenAtAFestivalWithNoEditionWinsTheFestivalsPrize() {
        let result = G.persian("فیلم برگزیده", "فیلم «خانه آبی» به کارگردانی مریم صالحی برگزیده جشنواره فیلم فجر شد.")
        #expect(Self.recipients(result, of: "جشنواره فیلم فجر").contains("مریم صالحی"))
    }

    @Test func chosenAtAnExhibitionIsNoPrize() {
        // An exhibition is no prize-giving series: "برگزیده نمایشگاه" names no award of the fair's own.
        let result = G.persian("نمایشگاه کتاب", "غرفه نشر افق به مدیریت رضا هاشمی برگزیده نمایشگاه کتاب تبریز شد.")
        #expect(Self.recipients(result, of: "نمایشگاه کتاب تبریز").isEmpty)
    }
}
