/// The four orders quads are stored in, and which one serves a pattern.
///
/// A pattern is answered from the index whose leading columns are the most bound positions: those become equality
/// constraints on a contiguous index range, the rest are read in index order, which is also the order keyset
/// pagination resumes from.
enum QuadIndex: CaseIterable {
    case spog, posg, ospg, gspo

    enum Column: String {
        case s, p, o, g

        /// The column's bit in `QuadQuery.boundMask`.
        var bit: UInt8 {
            switch self {
            case .s: 1
            case .p: 2
            case .o: 4
            case .g: 8
            }
        }
    }

    var columns: [Column] {
        switch self {
        case .spog: [.s, .p, .o, .g]
        case .posg: [.p, .o, .s, .g]
        case .ospg: [.o, .s, .p, .g]
        case .gspo: [.g, .s, .p, .o]
        }
    }

    /// The clause that forces this index; the clustered SPOG key needs none.
    var hint: String {
        switch self {
        case .spog: ""
        case .posg: " INDEXED BY quads_posg"
        case .ospg: " INDEXED BY quads_ospg"
        case .gspo: " INDEXED BY quads_gspo"
        }
    }

    func boundPrefixLength(_ bound: Set<Column>) -> Int {
        columns.prefix { bound.contains($0) }.count
    }

    /// The index with the longest bound prefix (SPOG on ties and for the empty pattern).
    static func best(for bound: Set<Column>) -> QuadIndex {
        // `max(by:)` keeps the first of equal elements, so ties go to the earlier case.
        allCases.max { $0.boundPrefixLength(bound) < $1.boundPrefixLength(bound) }!
    }
}

/// A pattern resolved to term ids, with the SQL that pages through it.
struct QuadQuery {
    let index: QuadIndex
    /// Bound column values in `index.columns` order for the prefix, then residual bound columns.
    let prefix: [(QuadIndex.Column, Int64)]
    /// Columns after the bound prefix, in index order: the keyset columns.
    let rest: [QuadIndex.Column]
    /// Bound columns outside the prefix: filtered, not ranged.
    let residual: [(QuadIndex.Column, Int64)]
    /// One bit per bound column (s, p, o, g): with the index choice a function of it, it fixes the SQL text.
    let boundMask: UInt8

    init(bound: [QuadIndex.Column: Int64]) {
        var ids: (s: Int64, p: Int64, o: Int64, g: Int64) = (0, 0, 0, 0)
        var mask: UInt8 = 0
        for (column, id) in bound {
            mask |= column.bit
            switch column { case .s: ids.s = id; case .p: ids.p = id; case .o: ids.o = id; case .g: ids.g = id }
        }
        self.init(mask: mask, s: ids.s, p: ids.p, o: ids.o, g: ids.g)
    }

    /// The pattern whose bound columns are the bits of `mask`, with their ids (the others are ignored). The layout
    /// (index, prefix, keyset, residual columns) depends on the mask only, so it is computed once per mask
    /// (`Layout.all`) instead of once per look-up: a nested-loop join builds one query per input row.
    init(mask: UInt8, s: Int64, p: Int64, o: Int64, g: Int64) {
        let layout = Layout.all[Int(mask & 15)]
        func id(_ column: QuadIndex.Column) -> Int64 {
            switch column { case .s: s; case .p: p; case .o: o; case .g: g }
        }
        boundMask = mask & 15
        index = layout.index
        prefix = layout.prefix.map { ($0, id($0)) }
        rest = layout.rest
        residual = layout.residual.map { ($0, id($0)) }
    }

    /// Where each bound-column mask is read from.
    struct Layout {
        let index: QuadIndex
        let prefix: [QuadIndex.Column]
        let rest: [QuadIndex.Column]
        let residual: [QuadIndex.Column]

        static let all: [Layout] = (0..<16).map { mask in
            let bound = Set([QuadIndex.Column.s, .p, .o, .g].filter { UInt8(mask) & $0.bit != 0 })
            let index = QuadIndex.best(for: bound)
            let prefixLength = index.boundPrefixLength(bound)
            let rest = Array(index.columns.dropFirst(prefixLength))
            return Layout(index: index, prefix: Array(index.columns.prefix(prefixLength)), rest: rest,
                          residual: rest.filter(bound.contains))
        }
    }

