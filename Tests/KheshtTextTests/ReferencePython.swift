import Foundation

/// Finds and runs the project's Python (for reference implementations such as `jdatetime`).
///
/// Looks in `$KHESHT_VENV/bin/python3`, then `<package root>/.venv/bin/python3`, then `python3` on PATH.
/// Callers turn a missing interpreter or package into a test failure, never a skip.
enum ReferencePython {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static func interpreter() throws -> URL {
        var candidates: [URL] = []
        if let venv = ProcessInfo.processInfo.environment["KHESHT_VENV"], !venv.isEmpty {
            candidates.append(URL(fileURLWithPath: venv).appendingPathComponent("bin/python3"))
        }
        candidates.append(packageRoot.appendingPathComponent(".venv/bin/python3"))
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append(URL(fileURLWithPath: String(directory)).appendingPathComponent("python3"))
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw Failure(description: "no python3 found: set KHESHT_VENV to a venv with the package installed "
            + "(python3 -m venv .venv && .venv/bin/pip install jdatetime)")
    }

    /// Runs `script` from Fixtures and returns its standard output; throws with stderr when it fails.
    static func run(script: String) throws -> String {
        let process = Process()
        process.executableURL = try interpreter()
        process.arguments = [fixtures.appendingPathComponent(script).path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(process.executableURL!.path) \(script) exited "
                + "\(process.terminationStatus): \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
