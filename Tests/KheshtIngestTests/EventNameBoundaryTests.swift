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
}
