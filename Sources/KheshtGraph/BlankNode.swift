/// A blank node, identified by a label that is unique within one document or store.
///
/// Related spec: RDF 1.1 Concepts §3.4. Labels are kept as given; writers relabel when the target syntax needs it.
public struct BlankNode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let label: String

    public init(_ label: String) { self.label = label }

    public var description: String { "_:\(label)" }

    public static func < (lhs: BlankNode, rhs: BlankNode) -> Bool { lhs.label < rhs.label }
}
