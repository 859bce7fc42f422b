import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Who received what: conferrals, award names, who gives an award and numbered editions, on sentences written for
/// these tests (invented people, prizes and works, several phrasings of each construction, Persian and English).
@Suite struct AwardExtractionTests {
    static let extractor = try! Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))

    /// The facts extracted from an article made of these paragraphs.
    struct Extracted {
        let quads: [Quad]

        func objects(_ subject: IRI, _ predicate: IRI) -> [Term] {
            quads.filter { $0.subject == .iri(subject) && $0.predicate == predicate }.map(\.object)
        }

        func label(_ term: Term?) -> String? {
            guard let iri = term?.iri else { return nil }
            return objects(iri, RDFS.label).first?.literal?.lexicalForm
        }

        /// Every conferral as "recipient → award" (and " for work" when a work is named), by labels.
        var conferrals: Set<String> {
            let subjects = quads.filter { $0.predicate == RDF.type && $0.object == .iri(KH.AwardConferral) }.compactMap(\.subject.iri)
            return Set(subjects.map { conferral in
                let recipient = label(objects(conferral, KH.recipient).first) ?? "?"
                let award = label(objects(conferral, KH.award).first) ?? "?"
                return "\(recipient) → \(award)"
            })
        }

        /// Every work a conferral names, by label.
        var works: Set<String> {
            Set(quads.filter { $0.predicate == KH.forWork }.compactMap { label($0.object) })
        }

        /// Every category a conferral names.
        var categories: Set<String> {
            Set(quads.filter { $0.predicate == KH.category }.compactMap { $0.object.literal?.lexicalForm })
        }

        /// Labels of every entity of a type.
        func entities(_ type: IRI) -> Set<String> {
            Set(quads.filter { $0.predicate == RDF.type && $0.object == .iri(type) }.compactMap { label($0.subject) })
        }

        /// Every "award ← agent" stated by conferredBy, by labels.
        var givers: Set<String> {
            Set(quads.filter { $0.predicate == KH.conferredBy }.map { "\(label($0.subject) ?? "?") ← \(label($0.object) ?? "?")" })
        }

        /// Every edition as "series #number", by the series label.
        var editions: Set<String> {
            Set(quads.filter { $0.predicate == KH.editionNumber }.compactMap { quad in
                guard let subject = quad.subject.iri, let number = quad.object.literal?.lexicalForm,
                      let series = objects(subject, KH.editionOf).first else { return nil }
                return "\(label(series) ?? "?") #\(number)"
            })
        }
    }

    static func extract(_ paragraphs: [String], language: ArticleLanguage = .persian) -> Extracted {
        let article = Article(source: ArticleSource(path: "award-test.txt"), title: "", paragraphs: paragraphs, language: language)
        return Extracted(quads: extractor.extract(article).quads)
    }

    // MARK: - Persian conferrals

    @Test func awardInCategoryGivenToPersonForWork() {
        let result = Self.extract(["جایزه ادبی سپهر در بخش «داستان کوتاه» به نسرین قاسمی، نویسنده شیرازی، برای مجموعه «شب‌های بی‌خواب» اهدا شد."])
        #expect(result.conferrals.contains("نسرین قاسمی → جایزه ادبی سپهر"))
        #expect(result.works.contains("شب‌های بی‌خواب"))
        #expect(result.categories == ["داستان کوتاه"])
    }

    @Test func statuetteReachesPersonAndCategoryIsNotPartOfTheAwardName() {
        let result = Self.extract(["تندیس زرین بهترین کارگردانی به بهزاد نوری برای فیلم «کوچ» رسید."])
        #expect(result.conferrals.contains("بهزاد نوری → تندیس زرین"))
        #expect(!result.entities(KH.Award).contains { $0.contains("بهترین") })
        #expect(result.categories == ["بهترین کارگردانی"])
    }

    @Test func personBecameWinnerOfAward() {
        let result = Self.extract(["در بخش آواز نیز لیلا صارمی، خواننده جوان، برای آلبوم «آوای دشت» برنده تندیس نقره‌ای شد."])
        #expect(result.conferrals.contains("لیلا صارمی → تندیس نقره‌ای"))
        #expect(result.categories == ["آواز"])
    }

    @Test func workByDirectorTookTheStatuette() {
        let result = Self.extract(["فیلم «سایه‌ها» به کارگردانی کامران زمانی تندیس طلایی بهترین فیلم را از آن خود کرد."])
        #expect(result.conferrals.contains("کامران زمانی → تندیس طلایی"))
        #expect(result.entities(KH.Award).contains("تندیس طلایی"))
    }

    @Test func personReceivedNamedPrize() {
        let result = Self.extract(["پروین سلطانی، مترجم پیشکسوت، دیروز جایزه ادبی سپهر را دریافت کرد."])
        #expect(result.conferrals.contains("پروین سلطانی → جایزه ادبی سپهر"))
    }

    @Test func prizeNamedWithoutItsAwardWordLaterIsTheSamePrize() {
        let result = Self.extract([
            "مراسم اهدای تندیس ققنوس سپید دیشب در شیراز برگزار شد.",
            "مریم صالحی برای نمایش «باد» برنده ققنوس سپید شد.",
        ])
        #expect(result.conferrals.contains("مریم صالحی → تندیس ققنوس سپید"))
    }

    @Test func bareAwardWordWithCategoryMeansTheAwardInFocus() {
        let result = Self.extract([
            "آیین اهدای تندیس ققنوس سپید دیشب برگزار شد.",
            "جایزه بهترین بازیگر مرد به محسن رحمانی رسید.",
            "سعید مرادی عنوان بهترین طراح صحنه را از آن خود کرد.",
            "تیم ملی بسکتبال نیز به عنوان بهترین تیم سال برگزیده شد.",
        ])
        #expect(result.conferrals.contains("محسن رحمانی → تندیس ققنوس سپید"))
        #expect(result.conferrals.contains("سعید مرادی → تندیس ققنوس سپید"))
        #expect(result.conferrals.contains("تیم ملی بسکتبال → تندیس ققنوس سپید"))
    }

    @Test func honouredWithAStatuette() {
        let result = Self.extract(["در پایان مراسم از فرزانه امینی با اهدای تندیس زرین نوآوری تقدیر شد."])
        #expect(result.conferrals.contains("فرزانه امینی → تندیس زرین نوآوری"))
    }

    @Test func quotedAwardNamesAfterPlaqueAndBadgeWords() {
        let result = Self.extract([
            "همایش ملی آب دیروز در کرمان برگزار شد.",
            "در این همایش لوح «حامی محیط زیست» به شرکت آب‌رسان برای طرح «قطره» اهدا شد.",
            "همچنین نشان «پیشکسوت هنر» به هوشنگ مرادی، نقاش کرمانی، اهدا شد.",
        ])
        #expect(result.conferrals.contains("شرکت آب‌رسان → حامی محیط زیست"))
        #expect(result.conferrals.contains("هوشنگ مرادی → پیشکسوت هنر"))
        #expect(result.works.contains("قطره"))
        // "این همایش" refers back; the plaque given there is not the name of a ceremony.
        #expect(!result.entities(KH.AwardCeremony).contains { $0.contains("حامی") })
    }

    @Test func juryFoundTheDirectorWorthyAndAHeldMedalIsNoConferral() {
        let result = Self.extract([
            "هیئت داوران فیلم «مه» به کارگردانی نادر کیانی را شایسته دریافت تندیس زرین رویش دانست.",
            "علی رضایی، دارنده مدال طلای المپیک، نیز تندیس زرین رویش را دریافت کرد.",
        ])
        #expect(result.conferrals.contains("نادر کیانی → تندیس زرین رویش"))
        #expect(result.conferrals.contains("علی رضایی → تندیس زرین رویش"))
        #expect(!result.entities(KH.Award).contains { $0.contains("مدال") })
    }

    @Test func statuetteGivenToTheWorkOfADirector() {
        let result = Self.extract(["تندیس زرین رویش بهترین فیلم از نگاه داوران به فیلم «مه» به کارگردانی نادر کیانی رسید."])
        #expect(result.conferrals.contains("نادر کیانی → تندیس زرین رویش"))
        #expect(result.works.contains("مه"))
    }

    @Test func statuetteInASectionGivenToAQuotedGroup() {
        let result = Self.extract(["تندیس سیمین آوا بخش موسیقی محلی به گروه «نغمه کوهسار» از کردستان اهدا شد."])
        #expect(result.conferrals.contains("نغمه کوهسار → تندیس سیمین آوا"))
        #expect(result.categories == ["موسیقی محلی"])
    }

    @Test func prizeGivenEveryYearByAFoundation() {
        let result = Self.extract(["جایزه ادبی سپهر، جایزه‌ای که هر سال از سوی بنیاد فرهنگی نور اهدا می‌شود، امسال به دو نویسنده رسید."])
        #expect(result.givers.contains("جایزه ادبی سپهر ← بنیاد فرهنگی نور"))
    }

    // MARK: - Award names

    @Test func awardNamesKeepAndAndHolyNames() {
        let result = Self.extract([
            "جایزه پژوهشی امام رضا(ع) هر سال از سوی بنیاد فرهنگی رضوی اهدا می‌شود.",
            "جایزه فرهنگ و هنر مهرگان نیز امسال برگزیدگان خود را معرفی کرد.",
        ])
        let awards = result.entities(KH.Award)
        #expect(awards.contains("جایزه پژوهشی امام رضا(ع)"))
        #expect(awards.contains("جایزه فرهنگ و هنر مهرگان"))
        #expect(result.givers.contains("جایزه پژوهشی امام رضا(ع) ← بنیاد فرهنگی رضوی"))
    }

    @Test func commonWordsAfterAwardWordNameNoAward() {
        let result = Self.extract([
            "برگزیدگان ده میلیون تومان جایزه نقدی دریافت کردند.",
            "او گفت جایزه متعلق به همه اعضای گروه است.",
            "طرح او شایسته جایزه شناخته شد.",
        ])
        #expect(result.entities(KH.Award).isEmpty)
    }

    @Test func aVenueIsNeverARecipient() {
        let result = Self.extract([
            "تندیس زرین نوآوری عصر دیروز در تالار رودکی به بهروز فرهادی اهدا شد.",
            "جایزه ادبی سپهر در تالار وحدت تهران اهدا شد.",
        ])
        #expect(result.conferrals.contains("بهروز فرهادی → تندیس زرین نوآوری"))
        #expect(!result.conferrals.contains { $0.hasPrefix("تالار") || $0.hasPrefix("تهران") })
    }

    // MARK: - English conferrals

    @Test func wonPrizeForNovel() {
        let result = Self.extract(["Jamshid Bahrami won the Silver Crane Prize for his novel \"The Quiet River\"."], language: .english)
        #expect(result.conferrals.contains("Jamshid Bahrami → Silver Crane Prize"))
        #expect(result.works.contains("The Quiet River"))
    }

    @Test func goldenPrizeAwardedToPersonForTitle() {
        let result = Self.extract(["The Golden Falcon was awarded to Nima Farahani for \"Desert Lights\"."], language: .english)
        #expect(result.conferrals.contains("Nima Farahani → Golden Falcon"))
        #expect(result.works.contains("Desert Lights"))
    }

    @Test func theAwardWentToAnOrganization() {
        let result = Self.extract([
            "Organizers presented the Blue Dome Award at a ceremony in Shiraz on Monday.",
            "The award went to the Arvand Heritage Foundation for its restoration of an old caravanserai.",
        ], language: .english)
        #expect(result.conferrals.contains("Arvand Heritage Foundation → Blue Dome Award"))
    }

    @Test func titleDescribedAsWorkByPersonWonPrize() {
        let result = Self.extract(["\"Night Train\", a drama by Iranian director Farid Ahmadi, won the Crystal Lotus at the festival."], language: .english)
        #expect(result.conferrals.contains("Farid Ahmadi → Crystal Lotus"))
        #expect(result.works.contains("Night Train"))
    }

    @Test func festivalsTopPrizeAndBestCategoryAward() {
        let result = Self.extract([
            "Parisa Nouri received the Crystal Lotus for the documentary \"Salt\".",
            "Last year the festival's top prize went to Farid Ahmadi.",
            "The best screenplay award went to Sara Hosseini for \"Winter Letters\".",
            "Hamid Rostami was awarded the Golden Lotus.",
        ], language: .english)
        #expect(result.conferrals.contains("Parisa Nouri → Crystal Lotus"))
        #expect(result.conferrals.contains("Farid Ahmadi → Crystal Lotus"))
        // data/gold README, decision 1: "the best screenplay award" names no prize object; it is the prize in focus
        // given in that category.
        #expect(result.conferrals.contains("Sara Hosseini → Crystal Lotus"))
        #expect(result.categories.contains("best screenplay"))
        #expect(result.conferrals.contains("Hamid Rostami → Golden Lotus"))
    }

    @Test func prizePresentedToPerson() {
        let result = Self.extract(["The Orchid Prize was presented to Navid Karimi on Monday."], language: .english)
        #expect(result.conferrals.contains("Navid Karimi → Orchid Prize"))
    }

    @Test func awardGivenByOrganization() {
        let result = Self.extract([
            "The Sky Prize, given by the Pars Science Foundation, honours young physicists.",
            "The Lantern Award, launched in 2005 and organized by the Caspian Arts Council, went to Omid Zare.",
        ], language: .english)
        #expect(result.givers.contains("Sky Prize ← Pars Science Foundation"))
        #expect(result.givers.contains("Lantern Award ← Caspian Arts Council"))
    }

    @Test func ownersPrizePresentedToADescribedPerson() {
        let result = Self.extract([
            "During the ceremony, the Shiraz Municipality's poetry prize for young writers was presented to Mina Karimi for her collection \"Rain\".",
            "The Orchid Prize went to the festival's youngest director, Navid Karimi of Alborz Film School.",
            "The Orchid Prize was founded in 1999 and is given every two years by the Caspian Arts Council.",
        ], language: .english)
        #expect(result.conferrals.contains("Mina Karimi → poetry prize for young writers"))
        #expect(result.givers.contains("poetry prize for young writers ← Shiraz Municipality"))
        #expect(result.conferrals.contains("Navid Karimi → Orchid Prize"))
        #expect(result.givers.contains("Orchid Prize ← Caspian Arts Council"))
    }

    @Test func chosenInASection() {
        let result = Self.extract([
            "آیین اهدای تندیس ققنوس سپید دیشب برگزار شد.",
            "شهرداری رشت نیز برای طرح «پیاده‌راه» در بخش فضای شهری برگزیده شد.",
        ])
        #expect(result.conferrals.contains("شهرداری رشت → تندیس ققنوس سپید"))
    }

    // MARK: - Trophies, festivals without a named prize, winners' affiliations

    /// "تندیس جشنواره" in a report of a festival that names no prize of its own is the festival's award (gold
    /// README: the festival series is then the Award of its conferrals), not an award called "تندیس جشنواره".
    @Test func festivalTrophyIsTheFestivalsOwnAward() {
        let result = Self.extract([
            "آیین پایانی نهمین جشنواره ملی نقاشی آبرنگ سپید شامگاه دوشنبه در تهران برگزار شد.",
            "در بخش منظره، نیلوفر صادقی برای تابلوی «باران پاییزی» برگزیده شد و تندیس جشنواره را دریافت کرد.",
        ])
        #expect(result.conferrals.contains { $0.hasPrefix("نیلوفر صادقی → جشنواره ملی نقاشی آبرنگ سپید") })
        #expect(!result.entities(KH.Award).contains("تندیس جشنواره"))
    }

    /// "تندیس زرین جایزه X": the statuette is the award X's; the award conferred is X.
    @Test func trophyBeforeANamedAwardIsThatAward() {
        let result = Self.extract(["تندیس زرین جایزه ادبی پروین به ژاله مقدم برای رمان «کوچه‌های خیس» اهدا شد."])
        #expect(result.conferrals.contains("ژاله مقدم → جایزه ادبی پروین"))
        #expect(!result.entities(KH.Award).contains("تندیس زرین"))
    }

    /// "تندیس جایزه", "لوح تقدیر این جایزه": a trophy of a bare award word is the award named before.
    @Test func trophyOfABareAwardWordIsTheAwardInFocus() {
        let result = Self.extract([
            "مراسم اهدای جایزه ملی صنعت سبز امروز در اصفهان برگزار شد.",
            "در بخش صنایع غذایی، مهندس کامران یزدانی لوح تقدیر این جایزه را دریافت کرد.",
        ])
        #expect(result.conferrals.contains("مهندس کامران یزدانی → جایزه ملی صنعت سبز")
            || result.conferrals.contains("کامران یزدانی → جایزه ملی صنعت سبز"))
        #expect(!result.entities(KH.Award).contains { $0.hasPrefix("لوح") })
    }

    /// "X از دانشگاه Y برگزیده شد": the university is where the winner works; the winner is the person.
    @Test func winnersAffiliationIsNotTheRecipient() {
        let result = Self.extract([
            "جایزه ادبی مهرگان به بهاره نیک‌نام از دانشگاه علامه طباطبایی برای مجموعه «آوازهای شمالی» اهدا شد.",
            "در بخش نقد، سامان فروتن از دانشگاه گیلان برگزیده شد.",
        ])
        #expect(result.conferrals.contains("بهاره نیک‌نام → جایزه ادبی مهرگان"))
        #expect(result.conferrals.contains("سامان فروتن → جایزه ادبی مهرگان"))
        #expect(!result.conferrals.contains { $0.hasPrefix("دانشگاه") })
    }

    /// "X زرین/طلایی/بلورین" before a category or a festival word is a prize's name ("Golden X" in Persian); the
    /// same adjective elsewhere ("فرصت طلایی") names nothing.
    @Test func metalPrizeNameBeforeACategoryIsAnAward() {
        let result = Self.extract(["کبوتر زرین بهترین فیلمنامه به پرستو نادری برای فیلم «دریاچه» اهدا شد."])
        #expect(result.conferrals.contains("پرستو نادری → کبوتر زرین"))
        let plain = Self.extract(["این نمایشگاه یک فرصت طلایی برای هنرمندان جوان استان است."])
        #expect(plain.entities(KH.Award).isEmpty)
    }

    @Test func englishMetalMedalIsAnAward() {
        let result = Self.extract(["Iranian archer Sara Jalali won the bronze medal in the women's recurve event on Sunday."], language: .english)
        #expect(result.conferrals.contains("Sara Jalali → bronze medal"))
    }

    /// «…» ساخته X: a quoted title followed by its maker is a work, and the maker receives the prize given to it.
    @Test func quotedTitleBeforeItsMakerIsAWork() {
        let result = Self.extract(["جایزه ملی مستند سپهر به «خانه‌ای کنار رود» ساخته نوید کاظمی رسید."])
        #expect(result.works.contains("خانه‌ای کنار رود"))
        #expect(result.conferrals.contains("نوید کاظمی → جایزه ملی مستند سپهر"))
    }

    // MARK: - English winners and prize names

    /// "went to Norwegian filmmaker X", "was given to Japanese architect X": a nationality and an occupation before
    /// a name introduce the winner, whatever the given name; a double-barrelled surname stays whole.
    @Test func describedWinnerAfterTheConferVerb() {
        let result = Self.extract([
            "The Silver Compass for best screenplay went to Danish writer Freja Lindqvist for \"Northern Salt.\"",
            "The Golden Compass for lifetime achievement was given to Ghanaian director Kwame Asante-Boateng.",
        ], language: .english)
        #expect(result.conferrals.contains("Freja Lindqvist → Silver Compass"))
        #expect(result.conferrals.contains("Kwame Asante-Boateng → Golden Compass"))
    }

    @Test func namedTheWinnerOfAPrize() {
        let result = Self.extract(["Sudanese painter Amira Kheir was named the winner of the Nile Prize at a ceremony in Cairo."], language: .english)
        #expect(result.conferrals.contains("Amira Kheir → Nile Prize"))
    }

    /// "the X Prize for Ethics in Science": "in" inside a prize's field; "the X Prize award ceremony" is a ceremony,
    /// not a prize called "X Prize award".
    @Test func prizeFieldWithInAndAwardCeremonyAfterAPrize() {
        let result = Self.extract([
            "Ecologist Tomas Varga received the UNESCO Green Planet Prize for Ethics in Ecology at the Green Planet Prize award ceremony in Paris.",
        ], language: .english)
        #expect(result.entities(KH.Award).contains("UNESCO Green Planet Prize for Ethics in Ecology"))
        #expect(!result.entities(KH.Award).contains("Green Planet Prize award"))
    }

    /// "is given by the X in partnership with Y": both give the prize.
    @Test func prizeGivenJointlyByTwoOrganizations() {
        let result = Self.extract([
            "The Cedar Prize was launched in 2015.",
            "The prize, worth 10,000 dollars, is given by the Beirut Design Foundation in partnership with the Levant Arts Council.",
        ], language: .english)
        #expect(result.givers.contains("Cedar Prize ← Beirut Design Foundation"))
        #expect(result.givers.contains("Cedar Prize ← Levant Arts Council"))
    }

    /// "تندیس جایزه به روستای X اهدا شد": a village can win a prize.
    @Test func villageReceivesAPrize() {
        let result = Self.extract(["جایزه ملی گردشگری پایدار امسال به روستای ابیانه در استان اصفهان اهدا شد."])
        #expect(result.conferrals.contains { $0.hasSuffix("→ جایزه ملی گردشگری پایدار") && $0.contains("ابیانه") })
    }

    /// "Outlet - Chilean poet X received the prize": the outlet in the dateline is not the winner.
    @Test func datelineOutletBeforeTheWinnerIsNotARecipient() {
        let result = Self.extract(["Tehran Times - Chilean poet Ana Torres received the Andes Poetry Prize on Monday."], language: .english)
        #expect(result.conferrals.contains("Ana Torres → Andes Poetry Prize"))
        #expect(!result.conferrals.contains { $0.hasPrefix("Tehran Times") })
    }

    /// "در بخش X، Y … برگزیده شد" and "Y و Z نیز در همین بخش برگزیده شدند": winners of the award in focus, each one.
    @Test func sectionPhraseThenWinnerAndWinnersListedInTheSameSection() {
        let result = Self.extract([
            "مراسم اهدای جایزه ملی صنعت سبز امروز در اصفهان برگزار شد.",
            "در بخش انرژی، شرکت پارس‌آفتاب از کرمان برای راه‌اندازی نیروگاه خورشیدی برگزیده شد.",
            "انجمن دوستداران زاگرس از ایلام و موسسه نوآوران آب از قزوین نیز در همین بخش برگزیده شدند.",
        ])
        #expect(result.conferrals.contains("شرکت پارس‌آفتاب → جایزه ملی صنعت سبز"))
        #expect(result.conferrals.contains("انجمن دوستداران زاگرس → جایزه ملی صنعت سبز"))
        #expect(result.conferrals.contains("موسسه نوآوران آب → جایزه ملی صنعت سبز"))
    }

    /// "در بخش شرکت دانش‌بنیان، …": an organization word after a section word is the category's name.
    @Test func organizationWordAfterSectionWordIsACategory() {
        let result = Self.extract([
            "جایزه ملی نوآوری البرز دیروز اهدا شد.",
            "در بخش شرکت دانش‌بنیان نیز شرکت رایان‌طب کرج برگزیده شد.",
        ])
        #expect(result.conferrals.contains { $0.hasPrefix("شرکت رایان‌طب") })
        #expect(!result.conferrals.contains { $0.hasPrefix("شرکت دانش‌بنیان") })
    }

    // MARK: - Editions of exhibitions, conferences and festivals

    /// data/gold/README.md: a festival that gives a prize is counted by the prize (the 38th Fajr Film Festival is
    /// an edition whose award is the Crystal Simorgh), and the festival confers it.
    @Test func festivalEditionIsAnEditionOfThePrizeItConfers() {
        let result = Self.extract([
            "آیین اختتامیه بیست و دومین جشنواره ملی فیلم کوتاه رویش دیشب در اراک برگزار شد.",
            "تندیس زرین رویش بهترین فیلم به نادر کیانی برای فیلم «مه» اهدا شد.",
        ])
        #expect(result.editions.contains("تندیس زرین رویش #22"))
        #expect(result.givers.contains("تندیس زرین رویش ← جشنواره ملی فیلم کوتاه رویش"))
    }

    @Test func numberedExhibitionIsAnEditionOfItsSeries() {
        let result = Self.extract(["هفدهمین نمایشگاه ملی فرش دستباف امروز در اصفهان گشایش یافت."])
        #expect(result.editions.contains("نمایشگاه ملی فرش دستباف #17"))
    }

    @Test func numberedConferenceIsAnEditionOfItsSeries() {
        let result = Self.extract(["سومین همایش ملی مدیریت پسماند شهری روز گذشته در دانشگاه تبریز آغاز شد."])
        #expect(result.editions.contains("همایش ملی مدیریت پسماند شهری #3"))
    }

    // MARK: - Winners in lists, names no list knows, medals (xpeople)

    /// The labels of the award of every conferral whose recipient is labelled `recipient`.
    func awardLabels(_ result: Extracted, of recipient: String) -> Set<String> {
        let conferrals = result.quads.filter { $0.predicate == RDF.type && $0.object == .iri(KH.AwardConferral) }.compactMap(\.subject.iri)
        var labels = Set<String>()
        for conferral in conferrals where result.label(result.objects(conferral, KH.recipient).first) == recipient {
            for award in result.objects(conferral, KH.award).compactMap(\.iri) {
                labels.formUnion(result.objects(award, RDFS.label).compactMap { $0.literal?.lexicalForm })
            }
        }
        return labels
    }

    /// "X from A and Y from B received gold medals, while Z and W were presented with bronze medals": every winner
    /// in each list, names whose given name no list knows (by the surname's ending, "Ali-Asghar" hyphenated), and one
    /// prize per metal whether written in the plural or not.
    @Test func englishListsOfMedalWinners() {
        let result = Self.extract([
            "Iran's team won two gold and two bronze medals at the 30th International Biology Olympiad in Astana.",
            "Kourosh Bahrami from Yazd and Shabnam Alizadeh from Rasht received gold medals, while Behrad Soltani and Ali-Asghar Moradi were presented with bronze medals.",
        ], language: .english)
        #expect(result.conferrals.contains("Kourosh Bahrami → gold medal"))
        #expect(result.conferrals.contains("Shabnam Alizadeh → gold medal"))
        #expect(result.conferrals.contains("Behrad Soltani → bronze medal"))
        #expect(result.conferrals.contains("Ali-Asghar Moradi → bronze medal"))
        #expect(!result.conferrals.contains { $0.hasPrefix("Behrad Soltani → gold") || $0.hasPrefix("Kourosh Bahrami → bronze") })
    }

    /// "جایزه به X و Y رسید", "در بخش شعر، X از کرمان و Y از اراک برگزیده شدند": both names of a list win.
    @Test func persianListsOfWinners() {
        let result = Self.extract([
            "جایزه ادبی مهرگان دیروز در کتابخانه ملی اهدا شد.",
            "در بخش شعر، ارسلان مقدم از کرمان و مژگان طاهری از اراک برگزیده شدند.",
        ])
        #expect(result.conferrals.contains("ارسلان مقدم → جایزه ادبی مهرگان"))
        #expect(result.conferrals.contains("مژگان طاهری → جایزه ادبی مهرگان"))
        let second = Self.extract(["جایزه ادبی مهرگان امسال به کامیار نیکزاد و آیدا فروغی رسید."])
        #expect(second.conferrals.contains { $0.hasPrefix("کامیار نیکزاد →") })
        #expect(second.conferrals.contains { $0.hasPrefix("آیدا فروغی →") })
    }

    /// A plural verb after two winners each described at length; not in reported speech.
    @Test func firstOfSeveralDescribedWinnersWinsToo() {
        let result = Self.extract([
            "جایزه ملی آموزگار نمونه دیروز در زنجان اهدا شد.",
            "همچنین پرهام رادمنش، آموزگار ریاضی از زنجان، در بخش «آموزش مجازی» و لادن کریمی، مدیر مدرسه‌ای در یاسوج، در بخش «مدیریت» برگزیده شدند.",
            "حامد شریفی، وزیر آموزش و پرورش، گفت که ۱۲ آموزگار از سراسر کشور برگزیده شدند.",
        ])
        #expect(result.conferrals.contains("پرهام رادمنش → جایزه ملی آموزگار نمونه"))
        #expect(result.conferrals.contains("لادن کریمی → جایزه ملی آموزگار نمونه"))
        #expect(!result.conferrals.contains { $0.hasPrefix("حامد شریفی") })
    }

    /// "X، سفالگر …، نیز در رشته سفال برای کوزه «…» برگزیده شد": the section and the work stand between the
    /// section word and the verb.
    @Test func sectionWinnerWithAWorkBeforeTheVerb() {
        let result = Self.extract([
            "نشان ملی هنرهای سنتی امسال در همدان به ۲۰ هنرمند اهدا شد.",
            "مرجان صفایی، سفالگر لالجینی، نیز در رشته سفال و سرامیک برای کوزه «آبی شب» برگزیده شد.",
        ])
        #expect(result.conferrals.contains("مرجان صفایی → نشان ملی هنرهای سنتی"))
    }

    /// "Narvan, a water-saving startup", "Golbarg, a women-run cooperative": an unknown capitalized name described
    /// as a company or a group is an organization, and can win.
    @Test func describedCompaniesWin() {
        let result = Self.extract([
            "The fourth Yazd Green Business Award was presented on Sunday.",
            "The award went to Narvan, a water-saving startup based in Yazd.",
            "Golbarg, a women-run cooperative from Kerman, won the award in the crafts category.",
        ], language: .english)
        #expect(result.entities(Schema.organization).isSuperset(of: ["Narvan", "Golbarg"]))
        #expect(result.conferrals.contains { $0.hasPrefix("Narvan →") })
        #expect(result.conferrals.contains { $0.hasPrefix("Golbarg →") })
    }

    /// The headline's trophy "تندیس «نوآور جوان»" and the body's "جایزه ملی نوآور جوان" are one award.
    @Test func headlineTrophyIsTheAwardNamedInFullLater() {
        let article = Article(source: ArticleSource(path: "award-test.txt"), title: "تندیس «نوآور جوان» به دو دانشجو رسید", paragraphs: [
            "در بخش فیزیک، تندیس جایزه به کیارش نوروزی، دانشجوی دانشگاه شیراز، رسید.",
            "به گفته حامد رضایی، دبیر جایزه ملی نوآور جوان، ۳۰۰ دانشجو نامزد این جایزه شده بودند.",
        ], language: .persian)
        let result = Extracted(quads: Self.extractor.extract(article).quads)
        #expect(awardLabels(result, of: "کیارش نوروزی").contains("جایزه ملی نوآور جوان"))
    }

    /// "the prize went to Sorkh Ecolodge on Hormuz Island": the winner's name ends before "on" and the island.
    @Test func winnerNamedBeforeOnAnIsland() {
        let result = Self.extract([
            "The Persian Gulf Green Tourism Award was presented on Kish Island on Sunday.",
            "In the community category, the award was presented to Sorkh Ecolodge on Hormuz Island.",
        ], language: .english)
        #expect(result.conferrals.contains { $0.hasPrefix("Sorkh Ecolodge →") })
        #expect(!result.conferrals.contains { $0.contains("on Hormuz") })
    }

    /// "Colombia's national pavilion received an honorable mention", "Its first Iranian winner was the
    /// Shiraz-born painter X": a distinction a jury gives is a prize; a country wins through its pavilion; "its winner"
    /// is the winner of the award in focus.
    @Test func distinctionsPavilionsAndItsWinner() {
        let result = Self.extract([
            "Colombia's national pavilion at the Milan Design Triennale received an honorable mention from the jury on Friday.",
        ], language: .english)
        #expect(result.conferrals.contains("Colombia → honorable mention"))
        let second = Self.extract([
            "The Sadr Calligraphy Prize was founded in 2011 by the Tabriz Arts Foundation.",
            "Its first Iranian winner was the Shiraz-born painter Golnar Moshiri in 2012.",
        ], language: .english)
        #expect(second.conferrals.contains("Golnar Moshiri → Sadr Calligraphy Prize"))
    }

    /// "به شبدیز رحمانی، نقاش جوان اهل ساری، رسید": a name no list knows, described by an occupation after a comma, is
    /// a person and the winner; "در بخش داستان، نویسنده …" is a section, no person.
    @Test func winnerDescribedByAnOccupation() {
        let result = Self.extract([
            "جایزه ملی هنر جوان دیروز در ساری اهدا شد.",
            "در بخش نقاشی، تندیس جایزه به شبدیز رحمانی، نقاش جوان اهل ساری، رسید.",
            "در بخش داستان، نویسنده جوان اهل گرگان برگزیده شد.",
        ])
        #expect(result.conferrals.contains("شبدیز رحمانی → جایزه ملی هنر جوان"))
        #expect(!result.entities(Schema.person).contains { $0.contains("بخش") })
    }

    /// "… به X، خبرنگار … در …، برای گزارش «…» اهدا شد": a journalist's report (or a rug, a jar) named in quotes is the
    /// work, so the winner stays within reach of the verb.
    @Test func reportInQuotesIsTheWork() {
        let result = Self.extract([
            "تندیس زرین جایزه ملی خبرنگاری سپید به نیلوفر کرمانی، خبرنگار ایسنا در کرمانشاه، برای گزارش «شهری که آب نداشت» اهدا شد.",
        ])
        #expect(result.conferrals.contains { $0.hasPrefix("نیلوفر کرمانی →") })
        #expect(result.works.contains("شهری که آب نداشت"))
    }

    /// English phrasings of a win: "the jury awarded X to Y", "Y shared the prize with Z", "winners of X include poet
    /// Y and translator Z".
    @Test func englishActiveGivingSharingAndIncluding() {
        let result = Self.extract([
            "The jury awarded the Golden Pomegranate to Kimia Ashrafi for her documentary \"Salt Wives\".",
            "Ashrafi shared the prize with Turkish director Emre Aydin.",
            "Winners of this year's Parvin Prize include poet Sahar Nikbakht and translator Omid Rahimi.",
        ], language: .english)
        #expect(result.conferrals.contains("Kimia Ashrafi → Golden Pomegranate"))
        #expect(result.conferrals.contains("Emre Aydin → Golden Pomegranate"))
        #expect(result.conferrals.contains("Sahar Nikbakht → Parvin Prize"))
        #expect(result.conferrals.contains("Omid Rahimi → Parvin Prize"))
    }

    /// "جایزه نخست بخش مستند را X دریافت کرد", "X و Y به ترتیب مقام اول و دوم را کسب کردند": a ranked prize is the
    /// award in focus; both holders of the ranks win it.
    @Test func persianRankedPrizesAndRanksTaken() {
        let result = Self.extract([
            "جایزه ملی فیلم سبز دیروز در رشت اهدا شد.",
            "جایزه نخست بخش مستند را سارا نیکبخت از کرمان دریافت کرد.",
            "سپیده رحمانی و امید کرمانی به ترتیب مقام اول و دوم را کسب کردند.",
        ])
        #expect(result.conferrals.contains("سارا نیکبخت → جایزه ملی فیلم سبز"))
        #expect(result.conferrals.contains("سپیده رحمانی → جایزه ملی فیلم سبز"))
        #expect(result.conferrals.contains("امید کرمانی → جایزه ملی فیلم سبز"))
    }

    /// "X برای رمان «…» موفق به دریافت این جایزه شد", "رتبه دوم به Y تعلق گرفت", and "با اهدای لوح تقدیر قدردانی
    /// کرد" (the noun before "کرد" is the verb's, no award's name).
    @Test func succeededInWinningRanksAndPlaqueVerbs() {
        let result = Self.extract([
            "جایزه ادبی سیمین که هر سال از سوی بنیاد سیمین اهدا می‌شود دیروز در شیراز اهدا شد.",
            "رویا ثابت برای رمان «باغ زمستان» موفق به دریافت این جایزه شد.",
            "رتبه دوم به کاوه مرادی تعلق گرفت.",
            "شهرداری شیراز نیز از برگزیدگان با اهدای لوح تقدیر قدردانی کرد.",
        ])
        #expect(result.conferrals.contains("رویا ثابت → جایزه ادبی سیمین"))
        #expect(result.works.contains("باغ زمستان"))
        #expect(result.conferrals.contains("کاوه مرادی → جایزه ادبی سیمین"))
        #expect(!result.entities(KH.Award).contains { $0.contains("قدردانی") })
    }

    /// Who gives an award: "Established by X in 2012, the Y Prize …", "X awards the Y Prize to …" ("awards" is the
    /// verb, not part of X's name), "جایزه Y را X هر سال اهدا می‌کند".
    @Test func giversWrittenAroundTheAward() {
        let english = Self.extract([
            "Established by the Razi Foundation in 2010, the Razi Medicine Prize is awarded every two years.",
            "The Isfahan Municipality awards the Naqsh Prize to architects who restore old houses.",
        ], language: .english)
        #expect(english.givers.contains("Razi Medicine Prize ← Razi Foundation"))
        #expect(english.givers.contains { $0.hasPrefix("Naqsh Prize ←") })
        #expect(!english.entities(KH.Award).contains { $0.contains("Municipality") })
        let persian = Self.extract(["جایزه ادبی پروین را بنیاد پروین اعتصامی هر سال در تبریز اهدا می‌کند."])
        #expect(persian.givers.contains { $0.hasPrefix("جایزه ادبی پروین ←") && $0.contains("بنیاد") })
    }

    /// "عکس «موج» اثر آوا شریفی … را به خود اختصاص داد": the maker named after a quoted work, whatever the given name,
    /// wins; "در بخش دانشجویی، X … به عنوان برگزیده معرفی شد" too.
    @Test func makerOfAWorkAndAWinnerIntroducedAsChosen() {
        let result = Self.extract([
            "جایزه ملی عکس آبی دیروز در بوشهر اهدا شد.",
            "عکس «موج» اثر ترمه جهانشاهی تندیس زرین این جایزه را به خود اختصاص داد.",
            "در بخش دانشجویی، مهسا قربانی از دانشگاه هنر تهران به عنوان برگزیده معرفی شد.",
        ])
        #expect(result.conferrals.contains("ترمه جهانشاهی → جایزه ملی عکس آبی"))
        #expect(result.conferrals.contains("مهسا قربانی → جایزه ملی عکس آبی"))
    }

    // MARK: - QA on fresh Persian articles (qa-fa)

    /// "در بخش پویانمایی، X برگزیده شد و جایزه ویژه هیئت داوران به Y رسید": the special jury prize named after X goes to
    /// Y; X won the festival's own prize, and the festival's edition is no edition of the jury prize.
    @Test func aJuryPrizeNamedAfterOneWinnerGoesToTheNextNotToHer() {
        let result = Self.extract([
            "آیین اختتامیه هشتمین جشنواره فیلم کودک نسیم دیروز در اراک برگزار شد.",
            "در بخش پویانمایی، نگار حیدری برای اثر «ماهی سیاه» برگزیده شد و جایزه ویژه هیئت داوران به کامران مرادی رسید.",
        ])
        #expect(result.conferrals.contains("کامران مرادی → جایزه ویژه هیئت داوران"))
        #expect(result.conferrals.contains { $0.hasPrefix("نگار حیدری → ") })
        #expect(!result.conferrals.contains("نگار حیدری → جایزه ویژه هیئت داوران"))
        #expect(!result.editions.contains { $0.hasPrefix("جایزه ویژه هیئت داوران") })
    }

    /// "جایزه مربی برتر … به X اهدا شد": a prize named for a kind of person (a role word and a qualifier) is an award
    /// conferred on X, and the role word in its name is nobody's title.
    @Test func aPrizeNamedForAKindOfPersonIsAnAward() {
        let result = Self.extract(["در این آیین جایزه مربی برتر به زهره کاظمی از دبیرستان فرزانگان یزد اهدا شد."])
        #expect(result.conferrals.contains("زهره کاظمی → جایزه مربی برتر"))
    }

    /// "Bronze medals went to …" opening a sentence, "took the silver medals" after a determiner, and a school named
    /// before "and" and a second winner's given name.
    @Test func pluralMedalsOpeningASentenceOrAfterTheAreAwards() {
        let result = Self.extract([
            "Iran's students won four medals at the 36th International Olympiad in Informatics in Alexandria.",
            "Nima Sadeghi from Shiraz's Shahid Dastgheib School and Arash Mohammadi from Karaj took the silver medals.",
            "Bronze medals went to Reza Kamali and Yasaman Ahmadi.",
        ], language: .english)
        #expect(result.conferrals.contains("Arash Mohammadi → silver medal"))
        #expect(result.conferrals.contains("Reza Kamali → bronze medal"))
        #expect(result.conferrals.contains("Yasaman Ahmadi → bronze medal"))
        #expect(!result.entities(Schema.organization).contains { $0.contains("Arash") })
    }
}
