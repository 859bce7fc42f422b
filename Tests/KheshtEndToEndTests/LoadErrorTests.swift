import Foundation
import Testing

/// `khesht load` on bad input: a precise diagnostic, a failing exit status, and a store left exactly as it was.
@Suite("khesht load: bad input")
struct LoadErrorTests {
    @Test func aMalformedFileIsReportedByLineAndColumnAndChangesNothing() throws {
        let folder = try KheshtProcess.scratchFolder()
        let db = folder.appendingPathComponent("k.sqlite").path
        let good = folder.appendingPathComponent("good.nt")
        try KheshtProcess.writeTriples(30, to: good, tag: "good")
        #expect(try KheshtProcess.khesht(["load", "--db", db, good.path]).status == 0)
        let before = try KheshtProcess.khesht(["dump", "--db", db])
        #expect(before.status == 0)
        #expect(before.stdout.split(separator: "\n").count == 30)

        // Valid lines first, so the failure comes after quads were already written inside the transaction.
        let bad = folder.appendingPathComponent("bad.nt")
        try KheshtProcess.writeTriples(500, to: bad, tag: "bad")
        let handle = try FileHandle(forWritingTo: bad)
        handle.seekToEndOfFile()
        handle.write(Data("<https://example.org/x> <https://example.org/p> \"جشن\" <https://example.org/g> .\n".utf8))
        try handle.close()

        let result = try KheshtProcess.khesht(["load", "--db", db, bad.path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("\(bad.path):501:"), "stderr: \(result.stderr)")
        let position = result.stderr.dropFirst(bad.path.count + 1).split(separator: ":")
        #expect(position.count >= 3 && Int(position[0]) == 501 && Int(position[1]) != nil, "file:line:column: \(result.stderr)")
        #expect(try KheshtProcess.khesht(["dump", "--db", db]).stdout == before.stdout)

        // Loading the bad file after a good one in the same command keeps the good one and stops.
        let other = folder.appendingPathComponent("other.nt")
        try KheshtProcess.writeTriples(9, to: other, tag: "other")
        let mixed = try KheshtProcess.khesht(["load", "--db", db, other.path, bad.path])
        #expect(mixed.status != 0)
        #expect(try KheshtProcess.graphCounts(database: db)["<file://\(other.path)>"] == 9)
    }

    @Test func missingFilesDirectoriesAndUnknownFormatsFailByName() throws {
        let folder = try KheshtProcess.scratchFolder()
        let db = folder.appendingPathComponent("k.sqlite").path
        let missing = folder.appendingPathComponent("absent.nt").path
        let noFile = try KheshtProcess.khesht(["load", "--db", db, missing])
        #expect(noFile.status != 0)
        #expect(noFile.stderr.contains(missing) && noFile.stderr.contains("no such file"))

        let directory = try KheshtProcess.khesht(["load", "--db", db, folder.path])
        #expect(directory.status != 0)
        #expect(directory.stderr.contains("is a directory"))

        let turtle = folder.appendingPathComponent("data.ttl")
        try Data("<a:b> <a:c> <a:d> .\n".utf8).write(to: turtle)
        let unknown = try KheshtProcess.khesht(["load", "--db", db, turtle.path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unsupported file type"))
        #expect(try KheshtProcess.khesht(["dump", "--db", db]).stdout.isEmpty)
    }

    @Test func unusableDatabasePathsFailWithTheirName() throws {
        let folder = try KheshtProcess.scratchFolder()
        let data = folder.appendingPathComponent("a.nt")
        try KheshtProcess.writeTriples(3, to: data, tag: "a")

        let inMissingFolder = folder.appendingPathComponent("nowhere/k.sqlite").path
        let garbage = folder.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x7A, count: 4096).write(to: garbage)
        for (path, expected) in [(inMissingFolder, "does not exist"), (folder.path, "is a directory"),
                                 (garbage.path, "not a Khesht database")] {
            for command in [["load", data.path], ["stats"], ["dump"]] {
                let result = try KheshtProcess.khesht(["--db", path] + command)
                #expect(result.status != 0, "\(command) on \(path)")
                #expect(result.stderr.contains(path) && result.stderr.contains(expected), "\(command): \(result.stderr)")
                #expect(!result.stderr.contains("Error:"), "a diagnostic, not a usage error: \(result.stderr)")
            }
        }
        #expect(try Data(contentsOf: garbage) == Data(repeating: 0x7A, count: 4096), "the foreign file is untouched")
    }

    @Test func theDatabaseComesFromTheEnvironmentWhenNotGiven() throws {
        let folder = try KheshtProcess.scratchFolder()
        let data = folder.appendingPathComponent("a.nt")
        try KheshtProcess.writeTriples(6, to: data, tag: "a")
        #expect(try KheshtProcess.khesht(["load", data.path], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("khesht.sqlite").path))
        let dumped = try KheshtProcess.khesht(["dump", "--format", "ntriples"], in: folder)
        #expect(dumped.stdout.split(separator: "\n").count == 6)
        #expect(!dumped.stdout.contains("file://"), "N-Triples drops graph names")

        let elsewhere = folder.appendingPathComponent("from-env.sqlite").path
        #expect(try KheshtProcess.khesht(["load", data.path], in: folder, environment: ["KHESHT_DB": elsewhere]).status == 0)
        #expect(try KheshtProcess.graphCounts(database: elsewhere)["<file://\(data.path)>"] == 6)
    }
}
