import Foundation
import Testing

/// Finds and runs the external RDF parsers the export tests check against. A missing tool fails the test that
/// needs it (with a message saying how to install it); nothing is skipped.
enum ExternalTools {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The helper that parses RDF/XML with rapper, rdflib or Oxigraph and checks isomorphism with an .nt file.
    static var checkScript: String { fixtures.appendingPathComponent("check_rdfxml.py").path }

    /// Python from `KHESHT_VENV` (default `<package root>/.venv`), else `python3` on PATH.
    static func python() -> String {
        let venv = ProcessInfo.processInfo.environment["KHESHT_VENV"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".venv")
        let candidate = venv.appendingPathComponent("bin/python3").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return "python3"
    }

    struct RunResult {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `executable` (a path, or a name looked up on PATH) and collects its output.
    static func run(_ executable: String, _ arguments: [String]) throws -> RunResult {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        let out = Pipe()
        // stderr goes to a file, so only one pipe needs draining and a chatty child never blocks.
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("khesht-export-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = out
        process.standardError = errorHandle
        try process.run()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return RunResult(status: process.terminationStatus,
                         output: String(decoding: outputData, as: UTF8.self),
                         error: String(decoding: errorData, as: UTF8.self))
    }

    /// One isomorphism check for the helper script.
    struct Job {
        let name: String
        let parser: String
        let rdfPath: String
        let ntPath: String
    }

    /// Runs every job through the helper script in one Python process; returns the failure message per job name
    /// (absent when the job passed). Records an issue and throws when the script cannot run at all.
    static func checkIsomorphic(_ jobs: [Job], in folder: URL) throws -> [String: String] {
        let jobFile = folder.appendingPathComponent("jobs.tsv")
        let lines = jobs.map { [$0.name, $0.parser, $0.rdfPath, $0.ntPath].joined(separator: "\t") }
        try (lines.joined(separator: "\n") + "\n").write(to: jobFile, atomically: true, encoding: .utf8)
        let python = python()
        let result = try run(python, [checkScript, "--batch", jobFile.path])
        if result.status == 2 || (result.status != 0 && result.output.isEmpty) {
            Issue.record("""
                the RDF/XML check could not run (\(python) \(checkScript)), exit \(result.status): \(result.error)
                Install the tools: apt-get install raptor2-utils; .venv/bin/pip install rdflib pyoxigraph \
                (or point KHESHT_VENV at a venv that has them).
                """)
            throw CocoaError(.executableLoad)
        }
        var failures: [String: String] = [:]
        var passed: Set<String> = []
        for line in result.output.split(separator: "\n") {
            if line.hasPrefix("ok ") {
                passed.insert(String(line.dropFirst(3)))
            } else if line.hasPrefix("FAIL "), let colon = line.firstIndex(of: ":") {
                let name = String(line[line.index(line.startIndex, offsetBy: 5)..<colon])
                failures[name] = String(line[line.index(after: colon)...])
            }
        }
        for job in jobs where !passed.contains(job.name) && failures[job.name] == nil {
            failures[job.name] = "no result from the helper script; stderr: \(result.error)"
        }
        return failures
    }

    /// Removes a test's scratch folder unless `KHESHT_KEEP_TEST_OUTPUT` is set (to look at what was written).
    static func cleanUp(_ folder: URL) {
        if ProcessInfo.processInfo.environment["KHESHT_KEEP_TEST_OUTPUT"] != nil {
            print("kept test output in \(folder.path)")
            return
        }
        try? FileManager.default.removeItem(at: folder)
    }

    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("khesht-export-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
