import Foundation
import Testing
import KheshtGraph
import KheshtIngest

/// Numbered editions on unseen text: series names that run past "و", adjectival participles and lone given names;
/// a headline's short form of the series (plural or not) is the body's edition; an act of giving between the edition
/// word and the award; later editions ("دوره آینده") that are not the event reported; sessions named by the body that
/// meets; dates whose month is written "دی‌ماه". Every sentence is written here, not taken from a corpus.
extension EventMentionTests {
    static func editions(_ result: ExtractionResult, numbered number: Int) -> [IRI] {
        Array(Set(result.quads.filter { $0.predicate == KH.editionNumber && $0.object == .integer(number) }.compactMap(\.subject.iri)))
    }

    static func seriesLabels(_ result: ExtractionResult, of edition: IRI) -> [String] {
        G.objects(result, edition, KH.editionOf).compactMap(\.iri).flatMap { G.label(result, $0) }
            + G.objects(result, edition, Schema.superEvent).compactMap(\.iri).flatMap { G.label(result, $0) }
    }

    @Test func aSeriesNameRunsPastAndAndAnAdjectivalParticiple() {
        let result = G.persian("ششمین جشنواره عکس کودک و خانواده به پایان رسید",
                               "آیین پایانی ششمین جشنواره عکس‌های برگزیده کودک و خانواده شامگاه دوشنبه در تالار اندیشه برگزار شد. این جشنواره از ۳ تا ۹ اسفندماه ۱۴۰۱ برپا بود.",
                               published: "۱۰ اسفند ۱۴۰۱ - ۰۹:۰۰")
        // The headline's short form ("عکس" for "عکس‌های", no "برگزیده") is the body's edition: one sixth edition.
        let sixth = Self.editions(result, numbered: 6)
        #expect(sixth.count == 1)
        guard let edition = sixth.first else { return }
        #expect(Self.seriesLabels(result, of: edition).contains("جشنواره عکس‌های برگزیده کودک و خانواده"))
        // "اسفندماه" is the month Esfand: the range gives the edition its last day.
        #expect(G.objects(result, edition, Schema.endDate) == [.typed("2023-02-28", XSD.date)])
    }

    @Test func aLoneGivenNameInsideASeriesNameIsAWordOfIt() {
        let result = G.persian("جشنواره قرآنی", "بیست و دومین جشنواره ملی قرآن کریم عصر جمعه در تالار وحدت به کار خود پایان داد.")
        let editions = Self.editions(result, numbered: 22)
        #expect(editions.count == 1)
        if let edition = editions.first {
            #expect(Self.seriesLabels(result, of: edition).contains("جشنواره ملی قرآن کریم"))
        }
        let people = result.quads.filter { $0.predicate == RDF.type && $0.object == .iri(Schema.person) }
        #expect(people.isEmpty)
    }

    @Test func aSecondActAfterAndStartsASecondEvent() {
        let result = G.persian("همایش", "همایش بزرگداشت سعدی و پاسداشت ادب فارسی صبح امروز در شیراز برگزار شد.")
        #expect(!EventMentionTests.eventLabels(result).contains { $0.contains("سعدی و پاسداشت") })
    }

    @Test func theNextEditionIsNotWhereTheReportedOneWasHeld() {
        let persian = G.persian("جشنواره گل و گیاه",
                                "هفتمین جشنواره ملی گل و گیاه دیروز در رشت به کار خود پایان داد. دبیر جشنواره گفت دوره آینده جشنواره در ساری برگزار خواهد شد.")
        let seventh = Self.editions(persian, numbered: 7)
        #expect(seventh.count == 1)
        if let edition = seventh.first {
            let places = G.objects(persian, edition, Schema.location).compactMap(\.iri).flatMap { G.label(persian, $0) }
            #expect(places.contains("رشت"))
            #expect(!places.contains("ساری"))
        }
        let english = G.english("Poetry festival closes",
                                "The 9th Caspian Poetry Festival ended in Rasht on Sunday. The next edition of the festival will be held in Tabriz, its director said.")
        let ninth = Self.editions(english, numbered: 9)
        #expect(ninth.count == 1)
        if let edition = ninth.first {
            let places = G.objects(english, edition, Schema.location).compactMap(\.iri).flatMap { G.label(english, $0) }
            #expect(!places.contains("Tabriz"))
        }
    }

