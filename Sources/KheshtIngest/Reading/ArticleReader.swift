import Foundation

/// The front door for article files: checks the size, decodes the bytes, tells the format from the content and
/// hands the text to the plain-text, HTML or feed reader.
///
/// ```swift
/// let articles = try ArticleReader().read(contentsOf: URL(fileURLWithPath: "data/articles/000_tabnak_793790.txt"))
/// ```
public struct ArticleReader: Sendable {
    /// Files above this size are refused: a news article or feed is far smaller, and reading a huge file whole
    /// would only waste memory.
    public static let defaultMaximumFileSize = 20 * 1024 * 1024

    public let maximumFileSize: Int

    public init(maximumFileSize: Int = ArticleReader.defaultMaximumFileSize) {
        self.maximumFileSize = maximumFileSize
    }

    /// The articles in the file at `url` (one for text and HTML, one per item for feeds).
    public func read(contentsOf url: URL) throws(ReadError) -> [Article] {
        let path = url.path
        var size = 0
        do {
            // One lstat (what attributesOfItem does too) instead of Foundation's attribute dictionary, which also
            // looks up the owner's user and group names: that was 3% of ingest. Failures still go through
            // FileManager, so the messages stay the same.
            var status = stat()
            if lstat(path, &status) == 0 {
                size = Int(status.st_size)
            } else {
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            }
        } catch {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path)
                ? error.localizedDescription : "no such file")
        }
        guard size <= maximumFileSize else { throw .tooLarge(path: path, size: size, limit: maximumFileSize) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try read(bytes: [UInt8](data), path: path)
    }

    /// The articles in `bytes`; `path` names the source (it need not exist) and its extension breaks format ties.
    public func read(bytes: [UInt8], path: String) throws(ReadError) -> [Article] {
        guard bytes.count <= maximumFileSize else {
            throw .tooLarge(path: path, size: bytes.count, limit: maximumFileSize)
        }
        let text = try decode(bytes: bytes, path: path).text
        guard text.contains(where: { !$0.isWhitespace }) else { throw .emptyFile(path: path) }
        let pathExtension = (path as NSString).pathExtension
        switch ArticleFormat.detect(text, pathExtension: pathExtension) {
        case .feed:
            return try FeedArticleReader().read(text, path: path)
        case .html:
            return [try HTMLArticleReader().read(text, path: path)]
        case .plainText:
            return [PlainTextArticleReader().read(text, path: path)]
        }
    }

    /// The text of `bytes` and the encoding it was found in ("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256").
    public func decode(bytes: [UInt8], path: String) throws(ReadError) -> (text: String, encoding: String) {
        guard !bytes.isEmpty else { throw .emptyFile(path: path) }
        let decoded = try ArticleTextDecoder.decode(bytes, path: path)
        return (decoded.text, decoded.encoding.rawValue)
    }
}
