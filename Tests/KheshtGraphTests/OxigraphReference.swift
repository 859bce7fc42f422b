import Foundation
import Testing
@testable import KheshtGraph

/// Oxigraph (through pyoxigraph) as an independent reader of the same files: our parse must give the statements it
/// gives. Found through `KHESHT_VENV` (default `<package root>/.venv`), else `python3` on PATH; a missing tool fails.
enum OxigraphReference {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var python: String {
        let venv = ProcessInfo.processInfo.environment["KHESHT_VENV"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".venv")
        let candidate = venv.appendingPathComponent("bin/python3").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : "python3"
    }

    static let script = """
        import sys, pyoxigraph as ox
        fmt = ox.RdfFormat.N_QUADS if sys.argv[2] == "nq" else ox.RdfFormat.N_TRIPLES
        try:
            data = ox.serialize(ox.parse(path=sys.argv[1], format=fmt), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as error:
            print(error, file=sys.stderr)
            sys.exit(3)
        sys.stdout.buffer.write(data)
        """

    /// The statements Oxigraph reads from `file` (as our canonical lines), or nil when it rejects the file.
    static func statements(of file: URL, nquads: Bool) throws -> Set<String>? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, file.path, nquads ? "nq" : "nt"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 { return nil }
        guard process.terminationStatus == 0 else {
            Issue.record("pyoxigraph failed (\(python)); install it with `.venv/bin/pip install pyoxigraph` or set KHESHT_VENV: \(message)")
            throw CocoaError(.executableLoad)
        }
        let quads = try NQuadsParser().parse(document: String(decoding: data, as: UTF8.self))
        return Set(quads.map(\.description))
    }
}