    @Test func anActOfGivingBetweenEditionWordAndAwardBelongsToTheEdition() {
        let result = G.persian("نشان کیفیت فرش",
                               "آیین دهمین دوره اعطای نشان ملی کیفیت فرش صبح دوشنبه در تالار فردوسی مشهد برگزار شد.")
        let tenth = Self.editions(result, numbered: 10)
        #expect(tenth.count == 1)
        guard let edition = tenth.first else { return }
        #expect(Self.seriesLabels(result, of: edition).contains("نشان ملی کیفیت فرش"))
        #expect(!G.objects(result, edition, Schema.startDate).isEmpty)
        #expect(!G.objects(result, edition, Schema.location).isEmpty)

        let bare = G.persian("جایزه خبرنگار", "دومین دوره اهدای جایزه ملی خبرنگار سبز در سالن همایش‌های صدا و سیما برگزار شد.")
        let second = Self.editions(bare, numbered: 2)
        #expect(second.count == 1)
        if let edition = second.first { #expect(Self.seriesLabels(bare, of: edition).contains("جایزه ملی خبرنگار سبز")) }
    }

    @Test func aSessionIsNamedByTheBodyThatMeets() {
        let result = G.persian("شورای شهر قزوین",
                               "در جلسه دیروز شورای اسلامی شهر قزوین که در ساختمان شورا برگزار شد، بودجه سال آینده بررسی شد.")
        let session = EventMentionTests.event(labelled: "جلسه دیروز شورای اسلامی شهر قزوین", in: result)
        #expect(session != nil)
        if let session {
            #expect(G.objects(result, session, Schema.startDate) == [.typed("2023-10-11", XSD.date)])
            #expect(!G.objects(result, session, Schema.location).isEmpty)
        }
        // A session word and a day word with no body after them name nothing.
        let bare = G.persian("شورا", "در جلسه امروز، طرح تازه با هفت رای تصویب شد.")
        #expect(!EventMentionTests.eventLabels(bare).contains { $0.contains("امروز") })
    }

    @Test func aFestivalWordMeansTheFestivalNotTheCompetitionNamedLast() {
        let result = G.english("Iranian play shines in Rasht",
                               "The 12th Caspian Theatre Festival opened in Rasht on Saturday. Only one Iranian play was chosen for the youth competition this year. The festival ran from February 28 to March 3.")
        let twelfth = Self.editions(result, numbered: 12)
        #expect(twelfth.count == 1)
        if let edition = twelfth.first {
            #expect(G.objects(result, edition, Schema.endDate) == [.typed("2024-03-03", XSD.date)])
        }
        let competition = EventMentionTests.event(labelled: "youth competition", in: result)
        if let competition { #expect(G.objects(result, competition, Schema.endDate).isEmpty) }
    }

    @Test func anEventIsHeldInTheCityNotAlsoInTheCountryAfterIt() {
        func places(_ result: ExtractionResult, _ number: Int) -> [String] {
            Self.editions(result, numbered: number).flatMap { G.objects(result, $0, Schema.location) }
                .compactMap(\.iri).flatMap { G.label(result, $0) }
        }
        let english = G.english("Robotics medals", "The 4th Gulf Robotics Games were held in Doha, Qatar, from February 26 to 29.")
        #expect(places(english, 4).contains("Doha"))
        #expect(!places(english, 4).contains("Qatar"))
        let persian = G.persian("جشنواره اقوام", "پنجمین جشنواره ملی اقوام ایرانی دیروز در گرگان، استان گلستان برگزار شد.")
        #expect(places(persian, 5).contains("گرگان"))
        #expect(!places(persian, 5).contains { $0.contains("گلستان") })
    }

    @Test func anEnglishVenueOnAnIslandIsAVenueInThatIsland() {
        let result = G.english("Marine forum opens",
                               "The 2nd Persian Gulf Marine Science Forum opened on Sunday at the Dolphin Convention Centre on Qeshm Island.")
        let venues = result.quads.filter { $0.predicate == RDFS.label && $0.object.literal?.lexicalForm == "Dolphin Convention Centre" }
            .compactMap(\.subject.iri)
        #expect(!venues.isEmpty)
        guard let venue = venues.first else { return }
        #expect(result.quads.contains { $0.subject == .iri(venue) && $0.predicate == RDF.type && $0.object == .iri(Schema.place) })
        #expect(G.objects(result, venue, Schema.containedInPlace).compactMap(\.iri).contains { G.label(result, $0).contains("Qeshm Island") })
        let second = Self.editions(result, numbered: 2)
        #expect(second.contains { G.objects(result, $0, Schema.location) == [.iri(venue)] })
    }

    @Test func aDayWordRestatedAsARangeGivesTheRangesEnd() {
        let result = G.persian("جشنواره گل شیراز",
                               "دهمین جشنواره گل و گیاه شیراز از فردا، یکم فروردین ۱۴۰۴، تا ۱۰ فروردین در مجموعه تاریخی باغ ارم شیراز برگزار می‌شود.",
                               published: "۳۰ اسفند ۱۴۰۳ - ۱۰:۰۰")
        let tenth = Self.editions(result, numbered: 10)
        #expect(tenth.count == 1)
        guard let edition = tenth.first else { return }
        #expect(G.objects(result, edition, Schema.startDate) == [.typed("2025-03-21", XSD.date)])
        #expect(G.objects(result, edition, Schema.endDate) == [.typed("2025-03-30", XSD.date)])
        // "مجموعه تاریخی …" is a venue, in the city its name ends with.
        let venue = G.objects(result, edition, Schema.location).compactMap(\.iri).first
        #expect(venue.map { G.label(result, $0).contains("مجموعه تاریخی باغ ارم شیراز") } ?? false)
        if let venue {
            #expect(G.objects(result, venue, Schema.containedInPlace).compactMap(\.iri).contains { G.label(result, $0).contains("شیراز") })
        }
    }

    @Test func aDateAfterTheVerbOfHoldingDatesTheEventFarBack() {
        let result = G.english("Physics medals",
                               "Iranian students won three medals at the 7th Asian Physics Olympiad (APhO), which was held in Tashkent, Uzbekistan, from February 20 to 27.")
        let seventh = Self.editions(result, numbered: 7)
        #expect(seventh.count == 1)
        guard let edition = seventh.first else { return }
        #expect(G.objects(result, edition, Schema.startDate) == [.typed("2024-02-20", XSD.date)])
        #expect(G.objects(result, edition, Schema.endDate) == [.typed("2024-02-27", XSD.date)])
    }

    @Test func theSeriesNamedAgainInTheReportIsTheEditionReported() {
        let result = G.persian("فرش دستباف",
                               "اختتامیه هشتمین جشنواره ملی فرش دستباف عصر شنبه در تالار کوثر برگزار شد. جشنواره ملی فرش دستباف از ۱۰ تا ۱۵ مهر در کرمان برپا بود.")
        let eighth = Self.editions(result, numbered: 8)
        #expect(eighth.count == 1)
        guard let edition = eighth.first else { return }
        #expect(G.objects(result, edition, Schema.endDate) == [.typed("2023-10-07", XSD.date)])
        #expect(G.objects(result, edition, Schema.location).compactMap(\.iri).contains { G.label(result, $0).contains("کرمان") })
        // The series keeps no date of its own.
        for series in G.objects(result, edition, KH.editionOf).compactMap(\.iri) + G.objects(result, edition, Schema.superEvent).compactMap(\.iri) {
            #expect(G.objects(result, series, Schema.startDate).isEmpty)
        }
    }

    @Test func aCityNamedBeforeAKnownCountryIsWhereTheGamesWereHeld() {
        let result = G.english("Iranian skier wins bronze at Harbin Asian Winter Games",
                               "Iranian skier Sara Nouri won bronze at the 9th Asian Winter Games in Harbin, China, on Friday.")
        let ninth = Self.editions(result, numbered: 9)
        #expect(ninth.count == 1)
        guard let edition = ninth.first else { return }
        let places = G.objects(result, edition, Schema.location).compactMap(\.iri)
        #expect(places.contains { G.label(result, $0).contains("Harbin") })
        if let harbin = places.first {
            #expect(G.objects(result, harbin, Schema.containedInPlace).compactMap(\.iri).contains { G.label(result, $0).contains("China") })
        }
        // The games named with their host city are the edition held there, not the series' full name.
        #expect(G.objects(result, edition, KH.editionOf).compactMap(\.iri).contains { G.label(result, $0) == ["Asian Winter Games"] })
    }

    @Test func aSessionOfAConferenceIsHeldAtTheConferencesVenueNamedWithIt() {
        let result = G.english("Ecology conference closes",
                               "Minister Ali Rahimi spoke on Sunday at the closing session of the second Caspian Ecology Conference, held on March 2-3 at the Rasht Convention Center.")
        let second = Self.editions(result, numbered: 2)
        #expect(second.count == 1)
        let sessions = result.quads.filter { $0.predicate == Schema.superEvent && second.contains($0.object.iri ?? IRI(unchecked: "x:")) }
            .compactMap(\.subject.iri)
        #expect(!sessions.isEmpty)
        for session in sessions {
            #expect(G.objects(result, session, Schema.location).compactMap(\.iri).contains { G.label(result, $0).contains("Rasht Convention Center") })
        }
        // A city is where the whole was held, not necessarily its closing ceremony.
        let city = G.english("Film festival ends",
                             "The prize was presented at the closing ceremony of the 11th Caspian Film Festival, held in Rasht on Friday.")
        let ceremonies = city.quads.filter { $0.predicate == Schema.superEvent }.compactMap(\.subject.iri)
        for ceremony in ceremonies {
            #expect(!G.objects(city, ceremony, Schema.location).compactMap(\.iri).contains { G.label(city, $0).contains("Rasht") })
        }
    }

    @Test func aFestivalThatEndedInACityKeepsTheCity() {
        let result = G.english("Caspian films", "The 11th Caspian Film Festival wrapped up in Rasht with a closing gala on Friday night.")
        let eleventh = Self.editions(result, numbered: 11)
        #expect(eleventh.count == 1)
        if let edition = eleventh.first {
            #expect(G.objects(result, edition, Schema.location).compactMap(\.iri).contains { G.label(result, $0).contains("Rasht") })
        }
    }

    @Test func aLaterEditionNamedOnlyForTheFutureIsNotReported() {
        let result = G.persian("جایزه قلم زرین",
                               "آیین هفتمین دوره جایزه ملی قلم زرین دیروز در تالار وحدت برگزار شد. دبیر جایزه گفت دوره هشتم این جایزه در آذر ۱۴۰۳ برگزار خواهد شد.")
        #expect(Self.editions(result, numbered: 7).count == 1)
        #expect(Self.editions(result, numbered: 8).isEmpty)
        // An upcoming edition the lead reports is what the article is about.
        let upcoming = G.persian("جایزه قلم زرین",
                                 "هشتمین دوره جایزه ملی قلم زرین آذر امسال در تبریز برگزار خواهد شد. هفتمین دوره این جایزه پارسال در تهران برگزار شد.")
        #expect(Self.editions(upcoming, numbered: 8).count == 1)
    }

    @Test func aNumberedCompetitionWhereAPrizeIsGivenIsAnEditionOfThePrize() {
        let result = G.persian("مسابقات خوشنویسی",
                               "اختتامیه بیستمین دوره مسابقات ملی خوشنویسی دانشجویان دیروز در تالار اندیشه برگزار شد و تندیس قلم طلایی به مریم صالحی اهدا شد.")
        let twentieth = Self.editions(result, numbered: 20)
        #expect(twentieth.count == 1)
        guard let edition = twentieth.first else { return }
        let prizes = G.objects(result, edition, KH.editionOf).compactMap(\.iri)
        #expect(prizes.contains { prize in result.quads.contains { $0.subject == .iri(prize) && $0.predicate == RDF.type && $0.object == .iri(KH.Award) } })
        // The competition stays the series the edition is part of.
        #expect(G.objects(result, edition, Schema.superEvent).compactMap(\.iri).contains { G.label(result, $0).contains { $0.hasPrefix("مسابقات ملی خوشنویسی") } })
    }

    @Test func aVenueNamedAfterAGivenNameRunsToItsCity() {
        let result = G.persian("همایش پزشکان", "همایش ملی پزشکان جوان صبح دیروز در سالن اجتماعات بیمارستان رضا شیراز برگزار شد.")
        let venues = result.quads.filter { $0.predicate == RDFS.label && $0.object.literal?.lexicalForm == "سالن اجتماعات بیمارستان رضا شیراز" }
            .compactMap(\.subject.iri)
        #expect(!venues.isEmpty)
        if let venue = venues.first {
            #expect(G.objects(result, venue, Schema.containedInPlace).compactMap(\.iri).contains { G.label(result, $0).contains("شیراز") })
        }
        let people = result.quads.filter { $0.predicate == RDF.type && $0.object == .iri(Schema.person) }
        #expect(people.isEmpty)
    }

    @Test func theGamesNamedWithTheirHostCityAreTheEditionHeldThere() {
        let result = G.english("Iranian skier wins bronze at Harbin Asian Winter Games",
                               "Iranian skier Sara Nouri won bronze at the 9th Asian Winter Games in Harbin, China, on Friday. The Harbin Asian Winter Games, organized by the Olympic Council of Asia, run from February 7 to 14.")
        let ninth = Self.editions(result, numbered: 9)
        #expect(ninth.count == 1)
        guard let edition = ninth.first else { return }
        // The headline's and the later sentence's "Harbin Asian Winter Games" are no event of their own.
        #expect(EventMentionTests.event(labelled: "Harbin Asian Winter Games", in: result) == nil)
        #expect(G.objects(result, edition, Schema.startDate) == [.typed("2024-02-07", XSD.date)])
        #expect(G.objects(result, edition, Schema.endDate) == [.typed("2024-02-14", XSD.date)])
    }

    @Test func aCountryIsNoVenueBesideAnotherPlace() {
        let result = G.persian("همایش نان", "ششمین همایش ملی نان و تغذیه دیروز در تالار فردوسی مشهد برگزار شد. این همایش هر سال در ایران برگزار می‌شود.")
        let sixth = Self.editions(result, numbered: 6)
        #expect(sixth.count == 1)
        guard let edition = sixth.first else { return }
        let places = G.objects(result, edition, Schema.location).compactMap(\.iri).flatMap { G.label(result, $0) }
        #expect(places.contains { $0.hasPrefix("تالار فردوسی") })
        #expect(!places.contains("ایران"))
    }

    @Test func aYearInsideACeremonysNameIsAWordOfTheName() {
        let result = G.persian("قهرمانان کشتی",
                               "آیین تجلیل از قهرمانان سال ۱۴۰۱ کشتی فارس عصر دیروز در سالن همایش‌های استانداری برگزار شد.")
        let ceremony = EventMentionTests.event(labelled: "آیین تجلیل از قهرمانان سال ۱۴۰۱ کشتی", in: result)
        #expect(ceremony != nil)
        // The ceremony is dated by the day it was held, not by the year in its name.
        if let ceremony { #expect(G.objects(result, ceremony, Schema.startDate) == [.typed("2023-10-11", XSD.date)]) }
    }

    @Test func aVenueOnABoulevardIsOnIt() {
        let result = G.persian("شورای یزد", "نشست شورای اسلامی شهر یزد دیروز در ساختمان شورا واقع در بلوار جمهوری برگزار شد.")
        let venues = result.quads.filter { $0.predicate == RDFS.label && $0.object.literal?.lexicalForm == "ساختمان شورا" }.compactMap(\.subject.iri)
        #expect(!venues.isEmpty)
        if let venue = venues.first {
            #expect(G.objects(result, venue, Schema.containedInPlace).compactMap(\.iri).contains { G.label(result, $0).contains("بلوار جمهوری") })
        }
    }

    @Test func aConventionCentreWrittenWithSpacesIsAVenue() {
        let result = G.persian("جشنواره پژوهش",
                               "آیین پایانی دهمین جشنواره ملی پژوهش سلامت دیروز در مرکز همایش های بین المللی سپهر در مشهد برگزار شد.")
        let venues = result.quads.filter { $0.predicate == RDFS.label && $0.object.literal?.lexicalForm == "مرکز همایش های بین المللی سپهر" }
            .compactMap(\.subject.iri)
        #expect(!venues.isEmpty)
        guard let venue = venues.first else { return }
        #expect(result.quads.contains { $0.subject == .iri(venue) && $0.predicate == RDF.type && $0.object == .iri(Schema.place) })
        #expect(G.objects(result, venue, Schema.containedInPlace).compactMap(\.iri).contains { G.label(result, $0).contains("مشهد") })
        #expect(result.quads.contains { $0.predicate == Schema.location && $0.object == .iri(venue) })
    }

    @Test func anEditionNamedWithItsHostCityAndNoVenueWasHeldInTheCity() {
        let result = G.english("Carpet fair", "The 9th Tabriz Carpet Fair closed on Sunday after drawing 40,000 visitors.")
        let ninth = Self.editions(result, numbered: 9)
        #expect(ninth.count == 1)
        if let edition = ninth.first {
            #expect(G.objects(result, edition, Schema.location).compactMap(\.iri).contains { G.label(result, $0).contains("Tabriz") })
        }
        // A prize named with a city is not held there.
        let prize = G.english("Literary prize", "The 5th Tabriz Literary Award was presented to novelist Sara Amini on Sunday.")
        for edition in Self.editions(prize, numbered: 5) {
            #expect(G.objects(prize, edition, Schema.location).isEmpty)
        }
    }

    @Test func theClosingCeremonyOfThisFestivalTakesTheVenue() {
        let result = G.persian("جشنواره فیلم کودک",
                               "سی‌امین جشنواره بین‌المللی فیلم کودک با معرفی برگزیدگان به کار خود پایان داد. مراسم اختتامیه این جشنواره شامگاه جمعه در تالار هنر برگزار شد.")
        let thirtieth = Self.editions(result, numbered: 30)
        #expect(thirtieth.count == 1)
        guard let edition = thirtieth.first else { return }
        #expect(!G.objects(result, edition, Schema.location).compactMap(\.iri).contains { G.label(result, $0).contains("تالار هنر") })
        let ceremonies = result.quads.filter { $0.predicate == Schema.superEvent && $0.object == .iri(edition) }.compactMap(\.subject.iri)
        #expect(ceremonies.contains { G.objects(result, $0, Schema.location).compactMap(\.iri).contains { G.label(result, $0).contains("تالار هنر") } })
    }
}
