import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Who won what, written the ways news text writes it and no gold set was tuned on (invented people, prizes and
/// places; Persian and English). Each test names the construction; the expected facts follow the annotation
/// decisions of data/gold/README.md (prize objects, medals and ranks, designations are awards).
@Suite struct ConferralGeneralizationTests {
    static func extract(_ paragraphs: [String], language: ArticleLanguage = .persian) -> AwardExtractionTests.Extracted {
        AwardExtractionTests.extract(paragraphs, language: language)
    }

    // MARK: - Prize objects

    @Test func bareStatuetteIsTheStatuetteNamedBeforeNotTheLastPrize() {
        let result = Self.extract([
            "تندیس زرین سپیدار بهترین فیلم به مهتاب کیانی رسید.",
            "جایزه ویژه هیئت داوران نیز به کوروش بهمنی اهدا شد.",
            "پرستو ملکی تندیس بهترین تدوین را از آن خود کرد.",
        ])
        #expect(result.conferrals.contains("پرستو ملکی → تندیس زرین سپیدار"))
        #expect(!result.conferrals.contains("پرستو ملکی → جایزه ویژه هیئت داوران"))
        #expect(result.categories.contains("بهترین تدوین"))
    }

    @Test func diplomaWithNoNameIsAPrizeOfItsOwn() {
        let result = Self.extract([
            "مدال طلای مسابقه به نادر فرخی رسید.",
            "مریم رحمتی نیز شایسته دریافت دیپلم افتخار شناخته شد.",
        ])
        #expect(result.conferrals.contains("مریم رحمتی → دیپلم افتخار"))
        #expect(!result.conferrals.contains("مریم رحمتی → مدال طلای"))
    }

    @Test func succeededInReceivingWithTheCategoryBeforeTheVerb() {
        let result = Self.extract(["بهرام کاشفی موفق به دریافت لوح تقدیر بهترین عکس خبری شد."])
        #expect(result.conferrals.contains("بهرام کاشفی → لوح تقدیر"))
        #expect(result.categories.contains("بهترین عکس خبری"))
    }

    @Test func statuetteInAppositionIsThatStatuette() {
        let result = Self.extract(["تندیس مهر، جایزه بزرگ جشنواره، در بخش مستند به کاوه امیری اهدا شد."])
        #expect(result.conferrals.contains("کاوه امیری → تندیس مهر"))
        #expect(!result.entities(KH.Award).contains("جایزه بزرگ"))
    }

    @Test func statuetteWithoutItsMetalIsTheOneNamed() {
        let result = Self.extract([
            "تندیس زرین آفتاب بهترین آلبوم به «شب‌های کویر» اثر بهروز صفایی رسید.",
            "فریدون آشوری، نوازنده تار، تندیس آفتاب را برای آلبوم «نسیم» دریافت کرد.",
        ])
        #expect(result.conferrals.contains("فریدون آشوری → تندیس زرین آفتاب"))
        #expect(!result.entities(KH.Award).contains("تندیس آفتاب"))
    }

    @Test func quotedNameCompletesAnAwardsName() {
        let result = Self.extract(["جایزه داستان «سپیده» نیز به رویا مقدم اهدا شد."])
        #expect(result.conferrals.contains("رویا مقدم → جایزه داستان «سپیده»"))
    }

    @Test func statuetteAndMetalBeforeACategoryIsTheNamedStatuette() {
        let result = Self.extract([
            "در این مراسم تندیس زرین ماهور بهترین نمایش به بهنام کریمی اهدا شد.",
            "همچنین تندیس زرین بهترین بازیگر زن به مریم صفوی رسید.",
        ])
        #expect(result.conferrals.contains("مریم صفوی → تندیس زرین ماهور"))
        #expect(!result.entities(KH.Award).contains("تندیس زرین"))
    }

    @Test func subjectOfARelativeClauseReceives() {
        let result = Self.extract([
            "تندیس زرین ماهور به بهنام کریمی اهدا شد.",
            "کریمی که پیش از این دو بار نامزد دریافت جایزه شده بود، تندیس بهترین کارگردانی را هم دریافت کرد.",
        ])
        #expect(result.conferrals.contains("بهنام کریمی → تندیس زرین ماهور"))
        #expect(result.categories.contains("بهترین کارگردانی"))
    }

    @Test func onePrizeGivenSectionBySection() {
        let result = Self.extract(["تندیس ماهور در بخش بهترین آلبوم به پرویز صالحی برای آلبوم «باران»، در بخش بهترین خواننده به مریم کیانی و در بخش آهنگسازی به بهنام رضایی اهدا شد."])
        #expect(result.conferrals.contains("پرویز صالحی → تندیس ماهور"))
        #expect(result.conferrals.contains("مریم کیانی → تندیس ماهور"))
        #expect(result.conferrals.contains("بهنام رضایی → تندیس ماهور"))
    }

    @Test func lifetimeAchievementPhraseStaysInTheName() {
        let result = Self.extract(["همچنین نشان افتخار یک عمر فعالیت هنری به استاد علی رحیمی تقدیم شد."])
        #expect(result.conferrals.contains("علی رحیمی → نشان افتخار یک عمر فعالیت هنری"))
    }

    // MARK: - Persian verbs of winning and giving

    @Test func medalsReachedFallenToAndHeld() {
        let result = Self.extract([
            "مهران سعیدی نیز به مدال نقره رسید.",
            "مدال برنز دیگر نصیب فرزاد حیدری شد.",
            "حامد نوروزی در وزن ۷۴ کیلوگرم صاحب مدال طلا شد.",
            "سینا رستمی و نیما اکبری مدال برنز گرفتند.",
        ])
        #expect(result.conferrals.contains("مهران سعیدی → مدال نقره"))
        #expect(result.conferrals.contains("فرزاد حیدری → مدال برنز"))
        #expect(result.conferrals.contains("حامد نوروزی → مدال طلا"))
        #expect(result.conferrals.contains("سینا رستمی → مدال برنز"))
        #expect(result.conferrals.contains("نیما اکبری → مدال برنز"))
    }

    @Test func prizeGivenOrBelongingInOtherRegisters() {
        let result = Self.extract([
            "جایزه ادبی مهرگان به مریم صفوی داده شد.",
            "تندیس طلایی بخش کودک به سارا جلالی تعلق یافت.",
        ])
        #expect(result.conferrals.contains("مریم صفوی → جایزه ادبی مهرگان"))
        #expect(result.conferrals.contains("سارا جلالی → تندیس طلایی"))
    }

    @Test func winnersListedAfterAreAreTheFocusPrizes() {
        let result = Self.extract([
            "جایزه ادبی مهرگان امروز برندگان خود را شناخت.",
            "برگزیدگان بخش شعر عبارتند از: محمد صابری و زهرا نیک‌نام.",
        ])
        #expect(result.conferrals.contains("محمد صابری → جایزه ادبی مهرگان"))
        #expect(result.conferrals.contains("زهرا نیک‌نام → جایزه ادبی مهرگان"))
    }

    @Test func playWonWithItsDirector() {
        let result = Self.extract(["علی شجاعی با نمایش «کوچ» سیمرغ بلورین بهترین کارگردانی را دریافت کرد."])
        #expect(result.conferrals.contains("علی شجاعی → سیمرغ بلورین"))
        #expect(result.works.contains("کوچ"))
    }

    @Test func persianRankWithNoPrizeNamedIsAPrizeOfItsOwn() {
        let result = Self.extract(["دانشگاه صنعتی شریف در بخش دانشجویی رتبه نخست را کسب کرد."])
        #expect(result.conferrals.contains("دانشگاه صنعتی شریف → رتبه نخست"))
    }

    @Test func persianRankAfterANamedPrizeIsThatPrize() {
        let result = Self.extract([
            "جایزه ادبی مهرگان امروز برندگان خود را شناخت.",
            "در بخش نقد ادبی نیز رتبه دوم به پرویز سعیدی رسید.",
        ])
        #expect(result.conferrals.contains("پرویز سعیدی → جایزه ادبی مهرگان"))
    }

    @Test func workFromItsMakerAndRecipientBeforeThePrize() {
        let result = Self.extract([
            "جایزه مردمی جشنواره هم به عکس «غروب تالاب» از فرشته صالحی تعلق گرفت.",
            "همچنین از سوی دبیرخانه جشنواره به مریم نوروزی لوح سپاس اهدا شد.",
        ])
        #expect(result.conferrals.contains("فرشته صالحی → جایزه مردمی"))
        #expect(result.conferrals.contains("مریم نوروزی → لوح سپاس"))
    }

    @Test func juryGivingAStatuetteIsNoBodyNamedByIt() {
        let result = Self.extract(["هیئت داوران تندیس جشنواره را به پرویز یاحقی اهدا کرد."])
        #expect(!result.entities(Schema.organization).contains("هیئت داوران تندیس"))
    }

    // MARK: - Designations

    @Test func persianDesignationsAreConferredByTheDesignatingBody() {
        let result = Self.extract([
            "یونسکو سال گذشته شیراز را به عنوان شهر خلاق ادبیات معرفی کرد.",
            "روستای میمند به عنوان روستای جهانی سنگ ثبت شد.",
        ])
        #expect(result.conferrals.contains("شیراز → شهر خلاق ادبیات"))
        #expect(result.conferrals.contains("روستای میمند → روستای جهانی سنگ"))
        #expect(result.givers.contains("شهر خلاق ادبیات ← یونسکو"))
        #expect(!result.entities(Schema.place).contains("روستای جهانی سنگ"))
    }

    @Test func quotedDesignationAfterTheGiver() {
        let result = Self.extract(["اصفهان در سال ۲۰۱۵ میلادی از سوی یونسکو به عنوان «شهر خلاق صنایع دستی» به این شبکه پیوست."])
        #expect(result.conferrals.contains("اصفهان → شهر خلاق صنایع دستی"))
        #expect(result.givers.contains("شهر خلاق صنایع دستی ← یونسکو"))
        #expect(!result.conferrals.contains("یونسکو → شهر خلاق صنایع دستی"))
    }

    @Test func datelinePlaceIsNotDesignated() {
        let result = Self.extract(["همدان - ایرنا - لوح ثبت جهانی به عنوان «شهر جهانی سفال» صبح امروز به شهروندان تقدیم شد."])
        #expect(!result.conferrals.contains("همدان → شهر جهانی سفال"))
    }

    @Test func rankedDesignationIsNoEdition() {
        let result = Self.extract(["یزد نخستین شهر جهانی ترمه ایران است."])
        #expect(result.editions.isEmpty)
    }

    @Test func englishDesignations() {
        let result = Self.extract([
            "The World Crafts Council has named Kashan a World Craft City for rosewater.",
            "Zanjan was chosen as the Islamic Handicrafts Capital for 2027 by the Organization of Islamic Cooperation.",
            "Meanwhile, Lahijan won the title of National Capital of Tea.",
        ], language: .english)
        #expect(result.conferrals.contains("Kashan → World Craft City"))
        #expect(result.givers.contains("World Craft City ← World Crafts Council"))
        #expect(result.conferrals.contains("Zanjan → Islamic Handicrafts Capital"))
        #expect(result.givers.contains("Islamic Handicrafts Capital ← Organization of Islamic Cooperation"))
        #expect(result.conferrals.contains("Lahijan → National Capital of Tea"))
    }

    // MARK: - English phrasings

    @Test func medalsOfTwoClausesAreNotCrossed() {
        let result = Self.extract(["Omid Jalali and Sara Karimi were awarded gold medals, while silver medals went to Reza Ahmadi."],
                                  language: .english)
        #expect(result.conferrals.contains("Reza Ahmadi → silver medal"))
        #expect(!result.conferrals.contains("Reza Ahmadi → gold medal"))
    }

    @Test func bareMetalAfterAWhileClause() {
        let result = Self.extract(["Silver medals went to Omid Jalali, Sara Karimi and Kian Tavakoli, while Armin Bagheri brought home a bronze."],
                                  language: .english)
        #expect(result.conferrals.contains("Kian Tavakoli → silver medal"))
        #expect(result.conferrals.contains("Armin Bagheri → bronze medal"))
        #expect(!result.conferrals.contains("Kian Tavakoli → bronze medal"))
        #expect(!result.conferrals.contains("Armin Bagheri → silver medal"))
    }

    @Test func passiveWinningPresentingWithAndTheGiverAfterBy() {
        let result = Self.extract([
            "Poet Leila Sadr has been awarded the Saffron Quill Prize by the Persian Letters Society.",
            "The Persian Letters Society presented Sadr with the prize in Shiraz.",
            "Last year's Saffron Quill Prize was won by novelist Reza Ahmadi.",
        ], language: .english)
        #expect(result.conferrals.contains("Leila Sadr → Saffron Quill Prize"))
        #expect(result.conferrals.contains("Reza Ahmadi → Saffron Quill Prize"))
        #expect(result.givers.contains("Saffron Quill Prize ← Persian Letters Society"))
    }

    @Test func honoraryDoctorateFromAUniversity() {
        let result = Self.extract(["Architect Hamid Tabrizi received an honorary doctorate from the University of Tabriz."], language: .english)
        #expect(result.conferrals.contains("Hamid Tabrizi → honorary doctorate"))
        #expect(result.givers.contains("honorary doctorate ← University of Tabriz"))
    }

    @Test func rankPrizeWithNoPrizeInFocusIsAPrizeOfItsOwn() {
        let result = Self.extract(["First prize in the student category went to Amir Hosseini."], language: .english)
        #expect(result.conferrals.contains("Amir Hosseini → first prize"))
    }

    @Test func categoryAwardAfterANamedStatuetteIsThatStatuette() {
        let result = Self.extract([
            "Sohrab Karimi won the Golden Cypress for best film.",
            "Editor Leila Shams bagged the best editing award, and Reza Ahmadi walked away with the music award.",
        ], language: .english)
        #expect(result.conferrals.contains("Leila Shams → Golden Cypress"))
        #expect(result.conferrals.contains("Reza Ahmadi → Golden Cypress"))
        #expect(result.categories.contains("best editing"))
    }

    @Test func workAwardWithItsDirectorAfterAComma() {
        let result = Self.extract(["The audience award was presented to \"Blue Lanterns\", directed by Nasrin Karami."], language: .english)
        #expect(result.conferrals.contains("Nasrin Karami → audience award"))
        #expect(result.works.contains("Blue Lanterns"))
    }

    @Test func headlineVerbEndsTheWinnersName() {
        let result = Self.extract([
            "Yazd Restorer Wins Cedar Heritage Award",
            "The third Cedar Heritage Award was presented to architect Mina Sadeghi on Friday.",
        ], language: .english)
        #expect(result.entities(KH.Award).contains("Cedar Heritage Award"))
        #expect(result.conferrals.contains("Mina Sadeghi → Cedar Heritage Award"))
    }

    @Test func datelineIsNoPartOfAnOrganizationName() {
        let result = Self.extract(["TEHRAN - The Persian Letters Society gave its top award to Leila Sadr."], language: .english)
        #expect(result.entities(Schema.organization).contains("Persian Letters Society"))
    }

    @Test func statuetteNamedByTheAwardIsTheAward() {
        let result = Self.extract([
            "\"Desert Rose\" was the big winner of the 12th Simin Awards on Sunday.",
            "Bijan Farahani won the Simin statuette for best actor.",
        ], language: .english)
        #expect(result.conferrals.contains("Bijan Farahani → Simin Awards"))
        #expect(!result.entities(KH.Award).contains("Simin statuette"))
    }

    @Test func acceptingOnBehalfOfOthersIsNoWinning() {
        let result = Self.extract([
            "The Cedar Heritage Award went to the Kerman Restoration Group.",
            "Architect Mina Sadeghi received the plaque on behalf of the group.",
        ], language: .english)
        #expect(!result.conferrals.contains { $0.hasPrefix("Mina Sadeghi") })
    }

    @Test func winnerOfANumberedEditionWinsItsAward() {
        let result = Self.extract(["Director Kaveh Tahmasbi was the big winner of the 12th Simin Awards."], language: .english)
        #expect(result.conferrals.contains("Kaveh Tahmasbi → Simin Awards"))
    }

    @Test func thePrizeAfterAMedalIsTheMainAward() {
        let result = Self.extract([
            "Physicist Sara Rahimi won the Avicenna Science Prize on Sunday.",
            "Each laureate receives a gold medal and a cash prize.",
            "The prize, awarded by the Avicenna Foundation, recognizes young scientists.",
            "Previous recipients include Iranian biologist Hossein Baharvand.",
        ], language: .english)
        #expect(result.givers.contains("Avicenna Science Prize ← Avicenna Foundation"))
        #expect(!result.givers.contains("gold medal ← Avicenna Foundation"))
        #expect(result.conferrals.contains("Hossein Baharvand → Avicenna Science Prize"))
    }

    @Test func laureateInACategory() {
        let result = Self.extract([
            "The Avicenna Science Prize was announced on Sunday.",
            "Professor Ali Moradi was named a laureate in the life sciences category.",
        ], language: .english)
        #expect(result.conferrals.contains("Ali Moradi → Avicenna Science Prize"))
    }

    @Test func chosenAtAnEditionWinsTheFestivalsOwnPrize() {
        let result = Self.extract(["مستند «آب و آتش» به کارگردانی نادر حیدری برگزیده پنجاه و چهارمین جشنواره بین‌المللی فیلم سپیدار شد."])
        #expect(result.conferrals.contains("نادر حیدری → جشنواره بین‌المللی فیلم سپیدار"))
    }

    @Test func wonBestAtAnEditionWinsTheFestivalsOwnPrize() {
        let result = Self.extract(["Iranian filmmaker Reza Ahmadi won best director at the 30th Cedar International Film Festival on Friday."],
                                  language: .english)
        #expect(result.conferrals.contains("Reza Ahmadi → Cedar International Film Festival"))
    }

    @Test func plaqueAndStatuetteGivenInHonourEndBeforeTheVerb() {
        let result = Self.extract(["در این آیین از کیوان احمدی با اهدای تندیس و لوح تقدیر تجلیل شد."])
        #expect(!result.entities(KH.Award).contains("لوح تقدیر تجلیل"))
        #expect(result.conferrals.contains("کیوان احمدی → لوح تقدیر"))
    }

    // MARK: - Editions

    @Test func aPrizeAnotherBodyGivesDoesNotCountTheFestival() {
        let result = Self.extract([
            "پنجاه و چهارمین جشنواره بین‌المللی فیلم سپیدار دیروز به کار خود پایان داد.",
            "جایزه پژوهش، که هر ساله از سوی بنیاد سینمایی فارابی اهدا می‌شود، امسال به فرزانه کریمی رسید.",
        ])
        #expect(result.conferrals.contains("فرزانه کریمی → جایزه پژوهش"))
        #expect(!result.editions.contains("جایزه پژوهش #54"))
    }

    @Test func olympiadIsCountedByItsSeriesNotByAMedal() {
        let result = Self.extract(["Iranian students won three gold medals at the 57th International Physics Olympiad held in Paris."],
                                  language: .english)
        #expect(!result.editions.contains("gold medal #57"))
    }
}
