import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Where names begin and end and what kind of thing they name, in sentences written for these tests (none taken from
/// a gold set): spellings with and without ZWNJ, glued and foreign given names, surnames written alone, venue names
/// with a namesake, bodies that list their fields, leagues, English companies and apps, Latin name particles.
@Suite struct EntityMentionGeneralizationTests {
    static let extractor = try! Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))

    static func persian(_ title: String, _ body: String) -> ExtractionResult {
        let text = "\(title)\nکد خبر: 5151\nتاریخ انتشار: ۲ آبان ۱۴۰۳ - ۱۱:۰۰\n\n\(body)\n"
        let article = try! ArticleReader().read(bytes: Array(text.utf8), path: "xent-fa.txt")[0]
        return extractor.extract(article)
    }

    static func english(_ title: String, _ body: String) -> ExtractionResult {
        let text = "Tehran Times\nTuesday, October 22, 2024\n\n\(title)\n\n\(body)\n"
        let article = try! ArticleReader().read(bytes: Array(text.utf8), path: "xent-en.txt")[0]
        return extractor.extract(article)
    }

    /// The labels of every entity of class `type` the article mentions.
    static func names(_ result: ExtractionResult, _ type: IRI) -> [String] {
        let typed = Set(result.quads.filter { $0.predicate == RDF.type && $0.object == .iri(type) }.compactMap(\.subject.iri))
        let mentioned = Set(result.quads.filter { $0.predicate == Schema.mentions }.compactMap(\.object.iri))
        return result.quads.filter { quad in
            quad.predicate == RDFS.label && quad.subject.iri.map { typed.contains($0) && mentioned.contains($0) } == true
        }.compactMap { $0.object.literal?.lexicalForm }
    }

    // MARK: One entity for one name

    @Test func aTitleWrittenWithAndWithoutZWNJIsOneWork() {
        let result = Self.persian("نمایش فیلم «خانه‌های سنگی»",
                                  "فیلم «خانه های سنگی» دیروز در سینما آزادی نمایش داده شد. کارگردان فیلم «خانه‌های سنگی» گفت: این فیلم درباره روستاهای کوهستانی است.")
        #expect(Self.names(result, Schema.creativeWork).count == 1)
    }

    @Test func aHyphenatedSurnameAloneIsThePersonNamedInFull() {
        let result = Self.english("Engineer honoured",
                                  "Sara Ahmadi-Nasab received the award on Monday. Ahmadi-Nasab said the prize belongs to her team.")
        #expect(Self.names(result, Schema.person) == ["Sara Ahmadi-Nasab"])
    }

    // MARK: Persons

    @Test func gluedCompoundGivenNamesStartANameWithoutATitle() {
        let result = Self.persian("دیدار مدیران", "سیدحسین مرادخانی و محمدکاظم یزدان‌پناه در این جلسه حضور داشتند.")
        let people = Self.names(result, Schema.person)
        #expect(people.contains("سیدحسین مرادخانی"))
        #expect(people.contains("محمدکاظم یزدان‌پناه"))
    }

    @Test func aForeignNameOpeningTheSentenceBeforeATitleIsAPerson() {
        let result = Self.persian("پایان اردو", "یوهان برگمان سرمربی تیم ملی هندبال پس از دیدار گفت: بازیکنان جوان ما پیشرفت کرده‌اند.")
        #expect(Self.names(result, Schema.person).contains("یوهان برگمان"))
    }

    @Test func aMakerPhraseIntroducesAnyName() {
        let result = Self.persian("ترجمه تازه", "رمان «باغ انار» به قلم لوسیا فرناندز گارسیا به فارسی منتشر شد.")
        #expect(Self.names(result, Schema.person).contains("لوسیا فرناندز گارسیا"))
    }

    @Test func aMakerPhraseTakesAKnownGivenNameAndItsSurnameOnly() {
        let result = Self.persian("پایان جشنواره", "نمایش «ماه پنهان» به کارگردانی نسرین ملکی بیشترین جوایز را گرفت.")
        let people = Self.names(result, Schema.person)
        #expect(people.contains("نسرین ملکی"))
        #expect(!people.contains { $0.contains("بیشترین") })
    }

    @Test func aNameBetweenCommasAfterATitleIsItsHolder() {
        let fa = Self.persian("جشنواره فیلم کوتاه", "جایزه بهترین فیلم به کارگردان قزاق، آیگول نورلانوا، رسید.")
        #expect(Self.names(fa, Schema.person).contains("آیگول نورلانوا"))
        let en = Self.english("Museum reopens", "The museum's curator, Ingrid Holm, said the collection had been restored.")
        #expect(Self.names(en, Schema.person).contains("Ingrid Holm"))
    }

    @Test func anAppositiveNameStartsAtItsGivenName() {
        let result = Self.persian("تقدیر", "وی از تلاش‌های مهدی نوروزی، دبیر جشنواره، قدردانی کرد.")
        let people = Self.names(result, Schema.person)
        #expect(people.contains("مهدی نوروزی"))
        #expect(!people.contains { $0.contains("تلاش") })
    }

    @Test func aCountrysAthleteIsAPersonButACitysBuildingIsNot() {
        let result = Self.english("Wrestling final", "Japan's Kenta Morishita beat his rival in the final. Yazd's Lari House was restored.")
        let people = Self.names(result, Schema.person)
        #expect(people.contains("Kenta Morishita"))
        #expect(!people.contains("Lari House"))
    }

    @Test func latinNameParticlesBelongToTheName() {
        let result = Self.english("Guest speaker", "Juan Carlos de la Fuente spoke at the opening on Sunday.")
        #expect(Self.names(result, Schema.person).contains("Juan Carlos de la Fuente"))
    }

    // MARK: Organizations, places, events, products

    @Test func aBodyNameListsItsFieldsAfterAComma() {
        let result = Self.persian("مسابقه", "اداره کل ورزش، جوانان و تربیت بدنی استان کرمان این مسابقه را برگزار کرد.")
        #expect(Self.names(result, Schema.organization).contains { $0.hasPrefix("اداره کل ورزش، جوانان و تربیت بدنی") })
    }

    @Test func aListOfThingsAfterABodyIsNoPartOfItsName() {
        let result = Self.persian("حمایت", "بنیاد سینمایی فارابی، فیلم‌ها و سریال‌های کودک را حمایت می‌کند.")
        #expect(Self.names(result, Schema.organization).contains("بنیاد سینمایی فارابی"))
    }

    @Test func downtownAndARankedBodyAreNoNames() {
        let result = Self.persian("افتتاح", "نخستین مرکز تخصصی مشاوره خانواده در مرکز شهر افتتاح شد.")
        #expect(!Self.names(result, Schema.organization).contains("مرکز شهر"))
        #expect(Self.names(result, Schema.event).isEmpty)
    }

    @Test func aGivenNameInsideAVenueNameIsItsNamesake() {
        let result = Self.persian("اکران", "این فیلم از فردا در پردیس سینمایی کوروش و سینما آزادی اکران می‌شود.")
        #expect(Self.names(result, Schema.place).contains("پردیس سینمایی کوروش"))
        #expect(!Self.names(result, Schema.person).contains("کوروش"))
    }

    @Test func aLeagueIsAnEventAndItsWeekNoEdition() {
        let result = Self.persian("بسکتبال", "در هفته پنجم لیگ برتر بسکتبال، تیم شهرداری گرگان پیروز شد.")
        let events = Self.names(result, Schema.event)
        #expect(events.contains("لیگ برتر بسکتبال"))
        #expect(!events.contains { $0.contains("پنجم") })
    }

    @Test func smallTownsAndWorldCitiesArePlaces() {
        let fa = Self.persian("نمایشگاه", "نمایشگاه فرش دستباف دیروز در ساوه گشایش یافت.")
        #expect(Self.names(fa, Schema.place).contains("ساوه"))
        let en = Self.english("Tour", "The orchestra will perform in Lisbon and Prague next month.")
        #expect(Set(Self.names(en, Schema.place)).isSuperset(of: ["Lisbon", "Prague"]))
    }

    @Test func aCompanyIntroducedByWhatItIsIsAnOrganization() {
        let result = Self.english("Solar deal", "The Swedish firm Nordvik Solar signed the contract in Tehran on Monday.")
        #expect(Self.names(result, Schema.organization).contains("Nordvik Solar"))
    }

    @Test func anAppIsAProductWhetherNamedBeforeOrQuotedAfter() {
        let result = Self.english("Travel apps",
                                  "Tickets are sold through the Bilit app. The company's app, \"Safar Yar\", has one million users.")
        let products = Set(Self.names(result, Schema.product))
        #expect(products.isSuperset(of: ["Bilit", "Safar Yar"]))
    }

    // MARK: Boundaries of English runs, bodies named after people, common nouns

    @Test func initialsBeforeASurnameMakeAPerson() {
        let result = Self.english("Panel", "Professor M. K. Farahani of the Amirkabir University of Technology spoke on Monday.")
        #expect(Self.names(result, Schema.person).contains { $0.hasSuffix("M. K. Farahani") })
        #expect(Self.names(result, Schema.organization).contains("Amirkabir University of Technology"))
    }

    @Test func twoBodiesJoinedByAndAreTwo() {
        let result = Self.english("Conference", "The event is co-organized by the University of Isfahan and Shiraz University of Technology.")
        let bodies = Set(Self.names(result, Schema.organization))
        #expect(bodies.isSuperset(of: ["University of Isfahan", "Shiraz University of Technology"]))
    }

    @Test func aBodySpelledOutBeforeItsAcronymIsABody() {
        let result = Self.english("Championships", "The games are run by World Archery Federation (WAF) every two years.")
        #expect(Self.names(result, Schema.organization).contains("World Archery Federation"))
        let plain = Self.english("Championships", "The games are run by Global Sport Events (GSE) every two years.")
        #expect(Self.names(plain, Schema.organization).contains("Global Sport Events"))
    }

    @Test func aHallOfAHotelIsTwoPlaces() {
        let result = Self.english("Gala", "The gala was held at the Simin Hall of Parsian Azadi Hotel on Friday.")
        #expect(Set(Self.names(result, Schema.place)).isSuperset(of: ["Simin Hall", "Parsian Azadi Hotel"]))
    }

    @Test func aPlaceBasedBodyIsABody() {
        let result = Self.english("Film", "The documentary was produced by Shiraz-based Roshan Pictures last year.")
        #expect(Self.names(result, Schema.organization).contains("Roshan Pictures"))
    }

    @Test func aFoundationNamedAfterAPersonKeepsTheName() {
        let result = Self.persian("جایزه", "این جایزه به همت بنیاد فرهنگی هوشنگ گلشیری برگزار می‌شود.")
        #expect(Self.names(result, Schema.organization).contains("بنیاد فرهنگی هوشنگ گلشیری"))
    }

    @Test func countedAndQualifiedBodyWordsAreCommonNouns() {
        let result = Self.persian("نمایشگاه", "بیش از ۳۰۰ شرکت داخلی در این نمایشگاه حضور دارند و یک شرکت خصوصی نیز غرفه دارد.")
        #expect(Self.names(result, Schema.organization).isEmpty)
    }

    @Test func aNaturalPlaceIsAPlace() {
        let fa = Self.persian("گردشگری", "گردشگران دیروز از جزیره لارک و بندر سیراف دیدن کردند.")
        #expect(Set(Self.names(fa, Schema.place)).isSuperset(of: ["جزیره لارک", "بندر سیراف"]))
        let en = Self.english("Rally", "The rally crossed the Maranjab Desert on Sunday.")
        #expect(Self.names(en, Schema.place).contains("Maranjab Desert"))
    }

    @Test func aWellKnownPoetHonouredIsInTheCeremonysNameAndAPerson() {
        let result = Self.persian("بزرگداشت", "آیین بزرگداشت حکیم عمر خیام دیروز در نیشابور برگزار شد. سروانتس نیز از او یاد کرده بود.")
        #expect(Self.names(result, Schema.event).contains { $0.contains("عمر خیام") })
        #expect(Self.names(result, Schema.person).contains("سروانتس"))
    }

    @Test func aTechnologyParkIsABodyAndIranianCinemaNoVenue() {
        let result = Self.english("Startups", "The award went to a team from Kavosh Technology Park. Iranian cinema has a long history.")
        #expect(Self.names(result, Schema.organization).contains("Kavosh Technology Park"))
        #expect(Self.names(result, Schema.place).isEmpty)
        let fa = Self.persian("فناوری", "رئیس پارک علم و فناوری خراسان در این نشست سخنرانی کرد.")
        #expect(Self.names(fa, Schema.organization).contains("پارک علم و فناوری خراسان"))
    }

    @Test func aKnownBodyThenAndThenAnotherBodyAreTwo() {
        let result = Self.english("Health", "The day was marked by the Ministry of Health and Medical Education and Mashhad University of Medical Sciences.")
        #expect(Self.names(result, Schema.organization).contains("Mashhad University of Medical Sciences"))
    }

    @Test func anOfficeNamedByATitleListsItsFieldsWithAComma() {
        let result = Self.persian("تجلیل", "علی صادقی مدیرکل تعاون، کار و رفاه اجتماعی استان قزوین در این مراسم گفت: کارگران ستون تولیدند.")
        #expect(Self.names(result, Schema.organization).contains { $0.hasPrefix("اداره کل تعاون، کار و رفاه اجتماعی") })
    }

    @Test func foreignGivenNamesWrittenInPersianStartAName() {
        let result = Self.persian("کنسرت", "سولیست این برنامه ماریا کوالسکا از لهستان بود و توماس برگر نیز اجرا کرد.")
        let people = Self.names(result, Schema.person)
        #expect(people.contains("ماریا کوالسکا"))
        #expect(people.contains("توماس برگر"))
    }

    // MARK: The QA articles

    /// Nineteen short articles written for this work (Fixtures/EntityMentions: Persian with Arabic ي/ك, missing or
    /// spaced ZWNJ, Persian digits; English with initials, particles, acronyms; entities annotated only, as written).
    /// Before the mention work they scored entities P 0.86 R 0.78 F1 0.82 (the last three, written after most of the
    /// work, 0.75); now 0.92 / 0.91 / 0.92. A change that loses names fails here.
    @Test func qaArticlesEntityScoresStayAboveTheirFloor() throws {
        let folder = ExternalTool.packageRoot.appendingPathComponent("Tests/KheshtIngestTests/Fixtures/EntityMentions")
        let evaluation = try CorpusEvaluation(dataFolder: folder, extractor: Self.extractor)
        #expect(evaluation.files.count == 19)
        #expect(evaluation.entities.precision >= 0.90)
        #expect(evaluation.entities.recall >= 0.88)
        #expect(evaluation.entities.f1 >= 0.90)
    }

    @Test func aBodyNamedAfterAMartyrKeepsTheTitleAndNamesNoPerson() {
        let result = Self.persian("همایش", "رئیس دانشگاه علوم پزشکی شهید صدوقی یزد در این همایش سخنرانی کرد.")
        #expect(Self.names(result, Schema.organization).contains { $0.hasPrefix("دانشگاه علوم پزشکی شهید صدوقی") })
        #expect(Self.names(result, Schema.person).isEmpty)
    }

    @Test func aClubWithItsAbbreviationIsABody() {
        let result = Self.english("Football", "Tractor FC beat Foolad 1-0 on Friday, said coach Dragan Skocic.")
        #expect(Self.names(result, Schema.organization).contains("Tractor FC"))
    }

    @Test func aProjectWordAfterADeterminerNamesNoProject() {
        let result = Self.persian("روشنایی", "در این طرح سامانه روشنایی هوشمند در پارک نصب شد.")
        #expect(Self.names(result, Schema.creativeWork).isEmpty)
    }

    @Test func aDatelineCityIsNoMention() {
        let result = Self.english("Fair", "ISFAHAN - The handicrafts fair opened in Shiraz on Monday.")
        #expect(Self.names(result, Schema.place) == ["Shiraz"])
        let feed = Self.english("Fair", "Mashhad, Oct 5, IRNA - The book fair opened in Yazd on Monday.")
        #expect(Self.names(feed, Schema.place) == ["Yazd"])
    }
}

