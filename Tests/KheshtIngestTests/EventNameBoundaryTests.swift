import Foundation
import Testing
import KheshtGraph
import KheshtIngest

/// (xevname) Where an event's name ends on unseen news: a ceremony named by an act runs through the title and office
/// it is held for. Every sentence is written here, not taken from a corpus.
@Suite struct EventNameBoundaryTests {
    typealias G = ExtractionGeneralizationTests
    typealias E = EventMentionTests

    @Test func aFarewellCeremonyRunsThroughTheTitleAndOffice() {
        let result = G.persian("معرفی مدیرکل جدید",
                               "آیین تودیع و معارفه مدیرکل بهزیستی، ورزش و جوانان استان یزد صبح امروز با حضور استاندار یزد در سالن اجتماعات استانداری برگزار شد.")
        let labels = E.eventLabels(result)
        #expect(labels.contains("آیین تودیع و معارفه مدیرکل بهزیستی، ورزش و جوانان استان یزد"), "\(labels)")
        // The date and the venue still go to the ceremony: its name stops before them.
        guard let ceremony = E.event(labelled: "آیین تودیع و معارفه", in: result) else {
            Issue.record("no ceremony in \(labels)")
            return
        }
        #expect(!G.objects(result, ceremony, Schema.startDate).isEmpty)
    }

    @Test func anIntroductionCeremonyNamesTheOfficeHoldersPlace() {
        let result = G.persian("فرماندار جدید معرفی شد",
                               "آیین معارفه فرماندار شهرستان میبد عصر دیروز در محل فرمانداری برگزار شد.")
        let labels = E.eventLabels(result)
        #expect(labels.contains { $0.hasPrefix("آیین معارفه فرماندار") && $0.hasSuffix("میبد") }, "\(labels)")
        #expect(!labels.contains("آیین معارفه"), "\(labels)")
    }

    @Test func anActWithoutATitleKeepsItsOwnName() {
        // No role after the act: the name is what is done, as before.
        let result = G.persian("بازگشایی پل", "آیین بازگشایی پل تاریخی شهر صبح دیروز با حضور استاندار برگزار شد.")
        let labels = E.eventLabels(result)
        #expect(labels.contains { $0.hasPrefix("آیین بازگشایی پل") && !$0.contains("استاندار") }, "\(labels)")
    }

    @Test func aSeasonsYearRangeIsInsideTheName() {
        let result = G.persian("جشن برترین‌های بسکتبال",
                               "جشن برترین‌های فصل ۱۴۰۲-۱۴۰۳ بسکتبال ایران شامگاه سه‌شنبه در سالن همایش‌های صداوسیما برگزار شد.")
        let labels = E.eventLabels(result)
        #expect(labels.contains("جشن برترین‌های فصل ۱۴۰۲-۱۴۰۳ بسکتبال ایران"), "\(labels)")
        #expect(!labels.contains("جشن برترین‌های فصل ۱۴۰۲"), "\(labels)")
    }

    @Test func anEnglishOrdinalBeforeAProperNameMakesAnEdition() {
        let race = G.english("Runners gather on Qeshm",
                             "More than 2,000 runners took part in the fifth Qeshm Island Marathon on Friday.")
        let raceLabels = E.eventLabels(race)
        #expect(raceLabels.contains("fifth Qeshm Island Marathon"), "\(raceLabels)")
        #expect(raceLabels.contains("Qeshm Island Marathon"), "\(raceLabels)")
        let fair = G.english("Fair opens", "The 12th Caspian Agrotech exhibition opened on Monday in Rasht.")
        let fairLabels = E.eventLabels(fair)
        #expect(fairLabels.contains("12th Caspian Agrotech exhibition"), "\(fairLabels)")
        #expect(fairLabels.contains("Caspian Agrotech"), "\(fairLabels)")
        let trade = G.english("Inventors win medals",
                              "Iranian inventors won medals at the 9th Danube international trade fair for ideas and new products, which ended on Sunday.")
        #expect(E.eventLabels(trade).contains("9th Danube international trade fair for ideas and new products"), "\(E.eventLabels(trade))")
    }

    @Test func aCapitalizedOrdinalInsideATitleIsNoEdition() {
        let result = G.english("Film wins", "The film won the award of the First Feature competition at the festival.")
        #expect(!E.eventLabels(result).contains { $0.hasPrefix("First Feature") }, "\(E.eventLabels(result))")
    }

    @Test func aKnownPlaceOpeningASeriesNameIsAWordOfIt() {
        let result = G.persian("نمایشگاه گشایش یافت",
                               "نهمین نمایشگاه ایران فارما صبح امروز در محل دائمی نمایشگاه‌های بین‌المللی تهران گشایش یافت.")
        let labels = E.eventLabels(result)
        #expect(labels.contains("نهمین نمایشگاه ایران فارما"), "\(labels)")
        #expect(labels.contains("نمایشگاه ایران فارما"), "\(labels)")
    }
}
