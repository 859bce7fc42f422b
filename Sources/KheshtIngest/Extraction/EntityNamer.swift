import Foundation
import KheshtGraph
import KheshtText

/// Gives every mention the IRI of the entity it denotes, so that the same entity gets the same IRI in every
/// article: known entities keep their gazetteer IRI; others are named from their type and folded label
/// (`khr:person/محسن-هاشمی`), and editions from their award and number (`khr:event/golden-brick-4`).
/// Events with neither number nor known name stay inside their article (`khr:event/<article>/<name>`): two
/// "closing ceremonies" in two articles are not one event.
struct EntityNamer {
    let articleSlug: String
    /// Event words too general to tell two events apart (@genericEventHead: "آیین", "مراسم", "ceremony"), as label
    /// keys. An article-local event is named without them, so the headline's "اختتامیه جشنواره …" and the body's
    /// "آیین اختتامیه جشنواره …" are one event.
    var genericEventWords: Set<String> = []

    /// The IRI of what `mention` denotes, or nil for mentions that are not entities (roles without a holder, dates).
    func iri(for mention: Mention) -> IRI? {
        let target = mention.referent
        // A role without a holder, or "the ceremony" with nothing to refer back to, names no entity.
        if target.kind == .role || target.isAnaphoric { return nil }
        guard let type = target.entityType else { return nil }
        if let known = target.known { return known.iri }
        if type.isEvent {
            if let qualifier = target.qualifier, let whole = target.attached.flatMap({ iri(for: $0.value) }) {
                return mint("event/\(EntityNamer.lastSegment(whole))-\(qualifier)")
            }
            if let number = target.number, let series = target.attached.flatMap({ iri(for: $0.value) }) {
                return mint("event/\(EntityNamer.lastSegment(series))-\(number)")
            }
            return mint("event/\(articleSlug)/\(EntityNamer.slug(identityLabel(of: target.label)))")
        }
        return mint("\(type.pathSegment)/\(EntityNamer.slug(target.label))")
    }

    /// An article-local event's label without the generic event words it starts with, unless nothing else is left.
    func identityLabel(of label: String) -> String {
        var words = label.split(separator: " ")
        while words.count > 1, let first = words.first, genericEventWords.contains(TextNormalizer.labelKey(String(first))) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The type of what `mention` denotes.
    func type(of mention: Mention) -> EntityType? { mention.referent.entityType }

    private func mint(_ path: String) -> IRI? { try? IRI(Namespace.khr.iri + path) }

    /// A readable, IRI-safe path segment from a label: folded, words joined by "-", anything else dropped.
    static func slug(_ label: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in TextNormalizer.matchKey(label).unicodeScalars {
            if scalar == " " || scalar == "-" {
                if let last = out.last, last != "-" { out.append("-") }
            } else if EntityNamer.isSlugCharacter(scalar) {
                out.append(scalar)
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "x" : String(out)
    }

    /// Letters and digits: ASCII and Arabic-script letters answered directly, the rest by Unicode's property.
    private static func isSlugCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x0620...0x064A: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic
        }
    }

    /// What follows the last "/" of an IRI (trailing slashes ignored), "x" when nothing does. Found by bytes: "/"
    /// is ASCII, and this runs for every fact that names an entity.
    static func lastSegment(_ iri: IRI) -> String {
        let bytes = Array(iri.value.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard end > 0 else { return "x" }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
