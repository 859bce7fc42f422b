import KheshtGraph

/// The kinds of entity extraction finds, each with its ontology class and the path segment of its IRIs.
public enum EntityType: String, CaseIterable, Sendable, Hashable {
    case person = "Person"
    case organization = "Organization"
    case place = "Place"
    case event = "Event"
    case awardCeremony = "AwardCeremony"
    case award = "Award"
    case observance = "Observance"
    case product = "Product"
    case creativeWork = "CreativeWork"

    public var classIRI: IRI {
        switch self {
        case .person: Schema.person
        case .organization: Schema.organization
        case .place: Schema.place
        case .event: Schema.event
        case .awardCeremony: KH.AwardCeremony
        case .award: KH.Award
        case .observance: KH.Observance
        case .product: Schema.product
        case .creativeWork: Schema.creativeWork
        }
    }

    /// The first path segment of minted IRIs (`khr:person/…`).
    public var pathSegment: String {
        switch self {
        case .person: "person"
        case .organization: "org"
        case .place: "place"
        case .event, .awardCeremony: "event"
        case .award: "award"
        case .observance: "observance"
        case .product: "product"
        case .creativeWork: "work"
        }
    }

    /// Events and award ceremonies answer to the same patterns.
    public var isEvent: Bool { self == .event || self == .awardCeremony }

    /// Who can act: speak, organize, receive, propose.
    public var isAgent: Bool { self == .person || self == .organization }
}
