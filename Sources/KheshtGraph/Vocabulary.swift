/// Namespaces and the terms Khesht uses from each. `KH` is the project's own ontology, defined in
/// `schema/khesht.ttl`; a test keeps the two in step (every constant is in the file, every term in the file is here).

/// A namespace IRI with a conventional prefix.
public struct Namespace: Hashable, Sendable {
    public let prefix: String
    public let iri: String

    public init(prefix: String, iri: String) {
        self.prefix = prefix
        self.iri = iri
    }

    public subscript(_ localName: String) -> IRI { IRI(unchecked: iri + localName) }

    public static let rdf = Namespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    public static let rdfs = Namespace(prefix: "rdfs", iri: "http://www.w3.org/2000/01/rdf-schema#")
    public static let xsd = Namespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#")
    public static let owl = Namespace(prefix: "owl", iri: "http://www.w3.org/2002/07/owl#")
    public static let schema = Namespace(prefix: "schema", iri: "https://schema.org/")
    public static let prov = Namespace(prefix: "prov", iri: "http://www.w3.org/ns/prov#")
    public static let skos = Namespace(prefix: "skos", iri: "http://www.w3.org/2004/02/skos/core#")
    public static let sem = Namespace(prefix: "sem", iri: "http://semanticweb.cs.vu.nl/2009/11/sem/")
    public static let time = Namespace(prefix: "time", iri: "http://www.w3.org/2006/time#")
    public static let dcterms = Namespace(prefix: "dcterms", iri: "http://purl.org/dc/terms/")
    /// The project's ontology.
    public static let kh = Namespace(prefix: "kh", iri: "https://w3id.org/khesht/ontology#")
    /// Entities, articles and other resources Khesht mints.
    public static let khr = Namespace(prefix: "khr", iri: "https://w3id.org/khesht/id/")

    /// Every namespace, in the order writers declare them.
    public static let all: [Namespace] = [rdf, rdfs, xsd, owl, schema, prov, skos, sem, time, dcterms, kh, khr]
}

public enum RDF {
    public static let type = Namespace.rdf["type"]
    public static let langString = Namespace.rdf["langString"]
    public static let statement = Namespace.rdf["Statement"]
    public static let subject = Namespace.rdf["subject"]
    public static let predicate = Namespace.rdf["predicate"]
    public static let object = Namespace.rdf["object"]
}

public enum RDFS {
    public static let label = Namespace.rdfs["label"]
    public static let comment = Namespace.rdfs["comment"]
    public static let domain = Namespace.rdfs["domain"]
    public static let range = Namespace.rdfs["range"]
    public static let subClassOf = Namespace.rdfs["subClassOf"]
    public static let subPropertyOf = Namespace.rdfs["subPropertyOf"]
}

public enum XSD {
    public static let string = Namespace.xsd["string"]
    public static let integer = Namespace.xsd["integer"]
    public static let decimal = Namespace.xsd["decimal"]
    public static let double = Namespace.xsd["double"]
    public static let boolean = Namespace.xsd["boolean"]
    public static let date = Namespace.xsd["date"]
    public static let dateTime = Namespace.xsd["dateTime"]
    public static let gYear = Namespace.xsd["gYear"]
    public static let gYearMonth = Namespace.xsd["gYearMonth"]
    public static let gMonthDay = Namespace.xsd["gMonthDay"]
}

public enum SKOS {
    public static let prefLabel = Namespace.skos["prefLabel"]
    public static let altLabel = Namespace.skos["altLabel"]
}

public enum PROV {
    public static let wasDerivedFrom = Namespace.prov["wasDerivedFrom"]
}

/// The schema.org terms Khesht uses directly.
public enum Schema {
    public static let person = Namespace.schema["Person"]
    public static let organization = Namespace.schema["Organization"]
    public static let place = Namespace.schema["Place"]
    public static let event = Namespace.schema["Event"]
    public static let product = Namespace.schema["Product"]
    public static let creativeWork = Namespace.schema["CreativeWork"]
    public static let newsArticle = Namespace.schema["NewsArticle"]

