import Foundation

/// Finds and runs the external programs tests compare Khesht against (rapper, python in the project venv,
/// oxigraph, chromium). A missing tool is an error that fails the test: CI installs them, nothing skips.
public enum ExternalTool {
    /// The package root: the folder holding Package.swift, found upwards from this source file.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The project's Python virtual environment: `$KHESHT_VENV`, else `<root>/.venv`.
    public static var venv: URL {
        if let path = ProcessInfo.processInfo.environment["KHESHT_VENV"] { return URL(fileURLWithPath: path) }
        return packageRoot.appendingPathComponent(".venv")
    }

    /// The shared W3C test suites: `$KHESHT_W3C_TESTS`, else `<root>/../shared/w3c-rdf-tests`.
    public static var w3cTests: URL {
        if let path = ProcessInfo.processInfo.environment["KHESHT_W3C_TESTS"] { return URL(fileURLWithPath: path) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/w3c-rdf-tests")
    }

    public struct Missing: Error, CustomStringConvertible {
        public let tool: String
        public var description: String {
            "required tool '\(tool)' was not found; run scripts/setup.sh (CI installs it) instead of skipping"
        }
    }

    public struct Failed: Error, CustomStringConvertible {
        public let command: String
        public let status: Int32
        public let stderr: String
        public var description: String { "\(command) exited with \(status): \(stderr)" }
    }

    /// The absolute path of `name`: in the venv's bin, else on PATH.
    public static func locate(_ name: String) throws -> String {
        let venvBin = venv.appendingPathComponent("bin").appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: venvBin) { return venvBin }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Missing(tool: name)
    }

    /// Runs `executable` with `arguments`, feeding `input` to stdin; returns stdout. Throws `Failed` on a non-zero exit.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                           environment: [String: String]? = nil) throws -> (stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable.hasPrefix("/") ? executable : locate(executable))
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        // stderr goes to a file so a chatty child never blocks on a full pipe while we read stdout.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let outPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = inPipe
        try process.run()
        if let input {
            // Feed stdin from another thread: a child that writes before reading all input must not deadlock.
            let writer = inPipe.fileHandleForWriting
            Thread { writer.write(input); try? writer.close() }.start()
        } else {
            try? inPipe.fileHandleForWriting.close()
        }
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Failed(command: ([executable] + arguments).joined(separator: " "), status: process.terminationStatus, stderr: stderr)
        }
        return (outData, stderr)
    }
}
