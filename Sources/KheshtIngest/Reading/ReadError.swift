/// Why an article file could not be read. Every case names the file so a batch run can say which one failed.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no bytes (or only a byte-order mark and whitespace).
    case emptyFile(path: String)
    /// The file contains NUL bytes outside a UTF-16 text: an image, archive or other non-text file.
    case binaryFile(path: String, offset: Int)
    /// The bytes are neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1256 Persian/Arabic text.
    case invalidEncoding(path: String, offset: Int)
    /// The file is larger than the readers accept; reading it whole would waste memory on something that is
    /// not one news article.
    case tooLarge(path: String, size: Int, limit: Int)
    /// An HTML page had no title and no paragraph of text.
    case noArticleFound(path: String)
    /// An XML feed could not be parsed (malformed, or refused for entity tricks).
    case malformedFeed(path: String, line: Int, column: Int, reason: String)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .emptyFile(let path), .binaryFile(let path, _), .invalidEncoding(let path, _),
             .tooLarge(let path, _, _), .noArticleFound(let path), .malformedFeed(let path, _, _, _),
             .unreadable(let path, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case .emptyFile(let path):
            return "\(path): the file is empty; nothing to read"
        case .binaryFile(let path, let offset):
            return "\(path): looks like a binary file (NUL byte at offset \(offset)); expected text, HTML, RSS or Atom"
        case .invalidEncoding(let path, let offset):
            return "\(path): invalid text encoding at byte \(offset); save the file as UTF-8 (UTF-16 with a byte-order "
                + "mark and Windows-1256 are also read)"
        case .tooLarge(let path, let size, let limit):
            return "\(path): the file is \(size) bytes, larger than the \(limit / (1024 * 1024)) MB limit for one "
                + "article or feed; split it into smaller files"
        case .noArticleFound(let path):
            return "\(path): no article found in the HTML page (no title and no paragraph text)"
        case .malformedFeed(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): malformed feed: \(reason)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file: \(reason)"
        }
    }
}
