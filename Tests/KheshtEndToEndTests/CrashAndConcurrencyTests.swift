import Foundation
import Testing

/// Loads killed at random moments and readers racing a writer: the file stays sound, every input file is wholly
/// present or wholly absent, and no reader ever sees "database is locked". Serialized: both lean on timing.
@Suite("khesht load: crashes and concurrent readers", .serialized)
struct CrashAndConcurrencyTests {
    /// Statements in the large file; big enough that a load takes a while in a debug build.
    static let largeSize = 90_000

    @Test func sigkillAtRandomMomentsLeavesEachFileWhollyPresentOrAbsent() throws {
        let folder = try KheshtProcess.scratchFolder()
        let db = folder.appendingPathComponent("k.sqlite").path
        var files: [(url: URL, count: Int)] = [(folder.appendingPathComponent("large.nt"), Self.largeSize)]
        for index in 0..<4 { files.append((folder.appendingPathComponent("small\(index).nt"), 300 * (index + 1))) }
        for (offset, file) in files.enumerated() { try KheshtProcess.writeTriples(file.count, to: file.url, tag: "f\(offset)") }

        // How long an uninterrupted load takes, to spread the kills over it.
        let clock = ContinuousClock()
        let full = try clock.measure {
            let result = try KheshtProcess.khesht(["load", "--db", db] + files.map(\.url.path))
            #expect(result.status == 0, "\(result.stderr)")
        }
        try FileManager.default.removeItem(atPath: db)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let fullMilliseconds = Int(full.components.seconds * 1000 + full.components.attoseconds / 1_000_000_000_000_000)

        var generator = SystemRandomNumberGenerator()
        var sawPartialRun = false
        for round in 0..<12 {
            // Rounds 0-7 start from an empty store (a kill then shows up as missing files); rounds 8-11 reload over
            // complete data (a kill then must leave the previous copy of the file being replaced).
            if round < 8 {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            } else if round == 8 {
                #expect(try KheshtProcess.khesht(["load", "--db", db, "-q"] + files.map(\.url.path)).status == 0)
            }
            // Files in a different order each round, so the kill lands in different files.
            let order = files.shuffled(using: &generator)
            let process = try KheshtProcess.start(["load", "--db", db, "-q"] + order.map(\.url.path), in: folder,
                                                  logName: "load\(round).log")
            let delay = Int.random(in: 0...max(1, fullMilliseconds), using: &generator)
            usleep(UInt32(delay) * 1000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let integrity = try KheshtProcess.sqlite3(db, "PRAGMA integrity_check;")
            #expect(integrity.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ok", "round \(round): \(integrity)")
            let counts = try KheshtProcess.graphCounts(database: db)
            for file in files {
                let present = counts["<file://\(file.url.path)>"] ?? 0
                #expect(present == 0 || present == file.count, "round \(round): \(file.url.lastPathComponent) has \(present)")
            }
            if counts.count < files.count { sawPartialRun = true }
            if round >= 8 {
                #expect(counts.count == files.count, "round \(round): a reload lost a file that was complete before")
            }
        }
        #expect(sawPartialRun, "no kill interrupted a load: the test did not test anything")

        // A clean load afterwards completes everything.
        #expect(try KheshtProcess.khesht(["load", "--db", db, "-q"] + files.map(\.url.path)).status == 0)
        let counts = try KheshtProcess.graphCounts(database: db)
        for file in files { #expect(counts["<file://\(file.url.path)>"] == file.count) }
    }

    @Test func statsAndDumpWhileLoadingNeverSeeALockedDatabase() throws {
        let folder = try KheshtProcess.scratchFolder()
        let db = folder.appendingPathComponent("k.sqlite").path
        let large = folder.appendingPathComponent("large.nt")
        try KheshtProcess.writeTriples(Self.largeSize, to: large, tag: "large")
        let seed = folder.appendingPathComponent("seed.nt")
        try KheshtProcess.writeTriples(60, to: seed, tag: "seed")
        #expect(try KheshtProcess.khesht(["load", "--db", db, seed.path]).status == 0)

        let loader = try KheshtProcess.start(["load", "--db", db, large.path, large.path], in: folder, logName: "load.log")
        var readers = 0
        var totals = Set<Int>()
        while loader.isRunning || readers < 2 {
            let stats = try KheshtProcess.khesht(["stats", "--db", db])
            #expect(stats.status == 0 && !stats.stderr.contains("locked"), "stats: \(stats.stderr)")
            if let total = stats.stdout.split(separator: "\n").first.flatMap({ Int($0.dropFirst("quads: ".count)) }) {
                totals.insert(total)
            }
            let dump = try KheshtProcess.khesht(["dump", "--db", db, "-o", folder.appendingPathComponent("d.nq").path])
            #expect(dump.status == 0 && !dump.stderr.contains("locked"), "dump: \(dump.stderr)")
            readers += 1
        }
        loader.waitUntilExit()
        #expect(loader.terminationStatus == 0)
        #expect(readers >= 2)
        // A reader sees the large file wholly or not at all.
        #expect(totals.isSubset(of: [60, 60 + Self.largeSize]), "totals seen: \(totals.sorted())")
    }
}
