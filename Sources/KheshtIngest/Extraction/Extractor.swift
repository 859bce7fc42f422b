import Foundation
import KheshtGraph
import KheshtText

/// What extraction produced for one article: its quads (all in the article's named graph) and a provenance record
/// for every quad.
public struct ExtractionResult: Sendable {
    public let article: IRI
    public let quads: [Quad]
    public let provenance: [Provenance]
    /// Entities mentioned, by type, for the ingest summary.
    public let entityCounts: [EntityType: Int]
    /// Facts stated by relation rules (beyond mentions, labels and article metadata).
    public let factCount: Int
}

/// Turns an article into facts: sentences → tokens → mentions → coreference → relation rules → quads with
/// provenance. Holds only data loaded from `schema/`; extraction itself is a pure function of the article.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let gazetteer: Gazetteer
    public let rules: RuleSet
    /// Which role words of either language name one post (`schema/roles.tsv`).
    public let roleTypes: RoleVocabulary

    public init(lexicon: Lexicon, gazetteer: Gazetteer, rules: RuleSet, roleTypes: RoleVocabulary = RoleVocabulary()) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.rules = rules
        self.roleTypes = roleTypes
    }

    /// Loads `lexicon.txt`, `gazetteer.tsv`, `rules.txt` and `roles.tsv` from a schema folder.
    public static func load(schemaDirectory: URL) throws -> Extractor {
        let lexicon = try Lexicon.load(from: schemaDirectory.appendingPathComponent("lexicon.txt"))
        let gazetteer = try Gazetteer.load(from: schemaDirectory.appendingPathComponent("gazetteer.tsv"))
        let rules = try RuleSet.load(from: schemaDirectory.appendingPathComponent("rules.txt"), lexicon: lexicon)
        let roleTypes = try RoleVocabulary.load(from: schemaDirectory.appendingPathComponent("roles.tsv"))
        return Extractor(lexicon: lexicon, gazetteer: gazetteer, rules: rules, roleTypes: roleTypes)
    }

    /// The named graph holding an article's facts: from its outlet and news code when both are known (stable
    /// across re-downloads), else from its file name and item number.
    public func articleIRI(for article: Article) -> IRI {
        let name: String
        if let code = article.newsCode, let outlet = article.outlet {
            name = "\(outletIRI(outlet).map(EntityNamer.lastSegment) ?? EntityNamer.slug(outlet))-\(code)"
        } else {
            let file = URL(fileURLWithPath: article.source.path).deletingPathExtension().lastPathComponent
            name = EntityNamer.slug(file) + (article.source.itemIndex > 0 ? "-\(article.source.itemIndex)" : "")
        }
        return (try? IRI(Namespace.khr.iri + "article/" + name)) ?? IRI(unchecked: Namespace.khr.iri + "article/x")
    }

    /// The known outlet named `outlet`, also when the text drops "خبرگزاری"/"News Agency" ("مهر" for خبرگزاری مهر).
    private func outletIRI(_ outlet: String) -> IRI? {
        for name in [outlet, "خبرگزاری " + outlet, outlet + " News Agency"] {
            if let entry = gazetteer.entries(forKey: TextNormalizer.labelKey(name)).first(where: { $0.type == .organization }) {
                return entry.iri
            }
        }
        return nil
    }

    // MARK: - Extraction

    public func extract(_ article: Article) -> ExtractionResult {
        let publication = PublicationTime(article.published)
        return facts(of: article, sentences: analyze(article, publication: publication), publication: publication)
    }

    /// The facts of an article whose sentences are already analysed (`explain` shows both from one analysis).
    func facts(of article: Article, sentences: [SentenceAnalysis], publication: PublicationTime) -> ExtractionResult {
        let articleIRI = articleIRI(for: article)
        var graph = ArticleGraphBuilder(article: articleIRI)
        let namer = EntityNamer(articleSlug: EntityNamer.lastSegment(articleIRI),
                                genericEventWords: lexicon.entries("genericEventHead"))
        var counts: [EntityType: Int] = [:]
        var seenEntities = Set<IRI>()
        addMetadata(of: article, as: articleIRI, publication: publication, to: &graph)
        for sentence in sentences {
            for mention in sentence.mentions + sentence.nested {
                addEntity(mention, in: sentence, namer: namer, to: &graph) { iri, type in
                    if seenEntities.insert(iri).inserted { counts[type, default: 0] += 1 }
                }
            }
        }
        var factCount = 0
        for sentence in sentences {
            for city in sentence.nested where city.entityType == .place {
                guard let venue = MentionFinder.enclosingPlace(of: city, in: sentence.mentions),
                      let inner = namer.iri(for: city), let outer = namer.iri(for: venue), inner != outer else { continue }
                let source = ArticleGraphBuilder.Source(sentence: sentence.index, span: venue.span,
                                                        rule: "contained.name-ends-with-city", confidence: 0.75)
                graph.add(outer, Schema.containedInPlace, inner, source)
                factCount += 1
            }
        }
        var dated: [String: Mention] = [:]
        for sentence in sentences {
            factCount += applyRules(to: sentence, article: articleIRI, namer: namer, dated: &dated,
                                    reference: publication.reference, graph: &graph)
        }
        factCount += closingCeremonyFacts(&graph, sentences: sentences)
        factCount += yearsFromNames(&graph)
        factCount += inferSeriesFacts(&graph)
        factCount += inferFestivalPrizes(&graph)
        dropBarePositions(&graph)
        dropFutureEditions(&graph, sentences: sentences)
        dropEnclosingLocations(&graph)
        dropCountriesBesideVenues(&graph)
        factCount += partsTakeTheWholesVenue(&graph)
        factCount += hostCitiesFromNames(&graph)
        return ExtractionResult(article: articleIRI, quads: graph.quads, provenance: graph.provenance,
                                entityCounts: counts, factCount: factCount)
    }

    /// "نمایشگاه جهانی اکسپو ۲۰۱۰ شانگهای", "Iran Expo 2024": an event named with a Gregorian year and given no
    /// date anywhere in the article took place in that year (data/gold/README.md: a Gregorian-only year has no Jalali
    /// form). Only years 1900–2099 written as a word of the name count.
    private func yearsFromNames(_ graph: inout ArticleGraphBuilder) -> Int {
        let quads = graph.quads
        let events = Set(quads.filter { $0.predicate == RDF.type && $0.object == .iri(Schema.event) }.map(\.subject))
        var added = 0
        for event in events {
            guard let iri = event.iri,
                  !quads.contains(where: { $0.subject == event && ($0.predicate == Schema.startDate || $0.predicate == Schema.endDate) }),
                  let label = quads.first(where: { $0.subject == event && $0.predicate == RDFS.label }),
                  let text = label.object.literal?.lexicalForm,
                  let origin = graph.provenance.first(where: { $0.quad == label }) else { continue }
            let years = text.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }.filter { word in
                word.count == 4 && word.allSatisfy(\.isASCII) && Int(word).map { (1900...2099).contains($0) } == true
            }
            guard years.count == 1, let year = years.first else { continue }
            let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: "infer.year-in-name", confidence: 0.6)
            graph.add(iri, Schema.startDate, .typed(year, XSD.gYear), source)
            added += 1
        }
        return added
    }

    /// A festival's closing ceremony is an event of its own (data/gold/README.md). "سی‌ونهمین جشنواره … در تالار رودکی
    /// به کار خود پایان داد", "the festival wrapped up at Milad Tower": when the article also names the closing
    /// ceremony, the venue of the sentence in which the festival ends is the ceremony's, and the day the festival ended
    /// is the ceremony's date. Parts are the events with a superEvent whose qualifier is a @closingPart word.
    private func closingCeremonyFacts(_ graph: inout ArticleGraphBuilder, sentences: [SentenceAnalysis]) -> Int {
        let quads = graph.quads
        let parts = quads.filter { $0.predicate == Schema.superEvent }
        guard !parts.isEmpty else { return 0 }
        let closingSlugs = lexicon.entries("closingPart").map { "-" + EntityNamer.slug($0) }
        let openingSlugs = lexicon.entries("openingPart").map { "-" + EntityNamer.slug($0) }
        func sentencesHolding(_ list: String) -> Set<Int> {
            Set(sentences.filter { sentence in sentence.tokens.indices.contains { sentence.match(list, at: $0) != nil } }.map(\.index))
        }
        let endingSentences = sentencesHolding("endVerb")
        let openingSentences = sentencesHolding("openVerb")
        var added = 0
        for part in parts {
            guard let ceremony = part.subject.iri, let whole = part.object.iri else { continue }
            let segment = EntityNamer.lastSegment(ceremony)
            let closing = closingSlugs.contains { segment.hasSuffix($0) }
            // "نمایشگاه … دیروز در مصلی گشایش یافت … در آیین افتتاح این نمایشگاه": the opening ceremony was held where
            // and when the whole opened; the whole keeps its venue.
            let opening = !closing && openingSlugs.contains { segment.hasSuffix($0) }
            guard closing || opening else { continue }
            for fact in quads where fact.subject == part.object && fact.predicate == Schema.location {
                guard let place = fact.object.iri,
                      let origin = graph.provenance.first(where: { $0.quad == fact }),
                      (closing ? endingSentences : openingSentences).contains(origin.sentenceIndex),
                      // "The festival wrapped up in Isfahan with a closing gala": a city stays the festival's.
                      isVenue(place, in: quads) else { continue }
                let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: closing ? "infer.closing-venue" : "infer.opening-venue", confidence: 0.6)
                if closing { graph.remove(fact) }
                graph.add(ceremony, Schema.location, place, source)
                added += 1
            }
            let ceremonyDated = quads.contains { $0.subject == part.subject && $0.predicate == Schema.startDate }
            let day = closing ? Schema.endDate : Schema.startDate
            if !ceremonyDated, let end = quads.first(where: { $0.subject == .iri(whole) && $0.predicate == day }),
               let origin = graph.provenance.first(where: { $0.quad == end }) {
                let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: closing ? "infer.closing-date" : "infer.opening-date", confidence: 0.6)
                graph.add(ceremony, Schema.startDate, end.object, source)
                // The whole's Jalali day is its start's: it is the opening ceremony's too.
                if opening, let jalali = quads.first(where: { $0.subject == .iri(whole) && $0.predicate == KH.jalaliDate }) {
                    graph.add(ceremony, KH.jalaliDate, jalali.object, source)
                }
                // The closing ceremony's day is the whole's last: its Jalali form is that day's, written as the article
                // writes Jalali days (only when the whole's dates carry one).
                if closing, quads.contains(where: { $0.subject == .iri(whole) && $0.predicate == KH.jalaliDate }),
                   let jalali = Extractor.jalaliDay(of: end.object) {
                    graph.add(ceremony, KH.jalaliDate, .string(jalali), source)
                }
                added += 1
            }
        }
        return added
    }

    /// The Jalali form ("1403-02-12") of a day-precision Gregorian date literal ("2024-05-01"), or nil for a year or
    /// month or anything else.
    static func jalaliDay(of date: Term) -> String? {
        guard let text = date.literal?.lexicalForm, text.count == 10 else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let day = GregorianDate(validYear: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return JalaliDate(day).description
    }

    /// What an article says of an award or festival as a whole holds for the editions it reports: "the Golden Brick,
    /// organized every year by Tehran Municipality" makes the municipality the organizer of the edition the article is
    /// about, and the one conferring the award. Each inferred fact keeps the source of the fact it follows from, under
    /// its own rule id and a lower confidence.
    private func inferSeriesFacts(_ graph: inout ArticleGraphBuilder) -> Int {
        let quads = graph.quads
        let facts = quads.filter { $0.predicate == Schema.organizer || $0.predicate == KH.conferredBy }
        // Most articles state no organizer: then there is nothing to carry, and no table worth building.
        guard !facts.isEmpty else { return 0 }
        let editions = quads.filter { $0.predicate == KH.editionOf }
        let types = Dictionary(grouping: quads.filter { $0.predicate == RDF.type }, by: \.subject).mapValues { Set($0.map(\.object)) }
        let provenance = graph.provenance
        var added = 0
        for fact in facts {
            guard let series = fact.subject.iri, let agent = fact.object.iri,
                  !quads.contains(where: { $0.subject == fact.subject && $0.predicate == KH.editionNumber }),
                  let origin = provenance.first(where: { $0.quad == fact }) else { continue }
            let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: "infer.series", confidence: 0.6)
            if types[fact.subject]?.contains(.iri(KH.Award)) == true, fact.predicate == Schema.organizer {
                graph.add(series, KH.conferredBy, agent, source)
                added += 1
            }
            var carried = false
            for edition in editions where edition.object == fact.subject {
                guard let event = edition.subject.iri else { continue }
                graph.add(event, Schema.organizer, agent, source)
                added += 1
                carried = true
            }
            // "جشنواره موسیقی فجر هر ساله به همت X برگزار می‌شود" in a report of the 39th festival: X organizes the
            // edition reported; the series keeps no organizer of its own (the gold README counts editions).
            if carried, fact.predicate == Schema.organizer { graph.remove(fact) }
        }
        // Who organizes an edition of an award gives the award: "در این آیین که به همت بنیاد … برگزار شد" about the
        // fifth edition of the foundation's prize.
        for fact in quads where fact.predicate == Schema.organizer {
            guard let agent = fact.object.iri, types[fact.object]?.contains(.iri(Schema.organization)) == true,
                  let origin = provenance.first(where: { $0.quad == fact }), origin.confidence >= 0.8 else { continue }
            for edition in editions where edition.subject == fact.subject {
                guard let award = edition.object.iri, types[edition.object]?.contains(.iri(KH.Award)) == true else { continue }
                let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: "infer.award-giver", confidence: 0.6)
                graph.add(award, KH.conferredBy, agent, source)
                added += 1
            }
        }
        return added
    }

    /// One post per person and role: "دبیر" said again without its organization is the post named with it
    /// ("X، دبیر جشنواره … ؛ … دبیر گفت"), so a holding without an organization goes when the same person holds the
    /// same role in one.
    private func dropBarePositions(_ graph: inout ArticleGraphBuilder) {
        let quads = graph.quads
        let holdings = quads.filter { $0.predicate == KH.holder }
        guard holdings.count > 1 else { return }
        let withOrg = Set(quads.filter { $0.predicate == KH.inOrganization }.map(\.subject))
        func role(_ holding: Term) -> String? {
            quads.first { $0.subject == holding && $0.predicate == Schema.roleName }?.object.literal.map { TextNormalizer.labelKey($0.lexicalForm) }
        }
        for bare in holdings where !withOrg.contains(bare.subject) {
            guard let name = role(bare.subject),
                  holdings.contains(where: { $0.object == bare.object && withOrg.contains($0.subject) && role($0.subject) == name })
            else { continue }
            for quad in quads where quad.subject == bare.subject || (quad.object == bare.subject && quad.predicate == KH.holdsPosition) {
                graph.remove(quad)
            }
        }
    }

    /// A festival is counted by the prize it gives (data/gold/README.md: the 38th Fajr Film Festival is an edition
    /// whose award is the Crystal Simorgh): when an article reports prizes given at a numbered edition of a festival,
    /// the edition is an edition of the prize conferred most often in it, part of the festival (schema:superEvent), and
    /// the festival confers that prize.
    private func inferFestivalPrizes(_ graph: inout ArticleGraphBuilder) -> Int {
        let quads = graph.quads
        let types = Dictionary(grouping: quads.filter { $0.predicate == RDF.type }, by: \.subject).mapValues { Set($0.map(\.object)) }
        // A prize given inside the festival ("جایزه ویژه هیئت داوران", "Special Jury Prize", @sectionPrizeWord) is no
        // prize the festival is counted by.
        // Nor is a medal, a rank, a plaque or a jury's mention (@notEditionPrize): an olympiad or a festival giving
        // them is counted by its own series ("the 65th International Mathematical Olympiad").
        func isSectionPrize(_ term: Term) -> Bool {
            quads.contains { quad in
                quad.subject == term && quad.predicate == RDFS.label && (quad.object.literal?.lexicalForm ?? "")
                    .split(separator: " ").contains { word in
                        let key = TextNormalizer.labelKey(String(word))
                        return lexicon.contains("sectionPrizeWord", key) || lexicon.contains("notEditionPrize", key)
                    }
            }
        }
        // Nor is a prize the article says someone else gives ("جایزه پژوهش … از سوی بنیاد فارابی اهدا می‌شود").
        let givenByOthers = Set(quads.filter { $0.predicate == KH.conferredBy && types[$0.object]?.contains(.iri(Schema.event)) != true }
            .map(\.subject))
        let conferredAwards = quads.filter { $0.predicate == KH.award }.map(\.object)
            .filter { types[$0]?.contains(.iri(KH.Award)) == true && !isSectionPrize($0) && !givenByOthers.contains($0) }
        guard !conferredAwards.isEmpty else { return 0 }
        let counts = Dictionary(conferredAwards.map { ($0, 1) }, uniquingKeysWith: +)
        guard let prize = conferredAwards.first(where: { counts[$0] == counts.values.max() })?.iri else { return 0 }
        func isFestival(_ term: Term, list: String = "prizeGivingEvent") -> Bool {
            guard types[term]?.contains(.iri(Schema.event)) == true, types[term]?.contains(.iri(KH.Award)) != true else { return false }
            let labels = quads.filter { $0.subject == term && $0.predicate == RDFS.label }.compactMap(\.object.literal?.lexicalForm)
            return labels.contains { label in
                let words = label.split(separator: " ").map { TextNormalizer.labelKey(String($0)) }
                return words.contains { lexicon.contains(list, $0) }
            }
        }
        let sources = Dictionary(grouping: graph.provenance, by: \.quad)
        var added = 0
        for edition in quads where edition.predicate == KH.editionOf && isFestival(edition.object) {
            guard let event = edition.subject.iri, let festival = edition.object.iri, festival != prize,
                  quads.contains(where: { $0.subject == edition.subject && $0.predicate == KH.editionNumber }),
                  let origin = sources[edition]?.first else { continue }
            let source = ArticleGraphBuilder.Source(inferredFrom: origin, rule: "infer.festival-prize", confidence: 0.6)
            graph.remove(edition)
            graph.add(event, KH.editionOf, prize, source)
            // A festival gives its prize (the data and dev gold); a competition or biennial is only counted by it.
            if isFestival(edition.object, list: "prizeGivingFestival") { graph.add(prize, KH.conferredBy, festival, source) }
            // The edition stays part of the festival's series.
            graph.add(event, Schema.superEvent, festival, source)
            added += 3
        }
        return added
    }

    /// Sentences with their mentions, coreference resolved.
    func analyze(_ article: Article, publication: PublicationTime? = nil) -> [SentenceAnalysis] {
        let publication = publication ?? PublicationTime(article.published)
        let normalized = NormalizedText(article.fullText)
        let tokens = Extractor.splittingPossessives(Tokenizer.tokenize(normalized))
        let finder = MentionFinder(lexicon: lexicon, gazetteer: gazetteer, text: normalized)
        let maxPhrase = max(lexicon.maxTokens, gazetteer.maxTokens) + 2
        var sentences: [SentenceAnalysis] = []
        var tokenCursor = 0
        for sentence in SentenceSplitter.split(article.fullText) {
            while tokenCursor < tokens.count, tokens[tokenCursor].span.start < sentence.span.start { tokenCursor += 1 }
            var end = tokenCursor
            while end < tokens.count, tokens[end].span.end <= sentence.span.end { end += 1 }
            var analysis = SentenceAnalysis(index: sentences.count, sentence: sentence,
                                            tokens: Array(tokens[tokenCursor..<end]), maxPhrase: maxPhrase,
                                            lexicon: lexicon,
                                            prefixTest: { lexicon.isPrefix($0, asBytes: $1) || gazetteer.isPrefix($0, asBytes: $1) })
            let dates = TemporalMentionFinder.dates(in: analysis, text: normalized, reference: publication.reference)
            finder.find(in: &analysis, dates: dates)
            sentences.append(analysis)
            tokenCursor = end
        }
        CoreferenceResolver(lexicon: lexicon, finder: finder).resolve(&sentences)
        Extractor.markPlacedSpeech(&sentences, text: article.fullText)
        return sentences
    }

    /// "Tehran's" becomes "Tehran" and "'s", so the city and the possessive are seen apart.
    static func splittingPossessives(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for token in tokens {
            let text = token.text
            // The ending first: it is a byte comparison, while counting Characters walks graphemes.
            guard token.kind == .word, UTF8Key.hasSuffix(text, "'s") || UTF8Key.hasSuffix(text, "’s"), text.count > 3 else {
                out.append(token)
                continue
            }
            let cut = token.span.end - 2
            let normalizedCut = token.normalizedRange.upperBound - 2
            out.append(Token(kind: .word, text: String(text.dropLast(2)), surface: String(token.surface.dropLast(2)),
                             span: TextSpan(start: token.span.start, end: cut),
                             normalizedRange: token.normalizedRange.lowerBound..<normalizedCut))
            out.append(Token(kind: .word, text: "'s", surface: String(token.surface.suffix(2)),
                             span: TextSpan(start: cut, end: token.span.end),
                             normalizedRange: normalizedCut..<token.normalizedRange.upperBound))
        }
        return out
    }

    // MARK: - Article metadata

    private func addMetadata(of article: Article, as iri: IRI, publication: PublicationTime, to graph: inout ArticleGraphBuilder) {
        let source = ArticleGraphBuilder.Source(sentence: 0, span: TextSpan(start: 0, end: 0), rule: "reader.metadata", confidence: 1)
        let language = article.language.rawValue
        graph.add(iri, RDF.type, .iri(Schema.newsArticle), source)
        if !article.title.isEmpty { graph.add(iri, Schema.headline, .text(article.title, language: language), source) }
        graph.add(iri, Schema.inLanguage, .string(language), source)
        if let code = article.newsCode { graph.add(iri, KH.newsCode, .string(code), source) }
        if let url = article.url {
            graph.add(iri, Schema.url, (try? IRI(url)).map(Term.iri) ?? .string(url), source)
        }
        if let outlet = article.outlet {
            let publisher = outletIRI(outlet) ?? (try? IRI(Namespace.khr.iri + "org/" + EntityNamer.slug(outlet)))
            if let publisher {
                graph.add(iri, Schema.publisher, publisher, source)
                graph.add(publisher, RDF.type, .iri(Schema.organization), source)
                graph.add(publisher, RDFS.label, ArticleGraphBuilder.label(outlet), source)
            }
        }
        if let published = publication.published {
            graph.add(iri, Schema.datePublished, .typed(published.lexical, published.datatype), source)
            graph.add(iri, KH.jalaliDate, .string(published.jalali), source)
        }
    }

    // MARK: - Entities

    private func addEntity(_ mention: Mention, in sentence: SentenceAnalysis, namer: EntityNamer,
                           to graph: inout ArticleGraphBuilder, counted: (IRI, EntityType) -> Void) {
        if mention.kind == .role, let owner = mention.attached?.value {
            // The organization a role belongs to is mentioned too ("دبیر جشنواره فیلم فجر").
            addEntity(owner, in: sentence, namer: namer, to: &graph, counted: counted)
            return
        }
        guard mention.antecedent == nil, !mention.isAnaphoric, let type = mention.entityType,
              let iri = namer.iri(for: mention) else { return }
        let source = ArticleGraphBuilder.Source(sentence: sentence.index, span: mention.span,
                                                rule: "mention.\(mention.finder)", confidence: mention.known != nil ? 1 : 0.8)
        counted(iri, type)
        graph.add(iri, RDF.type, .iri(type.classIRI), source)
        if type == .awardCeremony { graph.add(iri, RDF.type, .iri(Schema.event), source) }
        graph.add(iri, RDFS.label, ArticleGraphBuilder.label(mention.label), source)
        // Minted names carry their cross-script key, so a store can find the same unknown entity in other articles.
        if mention.known == nil, let key = NameKeyMaker(lexicon: lexicon).key(for: mention.label, type: type) {
            graph.add(iri, KH.nameKey, .string(key), source)
        }
        graph.add(graph.article, Schema.mentions, iri, source)
        guard let attached = mention.attached?.value else { return }
        // What an event contains: the award or recurring event it is an edition of.
        addEntity(attached, in: sentence, namer: namer, to: &graph, counted: counted)
        guard type.isEvent, let target = namer.iri(for: attached), let targetType = namer.type(of: attached) else { return }
        if targetType == .place {
            // "آیین بازگشایی موزه آب یزد": a ceremony named by the venue it opens is held there.
            graph.add(iri, Schema.location, target, source)
        } else if mention.qualifier != nil {
            graph.add(iri, Schema.superEvent, target, source)
        } else if targetType == .organization {
            // "جلسه شورای شهر تهران", "دویست و هفتاد و پنجمین جلسه شورای …": the body meets; it is not an award.
            if let number = mention.number { graph.add(iri, KH.editionNumber, .integer(number), source) }
            var weaker = source
            weaker.confidence = 0.6
            graph.add(iri, Schema.organizer, target, weaker)
        } else if let number = mention.number {
            graph.add(iri, KH.editionNumber, .integer(number), source)
            graph.add(iri, KH.editionOf, target, source)
        } else if targetType == .award || targetType == .event {
            graph.add(iri, KH.editionOf, target, source)
        }
    }

    // MARK: - Relations

    /// A fact argument after references are followed.
    private enum Value {
        case entity(IRI, EntityType, Mention)
        case date(Mention)
        case text(String)
    }

    /// Runs every rule over a sentence and writes the facts; returns how many were new.
    /// `dated` holds the events and observances that already got a date in this article: the first date an article
    /// gives an event (usually in its lead) is the one kept; later dates in it are about other things more often.
    /// The person written right before "از <organization>" ("دکتر لیلا مؤمنی از دانشگاه علوم پزشکی تبریز",
    /// "Ali Karimi from the University of Tehran"): the organization is where the person works, so a prize the
    /// sentence gives goes to the person.
    static func affiliatedPerson(before organization: Mention, in sentence: SentenceAnalysis) -> Mention? {
        var from = organization.tokens.lowerBound - 1
        if from > 0, sentence.tokens[from].text == "the" { from -= 1 }
        guard from > 0, ["از", "from"].contains(sentence.tokens[from].text) else { return nil }
        guard let person = sentence.mentions.last(where: { $0.tokens.upperBound == from }),
              person.referentEntityType == .person || (person.kind == .role && person.antecedent != nil) else { return nil }
        return person
    }

    /// Whether a place mention is followed by "و"/"and" or a comma and another place: a list of places.
    /// "Locarno, Switzerland" is a city and its country, not a list: after a comma the list must go on past the
    /// next place ("Iraq, Belarus and Kenya").
    static func continuesAList(after place: Mention, in sentence: SentenceAnalysis) -> Bool {
        let next = place.tokens.upperBound
        guard next + 1 < sentence.tokens.count, ["و", "and", ",", "،"].contains(sentence.tokens[next].text),
              let following = sentence.mention(at: next + 1) else { return false }
        guard following.tokens.lowerBound == next + 1, following.entityType == .place else { return false }
        if ["و", "and"].contains(sentence.tokens[next].text) { return true }
        return nextInList(after: following, in: sentence) != nil
    }

    /// The mention ending right before an English "in" (or "in the") that introduces `place`, if any.
    static func mentionBeforeIn(_ place: Mention, in sentence: SentenceAnalysis) -> Mention? {
        var index = place.tokens.lowerBound - 1
        if index >= 0, sentence.tokens[index].text == "the" { index -= 1 }
        guard index >= 1, sentence.tokens[index].text == "in" else { return nil }
        return sentence.mentions.first { $0.tokens.upperBound == index }
    }

    /// The place after `place` in a list ("، X", "و X", ", and X"), or nil.
    static func nextInList(after place: Mention, in sentence: SentenceAnalysis) -> Mention? {
        var next = place.tokens.upperBound
        guard next < sentence.tokens.count, ["و", "and", ",", "،"].contains(sentence.tokens[next].text) else { return nil }
        next += 1
        if next < sentence.tokens.count, ["and", "و"].contains(sentence.tokens[next].text) { next += 1 }
        if next < sentence.tokens.count, sentence.tokens[next].text == "the" { next += 1 }
        guard let following = sentence.mention(at: next), following.tokens.lowerBound == next,
              following.entityType == .place else { return nil }
        return following
    }

    private func applyRules(to sentence: SentenceAnalysis, article: IRI, namer: EntityNamer,
                            dated: inout [String: Mention], reference: ReferenceTime? = nil,
                            graph: inout ArticleGraphBuilder) -> Int {
        let matcher = RuleMatcher(lexicon: lexicon, sentence: sentence, words: rules.words)
        var stated = Set<String>()
        var functional = Set<String>()
        var datesGiven: [TextSpan: Range<Int>] = [:]
        var count = 0
        // Rules are told apart by their filter before one is copied out of the set (a `Rule` copy retains all its parts).
        for index in rules.rules.indices where matcher.mayMatch(rules.filters[index]) {
            let rule = rules.rules[index]
            // Later starts first: of "X … Y … گفت", the speaker nearest the verb is the one who spoke.
            var matches = Array(matcher.matches(rules.compiled[index]).reversed())
            // A range says more than a single day: "نمایشگاه … از امروز تا ۲۵ اردیبهشت … و آیین افتتاح آن صبح امروز"
            // gives the fair its range even when a later mention of it comes nearer another date.
            if rule.output.kind == .date, case .capture(let name)? = rule.output.arguments["date"] {
                matches = matches.filter { $0.captures[name]?.dateEnd != nil } + matches.filter { $0.captures[name]?.dateEnd == nil }
            }
            for match in matches {
                var values: [String: Value] = [:]
                var complete = true
                for (role, source) in rule.output.arguments {
                    guard let value = resolve(source, role: role, kind: rule.output.kind, captures: match.captures,
                                              sentence: sentence, namer: namer) else {
                        complete = !rule.output.kind.requiredRoles.contains(role) && complete
                        continue
                    }
                    values[role] = value
                }
                guard complete else { continue }
                // The person a captured organization stands for ("X from Sharif University"), whose list is followed.
                var affiliated: Mention?
                // "… of the 76th Locarno Film Festival, at an awards ceremony held … in the Piazza Grande": a venue
                // written after two events is where the nearer one was held (events joined by "و"/"and" share it).
                // "آیین پایانی نمایشگاه … در سالن … برگزار می‌شود": an event written right after another is its
                // complement (the closing ceremony OF the fair); the venue is the first one's.
                func complement(_ mention: Mention) -> Bool {
                    sentence.mentions.contains { $0.entityType?.isEvent == true && $0.tokens.upperBound == mention.tokens.lowerBound }
                }
                if rule.output.kind == .location, case .capture(let e)? = rule.output.arguments["event"],
                   let event = match.captures[e], complement(event) { continue }
                if rule.output.kind == .location, case .capture(let e)? = rule.output.arguments["event"],
                   case .capture(let l)? = rule.output.arguments["place"], let event = match.captures[e],
                   let place = match.captures[l], event.tokens.upperBound <= place.tokens.lowerBound,
                   sentence.mentions.contains(where: { other in
                       other.entityType?.isEvent == true && other.tokens.lowerBound >= event.tokens.upperBound
                           && other.tokens.upperBound <= place.tokens.lowerBound && !complement(other)
                           && !Extractor.coordinated(event.tokens, other.tokens, in: sentence.tokens)
                   }) { continue }
                // "the award went to Farzanegan High School in Karaj": an English "in" right after an organization or
                // a person says where that one is, not where the event was.
                if rule.output.kind == .location, case .capture(let l)? = rule.output.arguments["place"],
                   let place = match.captures[l], let before = Extractor.mentionBeforeIn(place, in: sentence),
                   before.entityType == .organization || before.entityType == .person { continue }
                // "جزایر قشم، کیش و هرمز", "Iraq, Belarus and Kenya": places in a list are not inside one another.
                if rule.output.kind == .containedIn, case .capture(let name)? = rule.output.arguments["in"],
                   let larger = match.captures[name], Extractor.continuesAList(after: larger, in: sentence) { continue }
                // "IRNA - Kenyan bioethicist X received the prize": a winner written before the award and past another
                // person is not the one the verb is about; the person nearer the award is.
                if rule.output.kind == .conferral, case .capture(let r)? = rule.output.arguments["recipient"],
                   case .capture(let a)? = rule.output.arguments["award"],
                   let recipient = match.captures[r], let award = match.captures[a],
                   recipient.tokens.upperBound <= award.tokens.lowerBound, recipient.referentEntityType != .person,
                   sentence.mentions.contains(where: { $0.referentEntityType == .person
                       && $0.tokens.lowerBound >= recipient.tokens.upperBound && $0.tokens.upperBound <= award.tokens.lowerBound }) {
                    continue
                }
                if rule.output.kind == .conferral, case .capture(let r)? = rule.output.arguments["recipient"],
                   case .capture(let a)? = rule.output.arguments["award"], let recipient = match.captures[r],
                   let award = match.captures[a], Extractor.pairsAcrossAnotherPrize(recipient: recipient, award: award, in: sentence)
                    || Extractor.acceptsOnBehalf(recipient: recipient, in: sentence) {
                    continue
                }
                // "برگزیده جشنواره فیلم فجر شد": an event given as the award is the festival's own prize only when it is a
                // series of a prize-giving kind, not an edition, a ceremony or a fair (xrel2; data/gold decision 1).
                if rule.output.kind == .conferral, case .capture(let a)? = rule.output.arguments["award"],
                   let award = match.captures[a], award.referentEntityType?.isEvent == true,
                   !isPrizeGivingSeries(award.referent) { continue }
                // "X نایب رئیس شد و Y به عنوان سخنگو انتخاب شد": a title written after another person is that person's.
                // (xconf2) Except in a list matched place by place ("A و B به ترتیب به عنوان نایب رئیس و منشی …"), where
                // the rule itself pairs each person with the title in the same place.
                if rule.output.kind == .position, !rule.requiredLists.contains("respectivelyCue"),
                   Extractor.anotherPersonBetween(rule: rule, match: match, in: sentence) { continue }
                // "کاوه رنجبر از روزنامه همشهری برای … برگزیده شد": the organization a winner comes from is not the winner.
                if rule.output.kind == .conferral, case .entity(_, .organization, let written)? = values["recipient"],
                   let person = Extractor.affiliatedPerson(before: written, in: sentence),
                   let iri = namer.iri(for: person) {
                    values["recipient"] = .entity(iri, .person, person.referent)
                    affiliated = person
                }
                if rule.output.kind == .conferral, values["category"] == nil {
                    var award: Mention?
                    if case .capture(let name)? = rule.output.arguments["award"] { award = match.captures[name] }
                    if let category = ConferralCategory(lexicon: lexicon).category(in: sentence, match: match.tokens, award: award) {
                        values["category"] = .text(category)
                    }
                }
                if rule.output.kind == .speaker {
                    // "Amiri told Iran Daily that …", "به ایرنا گفت": an interview with an outlet is no speech at the event.
                    if Extractor.isInterview(sentence) { continue }
                    // "X گفت …" in a report of a ceremony: a speaker at the occasion in focus only when the text places
                    // the words there (xrel2; `markPlacedSpeech`).
                    if Extractor.speakerAtFocus(rule), !sentence.speechPlaced { continue }
                    // A preview ("… will be held tomorrow, Chamran added"): nobody has spoken at an event still to come.
                    if case .entity(let event, _, _)? = values["event"], let reference,
                       Extractor.isFuture(event, after: reference.date, in: graph) { continue }
                }
                let identity = factIdentity(rule.output.kind, values)
                guard stated.insert(identity.full).inserted else { continue }
                // A date belongs to one event: the nearest before it ("… Festival, at an awards ceremony held on
                // Saturday" dates the ceremony), or the one the first rule to match names; events joined by "و"/"and"
                // share it ("آیین جایزه X و جایزه Y روز شنبه … برگزار شد").
                let eventTokens: Range<Int>? = {
                    guard case .capture(let name)? = rule.output.arguments["event"] else { return nil }
                    return match.captures[name]?.tokens
                }()
                // "the festival's top prize in 1989": a word standing for the reported event ("the festival",
                // "این جشنواره") takes no date years away from the report.
                if rule.output.kind == .date || rule.output.kind == .endDate, case .date(let date) = values["date"],
                   let reference, let value = date.dateStart?.partial,
                   case .capture(let name)? = rule.output.arguments["event"], match.captures[name]?.antecedent != nil,
                   abs(value.firstDay.dayNumber - reference.date.dayNumber) > 400 { continue }
                if rule.output.kind == .date || rule.output.kind == .endDate, case .date(let date) = values["date"],
                   let taken = datesGiven[date.span],
                   !(eventTokens.map { Extractor.coordinated($0, taken, in: sentence.tokens) } ?? false) { continue }
                if let key = identity.functionalKey, !functional.insert(key).inserted { continue }
                if [.date, .endDate, .established].contains(rule.output.kind), let key = identity.functionalKey {
                    guard case .date(let date) = values["date"] else { continue }
                    // An end stated on its own ("… شامگاه چهارشنبه به کار خود پایان داد") leaves the start free
                    // for a later sentence's range.
                    let slot = rule.output.kind == .endDate ? "end" + key : key
                    if let first = dated[slot] {
                        // "از ۲۸ دی تا ۴ بهمن", "from August 2 to 12": a span stated later says more about an event
                        // than the single day its lead gave; it replaces that day.
                        guard rule.output.kind == .date, first.dateEnd == nil, date.dateEnd != nil,
                              case .entity(let event, _, _) = values["event"] else { continue }
                        replaceDate(of: event, from: first, to: date, graph: &graph)
                    }
                    dated[slot] = date
                }
                // An end leaves the date free for the closing ceremony held that day.
                if rule.output.kind == .date, case .date(let date) = values["date"], datesGiven[date.span] == nil {
                    datesGiven[date.span] = eventTokens ?? 0..<0
                }
                let span = sentence.span(match.tokens)
                let source = ArticleGraphBuilder.Source(sentence: sentence.index, span: span, rule: rule.id, confidence: rule.confidence)
                write(rule.output.kind, values, sentence: sentence, article: article, source: source, graph: &graph)
                count += 1
                // "X and Y received gold medals": every winner in the list the captured one stands in; "X و Y
                // گفتند", "X and Y organized …": every speaker or organizer named before the verb.
                let listRole = rule.output.kind == .conferral ? "recipient" : rule.output.kind == .speaker ? "person"
                    : rule.output.kind == .organizer ? "agent" : nil
                if let listRole, case .capture(let name)? = rule.output.arguments[listRole],
                   let captured = listRole == "recipient" ? affiliated ?? match.captures[name] : match.captures[name] {
                    // Speakers only before the verb ("X و Y گفتند"); "X said … Y and Z" names no more speakers.
                    let others = listRole != "person" ? Extractor.listedWith(captured, in: sentence)
                        : Extractor.listedWith(captured, in: sentence).filter { $0.tokens.upperBound <= captured.tokens.lowerBound }
                    for other in others {
                        guard let iri = namer.iri(for: other), let type = namer.type(of: other) else { continue }
                        var more = values
                        more[listRole] = .entity(iri, type, other.referent)
                        guard stated.insert(factIdentity(rule.output.kind, more).full).inserted else { continue }
                        write(rule.output.kind, more, sentence: sentence, article: article, source: source, graph: &graph)
                        count += 1
                    }
                }
                // "در تالار مولوی، تالار حافظ و تئاتر شهر برگزار شد", "at Hall A and Hall B": every venue in the list.
                if rule.output.kind == .location, case .capture(let name)? = rule.output.arguments["place"],
                   var place = match.captures[name], case .entity(let event, _, _)? = values["event"] {
                    while let next = Extractor.nextInList(after: place, in: sentence) {
                        if let iri = namer.iri(for: next), namer.type(of: next) == .place, iri != event {
                            graph.add(event, Schema.location, iri, source)
                            count += 1
                        }
                        place = next
                    }
                }
            }
        }
        return count
    }

    /// Whether an event is a prize-giving series named with no edition or part: "جشنواره فیلم فجر", "Fajr Film Festival".
    func isPrizeGivingSeries(_ event: Mention) -> Bool {
        guard event.number == nil, event.qualifier == nil, event.attached == nil, !event.isAnaphoric else { return false }
        return event.label.split(separator: " ").contains { lexicon.contains("prizeGivingEvent", TextNormalizer.labelKey(String($0))) }
    }

    /// Whether a sentence reports words said to a news outlet: "told IRNA", "به ایسنا گفت" (an organization right
    /// after "told", or between "به" and a speech verb).
    static func isInterview(_ sentence: SentenceAnalysis) -> Bool {
        for mention in sentence.mentions where mention.referent.entityType == .organization {
            let before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound
            guard before >= 0 else { continue }
            let word = TextNormalizer.labelKey(sentence.tokens[before].text)
            if word == "told" { return true }
            if word == "به", sentence.match("speechVerb", at: after) != nil { return true }
        }
        return false
    }

    /// Whether the graph dates `event` to a day after `day` (the publication day).
    static func isFuture(_ event: IRI, after day: GregorianDate, in graph: ArticleGraphBuilder) -> Bool {
        // Asked for every speaker fact: the predicate (a short ASCII IRI) is compared first and the day formatted
        // only when the event has a start date at all, so most quads cost one byte comparison. The quads are read in
        // place (copying each quad out of the array retained and released its four terms: most of this scan's cost).
        let startDate = Schema.startDate
        let subject = Term.iri(event)
        var today: String?
        return graph.quads.withUnsafeBufferPointer { quads in
            for index in quads.indices where quads[index].predicate == startDate && quads[index].subject == subject {
                guard let value = quads[index].object.literal?.lexicalForm, value.count == 10 else { continue }
                if today == nil { today = String(format: "%04d-%02d-%02d", day.year, day.month, day.day) }
                if value > today! { return true }
            }
            return false
        }
    }

    /// True when the event at `first` is joined to the event at `second` by a lone "و"/"and".
    static func coordinated(_ first: Range<Int>, _ second: Range<Int>, in tokens: [Token]) -> Bool {
        guard first.upperBound + 1 == second.lowerBound, first.upperBound < tokens.count else { return false }
        return ["و", "and"].contains(tokens[first.upperBound].text)
    }

    /// Replaces an event's start date, its Jalali form and its date text by those of `new`, and adds its end.
    private func replaceDate(of event: IRI, from old: Mention, to new: Mention, graph: inout ArticleGraphBuilder) {
        guard let oldStart = old.dateStart, let newStart = new.dateStart else { return }
        graph.replaceObject(event, Schema.startDate, .typed(oldStart.gregorian, oldStart.datatype),
                            with: .typed(newStart.gregorian, newStart.datatype))
        if let oldJalali = oldStart.jalali, let newJalali = newStart.jalali {
            graph.replaceObject(event, KH.jalaliDate, .string(oldJalali), with: .string(newJalali))
        }
        graph.replaceObject(event, KH.dateText, ArticleGraphBuilder.label(old.surface), with: ArticleGraphBuilder.label(new.surface))
    }

    /// A string that identifies a fact (to drop repeats) and, for facts with one value per subject and sentence
    /// (where an event was held, when), the key that lets only the highest-priority rule state it.
    private func factIdentity(_ kind: FactKind, _ values: [String: Value]) -> (full: String, functionalKey: String?) {
        func id(_ value: Value?) -> String {
            switch value {
            case .entity(let iri, _, _): iri.value
            case .date(let mention): mention.dateStart?.gregorian ?? mention.surface
            case .text(let text): text
            case nil: "-"
            }
        }
        let full = kind.rawValue + "|" + values.keys.sorted().map { "\($0)=\(id(values[$0]))" }.joined(separator: "|")
        switch kind {
        case .location: return (full, "location|\(id(values["event"]))")
        case .date, .endDate: return (full, "date|\(id(values["event"]))")
        case .established: return (full, "established|\(id(values["observance"]))")
        case .quote: return (full, "quote")
        case .position: return (full, "position|\(id(values["person"]))|\(id(values["role"]))")
        // One speaker per event and sentence: of "در این مراسم که پس از سالروز تولد جلال آل احمد برپا شد، صالحی
        // گفت", the person nearest the speech verb (matches come later-start first) is the one who spoke.
        case .speaker: return (full, "speaker|\(id(values["event"]))")
        // One chair per person and sentence (xrel2): "جلسه شورا به ریاست X برگزار شد" names X the chair of that session;
        // the weaker rule for the event in focus (chair.focus-chaired-by) adds no second event for the same words.
        case .chair: return (full, "chair|\(id(values["person"]))")
        default: return (full, nil)
        }
    }

    private func resolve(_ source: ArgumentSource, role: String, kind: FactKind, captures: [String: Mention],
                         sentence: SentenceAnalysis, namer: EntityNamer) -> Value? {
        let mention: Mention?
        switch source {
        case .capture(let name): mention = captures[name]
        case .attachedTo(let name):
            // "دبیر این جشنواره": a role belongs to the festival, not to this year's edition of it.
            let written = captures[name]?.attached?.value
            var owner = written?.referent
            // "دبیر جشنواره" while the festival's closing ceremony is in focus: a post is held in the festival, never in
            // one ceremony of it.
            if owner?.qualifier != nil, let whole = owner?.attached?.value, whole.entityType?.isEvent == true { owner = whole }
            let roleEnd = captures[name]?.tokens.upperBound ?? 0
            let saysEdition = written.map { w in
                (roleEnd..<max(roleEnd, w.tokens.lowerBound)).contains { sentence.match("editionWord", at: $0) != nil }
            } ?? false
            mention = owner?.number != nil && owner?.qualifier == nil && !saysEdition && !namesEdition(written, owner)
                ? owner?.attached?.value ?? owner : owner
        case .focusEvent: mention = sentence.focusEvent
        case .focusPerson: mention = sentence.focusPerson
        case .focusAward:
            // "در بخش مستند، X برگزیده شد و جایزه ویژه هیئت داوران به Y رسید": an award named after every capture and
            // followed by another recipient is Y's, not X's; X's is the award in focus before the sentence.
            if let focus = sentence.focusAward, let end = captures.values.map(\.tokens.upperBound).max(),
               sentence.mentions.contains(where: { $0.span == focus.span }), focus.tokens.lowerBound >= end,
               sentence.mentions.contains(where: { $0.tokens.lowerBound >= focus.tokens.upperBound && $0.referent.entityType?.isAgent == true }) {
                mention = sentence.focusAwardBefore
            } else {
                mention = sentence.focusAward
            }
        case .focusOccasion: mention = sentence.focusOccasion ?? sentence.focusEvent
        }
        guard let mention else { return nil }
        switch role {
        case "role":
            return mention.kind == .role ? .text(mention.label) : nil
        case "date":
            return mention.kind == .date ? .date(mention) : nil
        case "category":
            return .text(mention.label)
        default:
            guard let iri = namer.iri(for: mention), let type = namer.type(of: mention) else { return nil }
            guard Extractor.accepts(role: role, type: type) else { return nil }
            return .entity(iri, type, mention.referent)
        }
    }

    /// Whether a role's organization, as written, is one edition of a festival or fair rather than the series:
    /// "دبیر سی‌ونهمین جشنواره موسیقی فجر", "دبیر این دوره نمایشگاه" (the gold README: the secretary of the edition
    /// named). An award's edition still means the award ("دبیر هفتمین دوره جایزه" is the prize's secretary).
    private func namesEdition(_ written: Mention?, _ owner: Mention?) -> Bool {
        guard let written, let owner, let series = owner.attached?.value, series.entityType?.isEvent == true else { return false }
        if written.antecedent == nil && !written.isAnaphoric && written.number != nil { return true }
        return written.label.split(separator: " ").contains { lexicon.contains("editionWord", TextNormalizer.labelKey(String($0))) }
    }

    /// The entity types each fact role admits.
    static func accepts(role: String, type: EntityType) -> Bool {
        switch role {
        case "person": type == .person
        case "event": type.isEvent
        case "place", "in": type == .place
        case "award": type == .award || type == .event
        case "observance": type == .observance
        case "org": type == .organization || type == .place || type.isEvent || type == .award
        case "agent": type.isAgent
        case "recipient": type.isAgent || type == .place || type == .creativeWork
        case "work": type == .creativeWork || type == .product
        default: true
        }
    }

    private func write(_ kind: FactKind, _ values: [String: Value], sentence: SentenceAnalysis, article: IRI,
                       source: ArticleGraphBuilder.Source, graph: inout ArticleGraphBuilder) {
        func entity(_ role: String) -> IRI? {
            if case .entity(let iri, _, _) = values[role] { return iri }
            return nil
        }
        func text(_ role: String) -> String? {
            if case .text(let text) = values[role] { return text }
            return nil
        }
        switch kind {
        case .position:
            guard let person = entity("person"), let role = text("role") else { return }
            let org = entity("org")
            // "first-time director Kaveh Rasouli", "director Abbas Kiarostami": without an organization these words
            // name a craft, not a post (@roleNeedsOrg).
            if org == nil, lexicon.contains("roleNeedsOrg", TextNormalizer.labelKey(role)) { return }
            // One holding per person, kind of post and organization: "رئیس" and "chairman" of one council in two
            // articles are one holding with two role names.
            let roleType = roleTypes.roleType(for: canonicalRole(role))
            let path = ["position", EntityNamer.lastSegment(person), roleType?.id ?? EntityNamer.slug(role),
                        org.map(EntityNamer.lastSegment) ?? "-"]
            guard let holding = try? IRI(Namespace.khr.iri + path.joined(separator: "/")) else { return }
            graph.add(holding, RDF.type, .iri(KH.PositionHolding), source)
            graph.add(holding, KH.holder, person, source)
            graph.add(person, KH.holdsPosition, holding, source)
            graph.add(holding, Schema.roleName, ArticleGraphBuilder.label(canonicalRole(role)), source)
            if let roleType {
                graph.add(holding, KH.roleType, roleType.iri, source)
                graph.add(roleType.iri, RDF.type, .iri(KH.RoleType), source)
                graph.add(roleType.iri, RDFS.label, .text(roleType.persianLabel, language: "fa"), source)
                graph.add(roleType.iri, RDFS.label, .text(roleType.englishLabel, language: "en"), source)
            }
            if let org {
                graph.add(holding, KH.inOrganization, org, source)
                if lexicon.contains("memberRole", TextNormalizer.labelKey(role)) {
                    graph.add(person, Schema.memberOf, org, source)
                }
            }
        case .speaker: link(entity("event"), KH.speaker, entity("person"), source, &graph)
        case .host: link(entity("event"), KH.host, entity("agent"), source, &graph)
        case .chair: link(entity("event"), KH.chair, entity("person"), source, &graph)
        case .attendee: link(entity("event"), KH.attendee, entity("agent"), source, &graph)
        case .location: link(entity("event"), Schema.location, entity("place"), source, &graph)
        case .organizer: link(entity("event"), Schema.organizer, entity("agent"), source, &graph)
        case .conferredBy: link(entity("award"), KH.conferredBy, entity("agent"), source, &graph)
        case .memberOf: link(entity("person"), Schema.memberOf, entity("org"), source, &graph)
        case .proposedBy: link(entity("observance"), KH.proposedBy, entity("agent"), source, &graph)
        case .designatedBy: link(entity("observance"), KH.designatedBy, entity("agent"), source, &graph)
        case .containedIn:
            guard let place = entity("place"), let larger = entity("in"), place != larger else { return }
            graph.add(place, Schema.containedInPlace, larger, source)
        case .endDate:
            // "X ended on D": the date is X's end, or the end of a range written there.
            guard let subject = entity("event"), case .date(let mention) = values["date"],
                  let end = mention.dateEnd ?? mention.dateStart else { return }
            graph.add(subject, Schema.endDate, .typed(end.gregorian, end.datatype), source)
            graph.add(subject, KH.dateText, ArticleGraphBuilder.label(mention.surface), source)
        case .date, .established:
            let subject = kind == .date ? entity("event") : entity("observance")
            guard let subject, case .date(let mention) = values["date"] else { return }
            // "تا یکم آبان ادامه دارد": only the end is written.
            guard let start = mention.dateStart else {
                guard kind == .date, let end = mention.dateEnd else { return }
                graph.add(subject, Schema.endDate, .typed(end.gregorian, end.datatype), source)
                graph.add(subject, KH.dateText, ArticleGraphBuilder.label(mention.surface), source)
                return
            }
            let property = kind == .date ? Schema.startDate : KH.establishedIn
            graph.add(subject, property, .typed(start.gregorian, start.datatype), source)
            if let jalali = start.jalali { graph.add(subject, KH.jalaliDate, .string(jalali), source) }
            graph.add(subject, KH.dateText, ArticleGraphBuilder.label(mention.surface), source)
            if kind == .date, let end = mention.dateEnd {
                graph.add(subject, Schema.endDate, .typed(end.gregorian, end.datatype), source)
            }
        case .conferral:
            guard let recipient = entity("recipient"), let award = entity("award") else { return }
            // One conferral per recipient, award and event, in every article: rules that also name the work add to it.
            guard let conferral = ConferralIdentity.iri(recipient: recipient, award: award, event: entity("event")) else { return }
            graph.add(conferral, RDF.type, .iri(KH.AwardConferral), source)
            graph.add(conferral, KH.recipient, recipient, source)
            graph.add(conferral, KH.award, award, source)
            if let event = entity("event") { graph.add(conferral, KH.ceremony, event, source) }
            if let work = entity("work") { graph.add(conferral, KH.forWork, work, source) }
            if let category = text("category") { graph.add(conferral, KH.category, ArticleGraphBuilder.label(category), source) }
        case .quote:
            guard let person = entity("person"),
                  let quote = try? IRI(Namespace.khr.iri + "quote/\(EntityNamer.lastSegment(article))/\(sentence.index)") else { return }
            graph.add(quote, RDF.type, .iri(KH.Quote), source)
            graph.add(quote, KH.saidBy, person, source)
            graph.add(quote, Schema.text, ArticleGraphBuilder.verbatim(Extractor.quotedText(sentence.sentence.text)), source)
            graph.add(quote, Schema.isPartOf, article, source)
            graph.add(quote, KH.sentenceIndex, .integer(sentence.index), source)
            if let event = entity("event") { graph.add(quote, KH.saidAt, event, source) }
        }
    }

    /// A role as the lexicon spells it ("رئیس" whether the text wrote رييس or رئيس), else with Arabic letter
    /// variants replaced, so one position has one role name.
    private func canonicalRole(_ role: String) -> String {
        if let known = lexicon.canonical[TextNormalizer.labelKey(role)] { return known }
        return role.replacingOccurrences(of: "ي", with: "ی").replacingOccurrences(of: "ك", with: "ک")
    }

    private func link(_ subject: IRI?, _ predicate: IRI, _ object: IRI?, _ source: ArticleGraphBuilder.Source,
                      _ graph: inout ArticleGraphBuilder) {
        guard let subject, let object, subject != object else { return }
        graph.add(subject, predicate, object, source)
    }

    /// The words quoted: what follows the colon of "… گفت:" when there is one, else the whole sentence.
    static func quotedText(_ sentence: String) -> String {
        // Searched by scalar, not by Character: grapheme breaking made this search a visible cost. A colon is never
        // the start of a longer grapheme in news text, so both searches find the same one.
        // By UTF-8 byte, faster still: ":" is one byte, and no other scalar's encoding contains that byte.
        if let colon = sentence.utf8.firstIndex(of: UInt8(ascii: ":")) {
            let rest = sentence[sentence.utf8.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // More than ten Characters, counted only as far as the eleventh.
            if !rest.dropFirst(10).isEmpty { return rest }
        }
        return sentence
    }
}
