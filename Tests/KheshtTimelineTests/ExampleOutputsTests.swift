import Foundation
import KheshtTestSupport
import Testing
@testable import KheshtTimeline

/// The four renderings of the sample dataset are kept in `examples/timeline/` and must match what the renderers
/// produce now. Regenerate them deliberately with `KHESHT_WRITE_EXAMPLES=1 swift test --filter ExampleOutputs`.
@Suite("Timeline example outputs")
struct ExampleOutputsTests {
    static var examples: URL { ExternalTool.packageRoot.appendingPathComponent("examples/timeline") }

    /// The sample timeline: every event of the dataset, in Persian.
    static func sampleTimeline(language: TimelineLanguage = .fa) throws -> Timeline {
        try TimelineBuilder(store: GoldenBrickDataset.store(), language: language)
            .build(TimelineSelection(), title: language == .fa ? "خشت طلایی و رویدادهای شهری تهران"
                                                               : "Golden Brick and Tehran city events")
    }

    static func renderings() throws -> [(file: String, text: String)] {
        let fa = try sampleTimeline(language: .fa)
        let en = try sampleTimeline(language: .en)
        return [("golden-brick.en.txt", TimelineFormat.text.render(en))]
            + TimelineFormat.allCases.map { ("golden-brick.\($0 == .text ? "fa." : "")\($0.fileExtension)", $0.render(fa)) }
    }

    @Test("examples/timeline holds exactly what the renderers produce for the sample dataset")
    func examplesAreCurrent() throws {
        let write = ProcessInfo.processInfo.environment["KHESHT_WRITE_EXAMPLES"] == "1"
        if write { try FileManager.default.createDirectory(at: Self.examples, withIntermediateDirectories: true) }
        for (file, text) in try Self.renderings() {
            let url = Self.examples.appendingPathComponent(file)
            if write { try text.write(to: url, atomically: true, encoding: .utf8) }
            let stored = try String(contentsOf: url, encoding: .utf8)
            #expect(stored == text, "\(file) is stale; regenerate with KHESHT_WRITE_EXAMPLES=1")
        }
    }
}
