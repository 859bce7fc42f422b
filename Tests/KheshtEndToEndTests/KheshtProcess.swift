import Foundation
import Testing

/// Runs the built `khesht` binary as a user would, and the tools the tests check its work with.
enum KheshtProcess {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `$KHESHT_BIN`, else `khesht` beside the test bundle, else `.build/debug/khesht`. A missing binary fails the test.
    static var binary: String {
        get throws {
            var candidates: [String] = []
            if let explicit = ProcessInfo.processInfo.environment["KHESHT_BIN"] { candidates.append(explicit) }
            let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            for folder in [runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent()] {
                candidates.append(folder.appendingPathComponent("khesht").path)
            }
            candidates.append(packageRoot.appendingPathComponent(".build/debug/khesht").path)
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw Failure("khesht binary not found (looked at \(candidates)); run `swift build --product khesht`")
            }
            return found
        }
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs `khesht arguments…` to completion.
    static func khesht(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(try binary, arguments, in: folder, environment: environment)
    }

    /// Starts `khesht arguments…` without waiting; output goes to files so a killed process cannot block on a pipe.
    static func start(_ arguments: [String], in folder: URL, logName: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let log = folder.appendingPathComponent(logName)
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        return process
    }

    /// `sqlite3 PATH SQL` from PATH; fails (never skips) when sqlite3 is missing.
    static func sqlite3(_ database: String, _ sql: String) throws -> Result {
        let result = try run("/usr/bin/env", ["sqlite3", database, sql])
        if result.status == 127 { throw Failure("sqlite3 not found on PATH; install it (apt-get install sqlite3)") }
        return result
    }

    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        var inherited = ProcessInfo.processInfo.environment
        inherited["KHESHT_DB"] = nil
        process.environment = inherited.merging(environment) { $1 }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-e2e-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: scratch.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".err"))
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOfFile: scratch.path + ".out", encoding: .utf8),
                      stderr: try String(contentsOfFile: scratch.path + ".err", encoding: .utf8))
    }

    /// A fresh folder for one test.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `count` distinct N-Triples statements (labels in Persian, typed literals, links) to `url`.
    static func writeTriples(_ count: Int, to url: URL, tag: String) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var chunk = ""
        for i in 0..<count {
            let subject = "<https://example.org/\(tag)/e\(i / 3)>"
            switch i % 3 {
            case 0: chunk += "\(subject) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Event> .\n"
            case 1: chunk += "\(subject) <http://www.w3.org/2000/01/rdf-schema#label> \"جشنواره \(i)\"@fa .\n"
            default: chunk += "\(subject) <https://schema.org/edition> \"\(i)\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            }
            if chunk.utf8.count > 1 << 16 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }

    /// Quads per graph from `khesht stats` (graph's N-Triples form → count).
    static func graphCounts(database: String) throws -> [String: Int] {
        let result = try khesht(["stats", "--db", database])
        guard result.status == 0 else { throw Failure("stats failed: \(result.stderr)") }
        var counts: [String: Int] = [:]
        var inGraphs = false
        for line in result.stdout.split(separator: "\n") {
            if line == "by graph:" { inGraphs = true; continue }
            if !line.hasPrefix("  ") { inGraphs = false; continue }
            guard inGraphs else { continue }
            let parts = line.dropFirst(2).split(separator: "\t", maxSplits: 1)
            if parts.count == 2, let count = Int(parts[0]) { counts[String(parts[1])] = count }
        }
        return counts
    }
}