    /// `SELECT s, p, o, g` for one page, with parameters for the bound ids and, with `resuming`, for the last key
    /// (`arguments(after:)` gives them in order). The text depends only on the pattern's shape, so a connection
    /// compiles it once and reuses it for every look-up of that shape (a nested-loop join makes thousands).
    func pageSQL(resuming: Bool, limit: Int) -> String {
        var conditions = (prefix + residual).map { "\($0.0.rawValue) = ?" }
        if resuming, !rest.isEmpty {
            let names = rest.map(\.rawValue).joined(separator: ", ")
            let marks = rest.map { _ in "?" }.joined(separator: ", ")
            conditions.append(rest.count == 1 ? "\(names) > ?" : "(\(names)) > (\(marks))")
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let order = rest.isEmpty ? "" : " ORDER BY " + rest.map(\.rawValue).joined(separator: ", ")
        return "SELECT s, p, o, g FROM quads\(index.hint)\(whereClause)\(order) LIMIT \(limit)"
    }

    /// The keyset columns of `distinctTriplesSQL`: the free positions after the bound prefix, graph excluded.
    var tripleRest: [QuadIndex.Column] { rest.filter { $0 != .g } }

    /// `SELECT DISTINCT s, p, o` for one page of a graph-free pattern, resuming after the last triple with
    /// `resuming` (parameters: `tripleArguments(after:)`). The graph is the index's last column, so SQLite removes
    /// the repeats of a fact stated in many graphs while walking the index, without a sort and without handing
    /// each repeat to Swift.
    func distinctTriplesSQL(resuming: Bool, limit: Int) -> String {
        let keyset = tripleRest
        var conditions = (prefix + residual).map { "\($0.0.rawValue) = ?" }
        if resuming, !keyset.isEmpty {
            let names = keyset.map(\.rawValue).joined(separator: ", ")
            let marks = keyset.map { _ in "?" }.joined(separator: ", ")
            conditions.append(keyset.count == 1 ? "\(names) > ?" : "(\(names)) > (\(marks))")
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let order = keyset.isEmpty ? "" : " ORDER BY " + keyset.map(\.rawValue).joined(separator: ", ")
        return "SELECT DISTINCT s, p, o FROM quads\(index.hint)\(whereClause)\(order) LIMIT \(limit)"
    }

    func tripleArguments(after lastKey: [Int64]?) -> [Int64] {
        (prefix + residual).map(\.1) + (tripleRest.isEmpty ? [] : lastKey ?? [])
    }

    /// The values of `pageSQL`'s parameters: the bound ids, then the last key when resuming.
    func arguments(after lastKey: [Int64]?) -> [Int64] {
        (prefix + residual).map(\.1) + (rest.isEmpty ? [] : lastKey ?? [])
    }

    /// Binds `arguments(after:)` to `statement`'s parameters in order, without building the list (a nested-loop
    /// join binds one page look-up per input row).
    func bindArguments(to statement: RawStatement, after lastKey: [Int64]?) {
        var position: Int32 = 1
        for (_, id) in prefix {
            statement.bind(id, at: position)
            position += 1
        }
        for (_, id) in residual {
            statement.bind(id, at: position)
            position += 1
        }
        guard !rest.isEmpty, let lastKey else { return }
        for id in lastKey {
            statement.bind(id, at: position)
            position += 1
        }
    }

    /// `SELECT COUNT(*)` of the pattern: with `parameters`, bound ids are `?` placeholders taking
    /// `arguments(after: nil)`, so the text depends only on the pattern's shape and compiles once per connection.
    /// With `limited`, a last parameter caps the count (`SELECT COUNT(*) FROM (… LIMIT ?)`): SQLite stops walking
    /// the index there.
    /// `SELECT 1` of the pattern's entry at the offset given by a last parameter (after `arguments(after: nil)`):
    /// a row comes back when at least offset + 1 quads match.
    func entryAtOffsetSQL() -> String {
        let conditions = (prefix + residual).map { "\($0.0.rawValue) = ?" }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "SELECT 1 FROM quads\(index.hint)\(whereClause) LIMIT 1 OFFSET ?"
    }

    func countSQL(parameters: Bool = false, limited: Bool = false) -> String {
        let conditions = (prefix + residual).map { "\($0.0.rawValue) = \(parameters ? "?" : String($0.1))" }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        if limited { return "SELECT COUNT(*) FROM (SELECT 1 FROM quads\(index.hint)\(whereClause) LIMIT ?)" }
        return "SELECT COUNT(*) FROM quads\(index.hint)\(whereClause)"
    }
}
