import Foundation
import KheshtTestSupport

/// Paths and external checks shared by the timeline tests.
enum TimelineTestSupport {
    static var fixtures: URL {
        ExternalTool.packageRoot.appendingPathComponent("Tests/KheshtTimelineTests/Fixtures")
    }

    struct MissingPython: Error, CustomStringConvertible {
        let venv: String
        var description: String { "python not found in \(venv) (set KHESHT_VENV, or create it and pip install jsonschema jdatetime)" }
    }

    /// A fresh temporary file holding `text`.
    static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("khesht-timeline-\(UUID().uuidString)\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs a fixture Python script with the project venv's python; throws (fails the test) when it is missing.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let python = ExternalTool.venv.appendingPathComponent("bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw MissingPython(venv: ExternalTool.venv.path)
        }
        let output = try ExternalTool.run(python, [fixtures.appendingPathComponent(script).path] + arguments)
        return String(decoding: output.stdout, as: UTF8.self)
    }

    /// Runs an inline Python program in the venv and returns its stdout.
    static func pythonInline(_ program: String) throws -> String {
        let python = ExternalTool.venv.appendingPathComponent("bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw MissingPython(venv: ExternalTool.venv.path)
        }
        return String(decoding: try ExternalTool.run(python, ["-c", program]).stdout, as: UTF8.self)
    }

    /// The strict XML summary of a file (see Fixtures/xml_summary.py).
    struct XMLSummary: Decodable {
        let root: String
        let count: [String: Int]
        let text: String
        let attrs: [Attribute]

        struct Attribute: Decodable {
            let tag: String
            let values: [String: String]
            init(from decoder: Decoder) throws {
                var container = try decoder.unkeyedContainer()
                tag = try container.decode(String.self)
                values = try container.decode([String: String].self)
            }
        }

        func elements(_ tag: String) -> [[String: String]] { attrs.filter { $0.tag == tag }.map(\.values) }
    }

    static func xmlSummary(of text: String, suffix: String) throws -> XMLSummary {
        let file = try temporaryFile(text, suffix: suffix)
        defer { try? FileManager.default.removeItem(at: file) }
        let json = try python("xml_summary.py", [file.path])
        return try JSONDecoder().decode(XMLSummary.self, from: Data(json.utf8))
    }
}
