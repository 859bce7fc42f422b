import KheshtGraph
import KheshtQuery
import Testing

/// The language's semantics on the hand-made news dataset; every expected answer is worked out from
/// `NewsDataset.facts` by hand.
@Suite struct QuerySemanticsTests {
    let engine = QueryEngine(store: NewsDataset.store())
    typealias S = QueryTestSupport

    @Test func positionsAtTehranCityCouncil() throws {
        let rows = try S.rowSet(engine, #"find ?person ?role where { ?h holder ?person ; roleName ?role ; inOrganization "Tehran City Council" }"#)
        #expect(rows == [["person/mohsen-hashemi", "رئیس"], ["person/ahmad-masjedjamei", "نایب رئیس"]])
    }

    @Test func eventsAtMiladTowerInDateOrder() throws {
        let rows = try S.rows(engine, #"find ?e ?date where { ?e a Event ; location "برج میلاد" ; startDate ?date } order by ?date"#)
        #expect(rows == [["event/golden-brick-3", "2018-10"], ["event/golden-brick-4", "2019-11-02"], ["event/smart-city-expo", "2020"]])
        let descending = try S.rows(engine, #"find ?e where { ?e a Event ; location "Milad Tower" ; startDate ?date } order by desc(?date)"#)
        #expect(descending == [["event/smart-city-expo"], ["event/golden-brick-4"], ["event/golden-brick-3"]])
    }

    @Test func typeIncludesSubclasses() throws {
        let events = try S.rowSet(engine, "find ?e where { ?e a Event }")
        #expect(events == [["event/golden-brick-3"], ["event/golden-brick-4"], ["event/smart-city-expo"], ["event/resilience-forum"]])
        let ceremonies = try S.rowSet(engine, "find ?e where { ?e a AwardCeremony }")
        #expect(ceremonies == [["event/golden-brick-3"], ["event/golden-brick-4"]])
        let persianClass = try S.rowSet(engine, "find ?e where { ?e a مراسم_جایزه }")
        #expect(persianClass == ceremonies)
        let quotedPersianClass = try S.rowSet(engine, #"find ?e where { ?e a "مراسم جایزه" }"#)
        #expect(quotedPersianClass == ceremonies)
    }

    @Test func goldenBrickEditionInJalali1398() throws {
        let query = #"find ?e ?n ?place where { ?e editionOf "خشت طلایی" ; editionNumber ?n ; location ?place ; startDate ?d filter (?d in jalali 1398) }"#
        #expect(try S.rows(engine, query) == [["event/golden-brick-4", "4", "place/milad-tower"]])
        let sugar = #"find ?e where { ?e editionOf "Golden Brick Award" ; startDate jalali ۱۳۹۸ }"#
        #expect(try S.rows(engine, sugar) == [["event/golden-brick-4"]])
        let mehr1397 = #"find ?e where { ?e editionOf "Golden Brick Award" ; startDate jalali 1397/07 }"#
        #expect(try S.rows(engine, mehr1397) == [], "October 2018 starts in Mehr but ends in Aban 1397: not inside Mehr")
        #expect(try S.rows(engine, #"find ?e where { ?e editionOf "Golden Brick Award" ; startDate jalali 1397 }"#) == [["event/golden-brick-3"]])
    }

    @Test func whatHashemiSaidWithSources() throws {
        let table = try S.table(engine, #"find ?text ?event where { ?q a Quote ; saidBy "Mohsen Hashemi" ; text ?text optional { ?q saidAt ?event } } order by ?text with sources"#)
        // Text order by code point: "در" (U+0631) sorts before "دی" (U+06CC).
        #expect(table.rows.map { $0.map(S.show) } == [
            ["در حوزه تاب‌آوری شهر تهران کم کار کرده‌ایم", "event/golden-brick-4"],
            ["دیپلماسی شهری سومین شکل متداول دیپلماسی است", "-"],
        ])
        let sources = try #require(table.sources)
        #expect(Set(sources[1].map(\.sentenceIndex)) == [6])
        #expect(Set(sources[1].map(\.ruleId)) == ["quote.gofte"])
        #expect(Set(sources[0].map(\.sentenceIndex)) == [1, 2], "the saidAt fact comes from sentence 2")
        #expect(sources[0].allSatisfy { $0.article == NewsDataset.article1.iri! })
        #expect(sources[0].contains { $0.charStart == 12 && $0.charEnd == 62 })
    }

    @Test func sourcesAreNilUnlessAsked() throws {
        #expect(try S.table(engine, "find ?q where { ?q a Quote }").sources == nil)
    }

    @Test func sourcesCoverEveryArticleHoldingTheFact() throws {
        let table = try S.table(engine, #"find ?p where { "4th Golden Brick Award" speaker ?p } with sources"#)
        let sources = try #require(table.sources)
        #expect(table.rows.count == 1)
        #expect(Set(sources[0].map(\.article)) == [NewsDataset.article1.iri!, NewsDataset.article2.iri!])
    }

    @Test func eventsPerVenue() throws {
        let rows = try S.rows(engine, "find ?venue (count(?e) as ?n) where { ?e a Event ; location ?venue } group by ?venue order by desc(?n)")
        #expect(rows == [["place/milad-tower", "3"], ["place/tehran-city-hall", "1"]])
        let bare = try S.table(engine, "find ?venue count(?e) where { ?e a Event ; location ?venue } group by ?venue")
        #expect(bare.columns == ["venue", "count"])
        #expect(try S.rows(engine, "find (count(*) as ?n) where { ?e a Quote ; saidAt ?x }") == [["1"]])
        #expect(try S.rows(engine, "find (count(*) as ?n) where { ?e a Quote ; location ?x }") == [["0"]])
        #expect(try S.rows(engine, "find (count(distinct ?p) as ?n) where { ?e speaker ?p }") == [["2"]])
        #expect(try S.rows(engine, "find (min(?n) as ?lo) (max(?n) as ?hi) (sum(?n) as ?total) where { ?e editionNumber ?n }") == [["3", "4", "7"]])
    }

    @Test func worldCitiesDay() throws {
        let rows = try S.rows(engine, #"find ?year ?who where { "World Cities Day" establishedIn ?year ; proposedBy ?who }"#)
        #expect(rows == [["2013", "organization/un-economic-committee"]])
        let persian = try S.rows(engine, #"find ?year ?who where { "روز جهانی شهرها" establishedIn ?year ; proposedBy ?who }"#)
        #expect(persian == rows)
    }

    @Test func speakersAtMiladTowerTwoHops() throws {
        let joined = try S.rowSet(engine, #"find distinct ?p where { ?e location "برج میلاد" ; speaker ?p }"#)
        #expect(joined == [["person/mohsen-hashemi"], ["person/pirouz-hanachi"]])
        let path = try S.rowSet(engine, #"find distinct ?p where { "Milad Tower" ^location/speaker ?p }"#)
        #expect(path == joined)
    }

    @Test func eventsBetweenJalaliAndGregorian() throws {
        let rows = try S.rowSet(engine, "find ?e where { ?e a Event ; startDate ?d filter (?d between jalali 1397/07 and date 2019-12) }")
        #expect(rows == [["event/golden-brick-3"], ["event/golden-brick-4"]])
    }

    @Test func eventsWithNoKnownDate() throws {
        #expect(try S.rows(engine, "find ?e where { ?e a Event not { ?e startDate ?d } }") == [["event/resilience-forum"]])
        let viaBound = try S.rows(engine, "find ?e where { ?e a Event optional { ?e startDate ?d } filter (!bound(?d)) }")
        #expect(viaBound == [["event/resilience-forum"]])
    }

    @Test func optionalKeepsRowsWithoutMatch() throws {
        let rows = try S.rowSet(engine, "find ?e ?chair where { ?e a Event optional { ?e chair ?chair } }")
        #expect(rows == [["event/golden-brick-3", "-"], ["event/golden-brick-4", "-"], ["event/smart-city-expo", "-"],
                         ["event/resilience-forum", "person/ahmad-masjedjamei"]])
    }

    @Test func unionOfRoles() throws {
        let rows = try S.rowSet(engine, #"find ?e ?p where { { ?e speaker ?p } union { ?e chair ?p } filter (?p = entity "Ahmad Masjed-Jamei" || ?p = entity "Pirouz Hanachi") }"#)
        #expect(rows == [["event/resilience-forum", "person/ahmad-masjedjamei"], ["event/golden-brick-3", "person/pirouz-hanachi"]])
        let alternative = try S.rowSet(engine, #"find ?e where { ?e speaker|chair "احمد مسجدجامعی" }"#)
        #expect(alternative == [["event/resilience-forum"]])
    }

    @Test func transitivePaths() throws {
        #expect(try S.rows(engine, #"find ?place where { "Milad Tower" containedInPlace+ ?place }"#) == [["place/tehran"], ["place/iran"]])
        #expect(try S.rowSet(engine, #"find ?place where { "Milad Tower" containedInPlace* ?place }"#)
                == [["place/milad-tower"], ["place/tehran"], ["place/iran"]])
        #expect(try S.rowSet(engine, #"find ?e where { ?e location/containedInPlace+ "ایران" ; a Event }"#).count == 4)
        #expect(try S.rowSet(engine, #"find ?inside where { ?inside containedInPlace+ "Tehran" }"#)
                == [["place/milad-tower"], ["place/tehran-city-hall"]])
        let zeroOrOne = try S.rowSet(engine, #"find ?p where { "Tehran" containedInPlace? ?p }"#)
        #expect(zeroOrOne == [["place/tehran"], ["place/iran"]])
    }

    @Test func pathAnswersCarryTheFactsWalked() throws {
        let table = try S.table(engine, #"find ?p where { "Milad Tower" ^location/speaker ?p } with sources"#)
        let sources = try #require(table.sources)
        let row = try #require(table.rows.firstIndex { $0[0] == NewsDataset.hashemi })
        let facts = Set(sources[row].map(\.fact))
        #expect(facts.contains(Triple(NewsDataset.gb4, Schema.location, NewsDataset.milad)))
        #expect(facts.contains(Triple(NewsDataset.gb4, KH.speaker, NewsDataset.hashemi)))
    }

    @Test func orderLimitOffset() throws {
        let all = try S.rows(engine, "find ?n where { ?x a Person ; label ?n filter (lang(?n) = \"en\") } order by ?n")
        #expect(all == [["Ahmad Masjed-Jamei"], ["Mohsen Hashemi"], ["Pirouz Hanachi"]])
        #expect(try S.rows(engine, "find ?n where { ?x a Person ; label ?n filter (lang(?n) = \"en\") } order by ?n limit 2 offset 1")
                == [["Mohsen Hashemi"], ["Pirouz Hanachi"]])
        #expect(try S.rows(engine, "find ?n where { ?x a Person ; label ?n filter (lang(?n) = \"en\") } order by desc(?n) limit 1")
                == [["Pirouz Hanachi"]])
        #expect(try S.rows(engine, "find ?x where { ?x a Person } limit 0") == [])
    }

    @Test func limitStopsReadingEarly() throws {
        let store = CountingStore(NewsDataset.store())
        let engine = QueryEngine(store: store)
        _ = try engine.run("find ?s ?o where { ?s a Event . ?s label ?o }")
        let unlimited = store.matchCalls
        let before = store.matchCalls
        _ = try engine.run("find ?s ?o where { ?s a Event . ?s label ?o } limit 1")
        #expect(store.matchCalls - before < unlimited, "a limited query pulls fewer lookups through the lazy pipeline")
    }

    @Test func filtersOnTextAndLanguage() throws {
        let rows = try S.rowSet(engine, #"find ?e where { ?e label ?l filter (contains(?l, "خشت") && lang(?l) = "fa") }"#)
        #expect(rows == [["award/golden-brick"], ["event/golden-brick-4"], ["event/golden-brick-3"]])
        let arabicLetters = try S.rowSet(engine, #"find ?q where { ?q text ?t filter contains(?t, "ديپلماسي") }"#)
        #expect(arabicLetters == [["quote/hashemi-diplomacy"]], "Arabic yeh in the query meets Persian yeh in the data")
        let roleText = try S.rowSet(engine, #"find ?p where { ?h holder ?p ; roleName "رييس" }"#)
        #expect(roleText == [["person/mohsen-hashemi"]], "a quoted string in a literal position matches folded text, any language tag")
        let exact = try S.rowSet(engine, #"find ?p where { ?h holder ?p ; roleName "رئیس"@fa }"#)
        #expect(exact == [["person/mohsen-hashemi"]])
        #expect(try S.rowSet(engine, #"find ?p where { ?h holder ?p ; roleName "رئیس"@en }"#) == [])
        let numbers = try S.rowSet(engine, "find ?e where { ?e editionNumber ?n filter (?n > 3) }")
        #expect(numbers == [["event/golden-brick-4"]])
        #expect(try S.rowSet(engine, "find ?e where { ?e editionNumber 3 }") == [["event/golden-brick-3"]])
    }

    @Test func prefixedNamesAndIRIs() throws {
        let short = try S.rowSet(engine, #"find ?e where { ?e location "Milad Tower" }"#)
        #expect(try S.rowSet(engine, #"find ?e where { ?e schema:location "Milad Tower" }"#) == short)
        #expect(try S.rowSet(engine, #"find ?e where { ?e <https://schema.org/location> "Milad Tower" }"#) == short)
        #expect(try S.rowSet(engine, #"find ?e where { ?e مکان "Milad Tower" }"#) == short, "Persian property name")
        #expect(try S.rowSet(engine, "find ?e where { ?e location khr:place/milad-tower }".replacingOccurrences(of: "khr:place/milad-tower", with: "<https://w3id.org/khesht/id/place/milad-tower>")) == short)
    }

    @Test func duplicateFactsAcrossArticlesCountOnce() throws {
        #expect(try S.rows(engine, #"find (count(?e) as ?n) where { ?e location "Milad Tower" }"#) == [["3"]])
    }

    @Test func starProjectsUserVariablesOnly() throws {
        let table = try S.table(engine, #"find * where { ?h holder ?p ; roleName "رئیس" }"#)
        #expect(table.columns == ["h", "p"])
        #expect(table.label(of: NewsDataset.hashemi, preferring: "en") == "Mohsen Hashemi")
        #expect(table.label(of: NewsDataset.hashemi) == "محسن هاشمی")
    }

    @Test func describeGroupsByPropertyWithSources() throws {
        guard case .description(let descriptions) = try engine.run(#"describe "چهارمین دوره جایزه جهانی خشت طلایی""#) else {
            Issue.record("expected a description"); return
        }
        #expect(descriptions.count == 1)
        let d = descriptions[0]
        #expect(d.entity == NewsDataset.gb4)
        #expect(d.types == [KH.AwardCeremony])
        let byName = Dictionary(uniqueKeysWithValues: d.properties.map { ($0.name, $0) })
        #expect(byName["location"]?.values.map(\.term) == [NewsDataset.milad])
        #expect(byName["speaker"]?.values.first?.sources.count == 2)
        #expect(byName["^saidAt"]?.values.map(\.term) == [NewsDataset.quote1])
        #expect(byName["startDate"]?.values.map { S.show($0.term) } == ["2019-11-02"])
        #expect(d.labels.count == 2)
        #expect(d.valueLabels[NewsDataset.milad]?.contains(.init("Milad Tower", knownLanguage: "en")) == true)
    }

    @Test func explainShowsEstimatedAndActualRows() throws {
        guard case .plan(let plan) = try engine.run(#"explain find ?e ?date where { ?e a Event ; location "برج میلاد" ; startDate ?date } order by ?date"#) else {
            Issue.record("expected a plan"); return
        }
        #expect(plan.resultRows == 3)
        #expect(plan.steps.count == 3)
        #expect(plan.steps.last?.actualRows == 3)
        guard case .plan(let selective) = try engine.run(#"explain find ?e where { ?e a Event ; location "Tehran City Hall" }"#) else {
            Issue.record("expected a plan"); return
        }
        #expect(selective.steps.first?.label.contains("location") == true, "the most selective pattern (1 quad) runs first, not the 4 events")
        #expect(selective.steps.first?.estimatedRows == 1)
        #expect(selective.steps.map(\.actualRows) == [1, 1])
        #expect(plan.description.contains("est "))
        #expect(plan.description.contains("Order by ?date"))
    }

    @Test func sameAnswerForPersianAndEnglishNames() throws {
        let names = ["Tehran City Council", "شورای اسلامی شهر تهران", "شوراي اسلامي شهر تهران", "شورای شهر تهران", "tehran city  council"]
        let answers = try names.map { try S.rowSet(engine, "find ?p where { ?h holder ?p ; inOrganization \"\($0)\" }") }
        #expect(answers.allSatisfy { $0 == answers[0] })
        #expect(answers[0].count == 2)
    }
}
