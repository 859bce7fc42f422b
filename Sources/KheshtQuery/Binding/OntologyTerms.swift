import KheshtGraph
import KheshtText

/// The names a query may use for the ontology's properties and classes: each term's local name
/// (`location` → schema:location, `speaker` → kh:speaker) plus a Persian label, built from the constants in
/// `Vocabulary.swift` so the language never drifts from what extraction writes.
public struct OntologyTerms: Sendable {
    public struct Property: Sendable {
        public let iri: IRI
        /// The short name used in queries and in generated SPARQL comments.
        public let name: String
        /// Persian names, the first preferred (the others follow `schema/khesht.ttl`'s labels, spaces as `_`).
        public let persian: [String]
        /// True when the values are entities (a quoted string in object position then names an entity);
        /// false when they are literals (a quoted string is then a string to match).
        public let linksEntities: Bool
    }

    public struct Class: Sendable {
        public let iri: IRI
        public let name: String
        public let persian: [String]
        /// Classes whose members also count as members of this one (`Event` includes `AwardCeremony`).
        public let subclasses: [IRI]
    }

    public let properties: [Property]
    public let classes: [Class]
    /// Positions in `properties` / `classes` by IRI and by exact name (the first term holding each): the binder
    /// and the planner's step labels look names up for every pattern of every query, and a linear scan comparing
    /// IRI strings cost several thousand instructions per look-up.
    private let propertyByIRI: [IRI: Int]
    private let propertyByName: [String: Int]
    private let classByIRI: [IRI: Int]
    private let classByName: [String: Int]

    public static let standard = OntologyTerms()

    init() {
        func p(_ iri: IRI, _ persian: [String], entity: Bool) -> Property {
            Property(iri: iri, name: iri.localName, persian: persian, linksEntities: entity)
        }
        properties = [
            p(RDF.type, ["نوع"], entity: true),
            p(RDFS.label, ["برچسب"], entity: false),
            p(RDFS.comment, ["توضیح"], entity: false),
            p(SKOS.prefLabel, ["نام_اصلی"], entity: false),
            p(SKOS.altLabel, ["نام_دیگر"], entity: false),
            p(Schema.name, ["نام"], entity: false),
            p(Schema.location, ["مکان"], entity: true),
            p(Schema.startDate, ["تاریخ"], entity: false),
            p(Schema.endDate, ["تاریخ_پایان"], entity: false),
            p(Schema.organizer, ["برگزارکننده"], entity: true),
            p(Schema.superEvent, ["رویداد_بزرگتر"], entity: true),
            p(Schema.containedInPlace, ["واقع_در"], entity: true),
            p(Schema.memberOf, ["عضو"], entity: true),
            p(Schema.roleName, ["سمت"], entity: false),
            p(KH.roleType, ["نوع_سمت"], entity: true),
            p(Schema.mentions, ["اشاره_به"], entity: true),
            p(Schema.headline, ["تیتر"], entity: false),
            p(Schema.datePublished, ["تاریخ_انتشار"], entity: false),
            p(Schema.publisher, ["ناشر"], entity: true),
            p(Schema.identifier, ["شناسه"], entity: false),
            p(Schema.inLanguage, ["زبان"], entity: false),
            p(Schema.url, ["نشانی"], entity: false),
            p(Schema.text, ["متن"], entity: false),
            p(Schema.isPartOf, ["بخشی_از"], entity: true),
            p(KH.editionNumber, ["دوره", "شماره_دوره"], entity: false),
            p(KH.editionOf, ["دوره_از", "دوره‌ای_از"], entity: true),
            p(KH.speaker, ["سخنران"], entity: true),
            p(KH.host, ["میزبان"], entity: true),
            p(KH.chair, ["رئیس_جلسه"], entity: true),
            p(KH.attendee, ["حاضر"], entity: true),
            p(KH.slogan, ["شعار"], entity: false),
            p(KH.conferredBy, ["اهداکننده"], entity: true),
            p(KH.recipient, ["برنده", "دریافت‌کننده"], entity: true),
            p(KH.award, ["جایزه"], entity: true),
            p(KH.ceremony, ["مراسم", "آیین"], entity: true),
            p(KH.forWork, ["برای_اثر"], entity: true),
            p(KH.category, ["بخش"], entity: false),
            p(KH.establishedIn, ["سال_تاسیس", "سال_تأسیس"], entity: false),
            p(KH.proposedBy, ["پیشنهاددهنده", "به_پیشنهاد"], entity: true),
            p(KH.designatedBy, ["تعیین_کننده", "تعیین‌شده_توسط"], entity: true),
            p(KH.observedOn, ["روز", "روز_برگزاری"], entity: false),
            p(KH.holdsPosition, ["سمت_دارد", "دارای_سمت"], entity: true),
            p(KH.holder, ["دارنده", "متصدی"], entity: true),
            p(KH.inOrganization, ["در_سازمان"], entity: true),
            p(KH.saidBy, ["گوینده"], entity: true),
            p(KH.saidAt, ["گفته_شده_در", "گفته‌شده_در"], entity: true),
            p(KH.jalaliDate, ["تاریخ_شمسی"], entity: false),
            p(KH.dateText, ["متن_تاریخ"], entity: false),
            p(KH.nameKey, ["کلید_نام"], entity: false),
            p(KH.newsCode, ["کد_خبر"], entity: false),
            p(KH.sentenceIndex, ["شماره_جمله"], entity: false),
            p(KH.charStart, ["آغاز_نویسه"], entity: false),
            p(KH.charEnd, ["پایان_نویسه"], entity: false),
            p(KH.ruleId, ["شناسه_قاعده"], entity: false),
            p(KH.confidence, ["اطمینان"], entity: false),
            p(PROV.wasDerivedFrom, [], entity: true),
        ]
        func c(_ iri: IRI, _ persian: [String], _ subclasses: [IRI] = []) -> Class {
            Class(iri: iri, name: iri.localName, persian: persian, subclasses: subclasses)
        }
        classes = [
            c(Schema.person, ["شخص"]),
            c(Schema.organization, ["سازمان"]),
            c(Schema.place, ["مکان"]),
            c(Schema.event, ["رویداد"], [KH.AwardCeremony]),
            c(Schema.product, ["محصول"]),
            c(Schema.creativeWork, ["اثر"]),
            c(Schema.newsArticle, ["خبر"]),
            c(KH.Award, ["جایزه"]),
            c(KH.AwardCeremony, ["مراسم_جایزه", "آیین_اهدای_جایزه"]),
            c(KH.AwardConferral, ["اهدای_جایزه"]),
            c(KH.Observance, ["مناسبت"]),
            c(KH.PositionHolding, ["سمت", "تصدی_سمت"]),
            c(KH.RoleType, ["نوع_سمت"]),
            c(KH.Quote, ["نقل_قول"]),
        ]
        func firstPositions<Key: Hashable>(_ keys: [Key]) -> [Key: Int] {
            var positions: [Key: Int] = [:]
            for (i, key) in keys.enumerated() where positions[key] == nil { positions[key] = i }
            return positions
        }
        propertyByIRI = firstPositions(properties.map(\.iri))
        propertyByName = firstPositions(properties.map(\.name))
        classByIRI = firstPositions(classes.map(\.iri))
        classByName = firstPositions(classes.map(\.name))
    }

