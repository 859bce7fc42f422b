import KheshtGraph

/// One event on a timeline: when, what, where, who, and which articles say so.
public struct TimelineEntry: Hashable, Sendable {
    /// The event's term in the graph.
    public let event: Term
    public let date: EventDate
    /// The title in the timeline's language, or in the other language when only that one exists.
    public let title: String
    /// The language `title` is written in (nil when it came from an IRI).
    public let titleLanguage: TimelineLanguage?
    public let place: String?
    public let participants: [Participant]
    /// A grouping label (the award an edition belongs to, or the organizer); TimelineJS draws groups as rows.
    public let group: String?
    public let sources: [TimelineSource]

    public init(event: Term, date: EventDate, title: String, titleLanguage: TimelineLanguage?, place: String?,
                participants: [Participant], group: String?, sources: [TimelineSource]) {
        self.event = event
        self.date = date
        self.title = title
        self.titleLanguage = titleLanguage
        self.place = place
        self.participants = participants
        self.group = group
        self.sources = sources
    }

    /// A person or organization taking part, with the role they had.
    public struct Participant: Hashable, Sendable {
        /// The role's local name: "speaker", "host", "chair", "attendee", "organizer", "recipient".
        public let role: String
        public let label: String
        public let entity: Term

        public init(role: String, label: String, entity: Term) {
            self.role = role
            self.label = label
            self.entity = entity
        }
    }
}

/// An article supporting an event's facts, and the sentences they were read from.
public struct TimelineSource: Hashable, Sendable {
    public let article: IRI
    public let headline: String?
    /// The article's web address (`schema:url`), when known.
    public let url: String?
    /// Zero-based sentence indexes from the provenance records, ascending; empty when the facts came from a
    /// plain RDF load.
    public let sentenceIndexes: [Int]

    public init(article: IRI, headline: String?, url: String?, sentenceIndexes: [Int]) {
        self.article = article
        self.headline = headline
        self.url = url
        self.sentenceIndexes = sentenceIndexes
    }
}

/// The result of building: dated entries in order, and the events that could not be placed.
public struct Timeline: Sendable {
    public let title: String
    public let language: TimelineLanguage
    /// Sorted by first day, then by title.
    public let entries: [TimelineEntry]
    /// Selected events with no usable date: reported, never drawn.
    public let undatedEvents: [Term]
    /// Titles of `undatedEvents`, in the same order, for listing them.
    public let undatedTitles: [String]

    public init(title: String, language: TimelineLanguage, entries: [TimelineEntry], undatedEvents: [Term],
                undatedTitles: [String]? = nil) {
        self.title = title
        self.language = language
        self.entries = entries
        self.undatedEvents = undatedEvents
        self.undatedTitles = undatedTitles ?? undatedEvents.map(\.description)
    }

    public var undatedCount: Int { undatedEvents.count }
}
