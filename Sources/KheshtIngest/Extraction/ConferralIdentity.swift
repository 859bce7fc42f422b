import KheshtGraph

/// The IRI of one award conferral, derived from what was conferred rather than from the article reporting it, so that
/// two articles stating the same fact ("X won the Golden Brick") make one `kh:AwardConferral` node with two sources
/// instead of two rows. The path is `khr:conferral/<recipient>/<award>` and, when the event is one known across
/// articles (a series, a numbered edition, a named ceremony), `/<event>`; its segments are those of the entities'
/// IRIs, so `NameKeyResolver` renames a conferral whenever it merges its recipient, award or event.
///
/// Left out of the identity on purpose: the work and the category (one article names the work a prize was for,
/// another does not — still one conferral), and an event that exists only inside its article (an unnamed
/// "ceremony": two articles' ceremonies are not known to be one, and neither tells two conferrals apart). The cost:
/// the same person given the same award twice with no edition named in either report is one node.
enum ConferralIdentity {
    static func iri(recipient: IRI, award: IRI, event: IRI?) -> IRI? {
        var path = ["conferral", EntityNamer.lastSegment(recipient), EntityNamer.lastSegment(award)]
        if let event, !isArticleLocal(event) { path.append(EntityNamer.lastSegment(event)) }
        return try? IRI(Namespace.khr.iri + path.joined(separator: "/"))
    }

    /// Whether an event IRI was minted inside one article (`khr:event/<article>/<name>`, see `EntityNamer`).
    static func isArticleLocal(_ event: IRI) -> Bool {
        let prefix = Namespace.khr.iri + "event/"
        guard event.value.hasPrefix(prefix) else { return false }
        return event.value.dropFirst(prefix.count).contains("/")
    }
}
