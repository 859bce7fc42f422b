import Foundation
import Testing
@testable import KheshtIngest

@Suite("Reading: bytes, encodings, formats and refusals")
struct ReadingDecodingTests {
    private let persian = "تهران میزبان جایزه شد\n\nبه گزارش تابناک، آیین جایزه جهانی خشت طلایی در تهران برگزار شد و شهرداران آمدند."

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try ArticleReader().decode(bytes: Array(persian.utf8), path: "a.txt")
        let marked = try ArticleReader().decode(bytes: [0xEF, 0xBB, 0xBF] + Array(persian.utf8), path: "b.txt")
        #expect(plain.text == persian)
        #expect(marked.text == persian)
        #expect(marked.encoding == "UTF-8")
    }

    @Test func utf16BothByteOrdersWithBOM() throws {
        let units = Array(persian.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decodedLittle = try ArticleReader().decode(bytes: little, path: "le.txt")
        let decodedBig = try ArticleReader().decode(bytes: big, path: "be.txt")
        #expect(decodedLittle.text == persian && decodedLittle.encoding == "UTF-16LE")
        #expect(decodedBig.text == persian && decodedBig.encoding == "UTF-16BE")
        let article = try #require(try ArticleReader().read(bytes: little, path: "le.txt").first)
        #expect(article.title == "تهران میزبان جایزه شد")
        #expect(article.outlet == "تابناک")
    }

    @Test func utf16WithoutBOMIsRecognisedByItsNULPattern() throws {
        let text = "Plain English text saved as UTF-16 without a byte-order mark."
        let little: [UInt8] = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try ArticleReader().decode(bytes: little, path: "u.txt").text == text)
    }

    @Test func windows1256FileIsDecoded() throws {
        let url = ReadingFixtures.url("irna_cp1256.txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really not UTF-8
        let decoded = try ArticleReader().decode(bytes: bytes, path: url.path)
        #expect(decoded.encoding == "windows-1256")
        let article = try #require(try ArticleReader().read(contentsOf: url).first)
        #expect(article.title == "تهران ميزبان جايزه خشت طلايي شد")
        #expect(article.newsCode == "12345")
        #expect(article.published?.jalali == CalendarDay(year: 1398, month: 8, day: 12))
        #expect(article.outlet == "ایرنا")
        #expect(article.language == .persian)
    }

    /// Encodes text as Windows-1256 with the decoder's own table, as an old Persian site would have saved it.
    private func windows1256Bytes(_ text: String) throws -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (offset, value) in Windows1256.upperHalf.enumerated() { reverse[UInt32(value)] = UInt8(0x80 + offset) }
        return try text.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt8(scalar.value) }
            return try #require(reverse[scalar.value], "no cp1256 byte for \(scalar)")
        }
    }

    @Test func windows1256FeedAndPageWhoseDeclarationsNameTheirEncoding() throws {
        let feed = """
        <?xml version="1.0" encoding="windows-1256"?>
        <rss version="2.0"><channel><title>ايرنا</title><item><title>جايزه خشت طلايي</title>
        <description>آيين جايزه در تهران برگزار شد.</description></item></channel></rss>
        """
        let items = try ArticleReader().read(bytes: try windows1256Bytes(feed), path: "old.xml")
        #expect(items.map(\.title) == ["جايزه خشت طلايي"])
        #expect(items.first?.paragraphs == ["آيين جايزه در تهران برگزار شد."])

        let page = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
        <body><h1>جايزه خشت طلايي</h1><p>آيين جايزه جهاني خشت طلايي در تهران برگزار شد و شهرداران آمدند.</p></body></html>
        """
        let article = try #require(try ArticleReader().read(bytes: try windows1256Bytes(page), path: "old.html").first)
        #expect(article.title == "جايزه خشت طلايي")
        #expect(article.paragraphs == ["آيين جايزه جهاني خشت طلايي در تهران برگزار شد و شهرداران آمدند."])
    }

    @Test func utf16FeedDeclaringUTF16() throws {
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><item><title>خبر</title></item></channel></rss>"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(feed.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let items = try ArticleReader().read(bytes: bytes, path: "u16.xml")
        #expect(items.map(\.title) == ["خبر"])
    }

    @Test func windows1256TableRoundTripsTheLetters() {
        // ا ب پ ت ... in cp1256: 0xC7 alef, 0xC8 beh, 0x81 peh, 0xCA teh, 0x98 keheh, 0x90 gaf, 0xED Arabic yeh.
        #expect(Windows1256.decode([0xC7, 0xC8, 0x81, 0xCA, 0x98, 0x90, 0xED, 0x20, 0x41]) == "ابپتکگي A")
    }

    @Test func latin1TextIsAnInvalidEncodingNamingTheByte() {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait, na\u{00EF}ve".utf8)
        #expect(throws: ReadError.invalidEncoding(path: "latin1.txt", offset: 3)) {
            try ArticleReader().read(bytes: bytes, path: "latin1.txt")
        }
    }

    @Test func emptyAndBlankFilesAreRefused() {
        #expect(throws: ReadError.emptyFile(path: "e.txt")) { try ArticleReader().read(bytes: [], path: "e.txt") }
        #expect(throws: ReadError.emptyFile(path: "w.txt")) {
            try ArticleReader().read(bytes: [0xEF, 0xBB, 0xBF, 0x20, 0x0A], path: "w.txt")
        }
    }

    @Test func binaryFileIsRefused() throws {
        let directory = try ReadingFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("picture.txt")
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        bytes += (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        try Data(bytes).write(to: url)
        do {
            _ = try ArticleReader().read(contentsOf: url)
            Issue.record("a binary file was read")
        } catch {
            guard case .binaryFile(let path, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(path == url.path)
            #expect(error.description.contains("picture.txt"))
        }
    }

    @Test func fileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let directory = try ReadingFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("a".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1024 * 1024)  // sparse: nothing is written
        try handle.close()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: ReadError.tooLarge(path: url.path, size: 50 * 1024 * 1024, limit: 20 * 1024 * 1024)) {
            try ArticleReader().read(contentsOf: url)
        }
        #expect(clock.now - start < .seconds(1))
        #expect(ReadError.tooLarge(path: "huge.txt", size: 52_428_800, limit: 20_971_520).description
            .contains("20 MB"))
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: ReadError.unreadable(path: "/nonexistent/k.txt", reason: "no such file")) {
            try ArticleReader().read(contentsOf: URL(fileURLWithPath: "/nonexistent/k.txt"))
        }
    }

    @Test func formatIsDetectedFromContentNotExtension() {
        #expect(ArticleFormat.detect("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", pathExtension: "txt") == .feed)
        #expect(ArticleFormat.detect("  <feed xmlns=\"http://www.w3.org/2005/Atom\">", pathExtension: "html") == .feed)
        #expect(ArticleFormat.detect("<!DOCTYPE html><html><body>", pathExtension: "xml") == .html)
        #expect(ArticleFormat.detect("Title\n\n<p>Body</p>", pathExtension: "txt") == .html)
        #expect(ArticleFormat.detect("عنوان\n\nمتن خبر با علامت < و > در آن", pathExtension: "html") == .plainText)
    }
}