    /// The property named `name` (local name, case-insensitive, or its Persian label).
    public func property(named name: String) -> Property? {
        propertyByName[name].map { properties[$0] }
            ?? properties.first { $0.name.lowercased() == name.lowercased() }
            ?? properties.first { $0.persian.contains { Self.same($0, name) } }
    }

    public func property(iri: IRI) -> Property? { propertyByIRI[iri].map { properties[$0] } }

    public func `class`(named name: String) -> Class? {
        classByName[name].map { classes[$0] }
            ?? classes.first { $0.name.lowercased() == name.lowercased() }
            ?? classes.first { $0.persian.contains { Self.same($0, name) } }
    }

    public func `class`(iri: IRI) -> Class? { classByIRI[iri].map { classes[$0] } }

    /// Persian names compare by `labelKey` with `_` as a space: "سال_تاسیس" names "سال تأسیس".
    static func same(_ a: String, _ b: String) -> Bool {
        key(a) == key(b)
    }

    static func key(_ s: String) -> String {
        TextNormalizer.labelKey(String(s.map { $0 == "_" ? " " : $0 }))
    }

    /// The short name to show for an IRI: the ontology name when known, else `prefix:local`, else `<iri>`.
    public func shortName(_ iri: IRI) -> String {
        if let p = property(iri: iri) { return p.name }
        if let c = `class`(iri: iri) { return c.name }
        return OntologyTerms.prefixed(iri) ?? "<\(iri.value)>"
    }

    /// `prefix:local` when the IRI is in a known namespace and the local part is a plain name.
    public static func prefixed(_ iri: IRI) -> String? {
        for ns in Namespace.all where iri.value.hasPrefix(ns.iri) {
            let local = iri.value.dropFirst(ns.iri.count)
            if !local.isEmpty, local.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }),
               local.first.map({ $0.isLetter || $0 == "_" }) == true {
                return "\(ns.prefix):\(local)"
            }
        }
        return nil
    }
}
