import Foundation
import KheshtQuery
import KheshtREPL

/// `khesht query --repeat N`: latency of each statement measured inside one process, so that process start-up,
/// opening the store and printing are not part of the numbers a benchmark compares.
enum QueryTiming {
    /// Runs every statement of `statements` (split the way the REPL splits them) `runs` times through `engine` and
    /// writes one `repeat: …` line per statement to standard error.
    static func measure(statements: String, engine: QueryEngine, runs: Int) throws {
        var scanner = StatementScanner()
        var texts: [String] = []
        for line in statements.components(separatedBy: "\n") {
            if let statement = scanner.add(line) { texts.append(statement) }
        }
        if let pending = scanner.flush() { texts.append(pending) }
        for (number, text) in texts.enumerated() where !isOnlyComments(text) {
            var milliseconds: [Double] = []
            var rows = 0
            let cpuStarted = processCPUMilliseconds()
            for _ in 0..<runs {
                let started = ContinuousClock.now
                let result = try engine.run(text)
                let elapsed = ContinuousClock.now - started
                milliseconds.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
                rows = rowCount(result)
            }
            let cpuPerRun = (processCPUMilliseconds() - cpuStarted) / Double(runs)
            milliseconds.sort()
            let line = "repeat: statement=\(number + 1) runs=\(runs) rows=\(rows) "
                + "median_ms=\(format(median(milliseconds))) p90_ms=\(format(percentile(milliseconds, 0.9))) "
                + "min_ms=\(format(milliseconds.first ?? 0)) max_ms=\(format(milliseconds.last ?? 0)) "
                + "cpu_ms_per_run=\(format(cpuPerRun))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Rows of a table, entities described, plan steps: what the statement produced, to check runs agree.
    static func rowCount(_ result: QueryResult) -> Int {
        switch result {
        case .table(let table): table.rows.count
        case .description(let entities): entities.reduce(0) { $0 + $1.properties.reduce(0) { $0 + $1.values.count } }
        case .plan(let plan): plan.resultRows
        case .sparql: 1
        }
    }

    /// The middle value of sorted `values` (mean of the two middle ones for an even count).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }

    /// Nearest-rank percentile of sorted `values`.
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let rank = Int((fraction * Double(values.count)).rounded(.up))
        return values[min(values.count, max(1, rank)) - 1]
    }

    /// CPU time of the whole process (all threads) so far: on a shared machine wall time also measures waiting
    /// for a core, CPU time does not.
    static func processCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1e3 + Double(now.tv_nsec) / 1e6
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func isOnlyComments(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") || $0.allSatisfy(\.isWhitespace) }
    }
}
