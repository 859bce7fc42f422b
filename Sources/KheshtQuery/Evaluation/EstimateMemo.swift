import KheshtStore

/// The memo behind `Planner`'s estimates (a class so the value-type planner can fill it while planning).
final class EstimateMemo {
    private var counts: [QuadPattern: Int] = [:]

    func count(_ pattern: QuadPattern, in store: any GraphStore) throws -> Int {
        if let known = counts[pattern] { return known }
        let count = try store.estimatedCount(pattern)
        counts[pattern] = count
        return count
    }
}
