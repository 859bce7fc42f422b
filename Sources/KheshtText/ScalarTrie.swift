/// A prefix tree over Unicode scalars, for word tables that must be matched against every prefix of a word
/// (splitting glued compounds) without building a `String` for each candidate.
struct ScalarTrie<Value: Sendable>: Sendable {
    struct Node: Sendable {
        /// Children as (scalar, node index); tables are small, so a linear scan beats hashing.
        var children: [(scalar: UInt32, node: Int)] = []
        var atom: Value?
    }

    /// Node 0 is the root.
    private(set) var nodes: [Node] = [Node()]

    func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        for entry in nodes[node].children where entry.scalar == value { return entry.node }
        return nil
    }

    mutating func insert(_ scalars: [Unicode.Scalar], _ value: Value) {
        var node = 0
        for scalar in scalars {
            if let next = child(of: node, scalar) {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children.append((scalar.value, nodes.count - 1))
                node = nodes.count - 1
            }
        }
        nodes[node].atom = value
    }
}