    public static let name = Namespace.schema["name"]
    public static let location = Namespace.schema["location"]
    public static let startDate = Namespace.schema["startDate"]
    public static let endDate = Namespace.schema["endDate"]
    public static let organizer = Namespace.schema["organizer"]
    public static let superEvent = Namespace.schema["superEvent"]
    public static let containedInPlace = Namespace.schema["containedInPlace"]
    public static let memberOf = Namespace.schema["memberOf"]
    public static let roleName = Namespace.schema["roleName"]
    public static let mentions = Namespace.schema["mentions"]
    public static let headline = Namespace.schema["headline"]
    public static let datePublished = Namespace.schema["datePublished"]
    public static let publisher = Namespace.schema["publisher"]
    public static let identifier = Namespace.schema["identifier"]
    public static let inLanguage = Namespace.schema["inLanguage"]
    public static let url = Namespace.schema["url"]
    public static let text = Namespace.schema["text"]
    public static let isPartOf = Namespace.schema["isPartOf"]
}

/// The Khesht ontology (`schema/khesht.ttl`).
public enum KH {
    // Classes
    public static let Award = Namespace.kh["Award"]
    public static let AwardCeremony = Namespace.kh["AwardCeremony"]
    public static let AwardConferral = Namespace.kh["AwardConferral"]
    public static let Observance = Namespace.kh["Observance"]
    public static let PositionHolding = Namespace.kh["PositionHolding"]
    /// A kind of post ("head", "member"), named by role words of either language (`schema/roles.tsv`).
    public static let RoleType = Namespace.kh["RoleType"]
    public static let Quote = Namespace.kh["Quote"]

    // Events and editions
    public static let editionNumber = Namespace.kh["editionNumber"]
    public static let editionOf = Namespace.kh["editionOf"]
    public static let speaker = Namespace.kh["speaker"]
    public static let host = Namespace.kh["host"]
    public static let chair = Namespace.kh["chair"]
    public static let attendee = Namespace.kh["attendee"]
    public static let slogan = Namespace.kh["slogan"]

    // Awards
    public static let conferredBy = Namespace.kh["conferredBy"]
    public static let recipient = Namespace.kh["recipient"]
    public static let award = Namespace.kh["award"]
    public static let ceremony = Namespace.kh["ceremony"]
    public static let forWork = Namespace.kh["forWork"]
    public static let category = Namespace.kh["category"]

    // Observances
    public static let establishedIn = Namespace.kh["establishedIn"]
    public static let proposedBy = Namespace.kh["proposedBy"]
    public static let designatedBy = Namespace.kh["designatedBy"]
    public static let observedOn = Namespace.kh["observedOn"]

    // Positions
    public static let holdsPosition = Namespace.kh["holdsPosition"]
    public static let holder = Namespace.kh["holder"]
    public static let inOrganization = Namespace.kh["inOrganization"]
    public static let roleType = Namespace.kh["roleType"]

    // Quotes
    public static let saidBy = Namespace.kh["saidBy"]
    public static let saidAt = Namespace.kh["saidAt"]

    // Dates kept as written
    public static let jalaliDate = Namespace.kh["jalaliDate"]
    public static let dateText = Namespace.kh["dateText"]

    // Names across scripts
    /// A language-neutral key of an entity's name (`NameSkeleton`): how a Persian and an English article's
    /// spellings of one unknown person, place or award are found to be one entity.
    public static let nameKey = Namespace.kh["nameKey"]

    // Articles and provenance
    public static let newsCode = Namespace.kh["newsCode"]
    public static let sentenceIndex = Namespace.kh["sentenceIndex"]
    public static let charStart = Namespace.kh["charStart"]
    public static let charEnd = Namespace.kh["charEnd"]
    public static let ruleId = Namespace.kh["ruleId"]
    public static let confidence = Namespace.kh["confidence"]

    /// Every term the code defines; the drift test compares this list with `schema/khesht.ttl`.
    public static let all: [IRI] = [
        Award, AwardCeremony, AwardConferral, Observance, PositionHolding, RoleType, Quote,
        editionNumber, editionOf, speaker, host, chair, attendee, slogan,
        conferredBy, recipient, award, ceremony, forWork, category,
        establishedIn, proposedBy, designatedBy, observedOn,
        holdsPosition, holder, inOrganization, roleType,
        saidBy, saidAt,
        jalaliDate, dateText,
        nameKey,
        newsCode, sentenceIndex, charStart, charEnd, ruleId, confidence,
    ]
}
