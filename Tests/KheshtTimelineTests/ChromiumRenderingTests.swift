import Foundation
import KheshtTestSupport
import Testing
@testable import KheshtTimeline

/// The HTML page as a real browser sees it: headless Chromium loads it (no network) and dumps the DOM it built;
/// the screenshot script produces a PNG of the requested size. Both fail when Chromium is missing.
@Suite("Timeline page in Chromium", .serialized)
struct ChromiumRenderingTests {
    @Test("Chromium's DOM of the generated page holds every event, the chart and the sources")
    func domHoldsEvents() throws {
        let timeline = try ExampleOutputsTests.sampleTimeline(language: .fa)
        let page = try TimelineTestSupport.temporaryFile(HTMLTimelineRenderer().render(timeline), suffix: ".html")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-chromium-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: page)
            try? FileManager.default.removeItem(at: profile)
        }
        let chromium = try ExternalTool.locate("chromium")
        let output = try ExternalTool.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            "--dump-dom", page.absoluteString,
        ])
        let dom = String(decoding: output.stdout, as: UTF8.self)
        #expect(dom.contains("<html lang=\"fa\" dir=\"rtl\">"))
        for entry in timeline.entries {
            #expect(dom.contains(MarkupEscaping.escape(entry.title)) || dom.contains(entry.title), "\(entry.title) missing from DOM")
        }
        #expect(dom.components(separatedBy: "<li class=\"event").count - 1 == timeline.entries.count)
        #expect(dom.components(separatedBy: "<g class=\"event").count - 1 == timeline.entries.count)
        #expect(dom.contains("href=\"https://www.tabnak.ir/fa/news/793790\""))
        #expect(dom.contains("۱۱ آبان ۱۳۹۸"))
    }

    @Test("scripts/timeline-screenshot.sh writes a PNG of the window size")
    func screenshotScript() throws {
        let timeline = try ExampleOutputsTests.sampleTimeline(language: .en)
        let page = try TimelineTestSupport.temporaryFile(HTMLTimelineRenderer().render(timeline), suffix: ".html")
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-shot-\(UUID().uuidString).png")
        defer {
            try? FileManager.default.removeItem(at: page)
            try? FileManager.default.removeItem(at: png)
        }
        _ = try ExternalTool.locate("chromium")
        let script = ExternalTool.packageRoot.appendingPathComponent("scripts/timeline-screenshot.sh").path
        try ExternalTool.run("/bin/bash", [script, page.path, png.path, "1200x800"])
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height as big-endian 32-bit integers at bytes 16…23.
        func be32(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1200)
        #expect(be32(20) == 800)
        #expect(data.count > 10_000)  // a blank page compresses to far less
    }
}
