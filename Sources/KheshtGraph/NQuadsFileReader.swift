#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the statements of an N-Triples or N-Quads file in fixed-size chunks, so memory use does not grow with
/// the file (a dump of millions of lines is read with one buffer the size of `chunkSize` or the longest line).
///
/// This is KheshtGraph's only I/O; it uses the C library directly because the target avoids Foundation.
///
/// ```swift
/// let reader = NQuadsFileReader(path: "dump.nq")
/// try reader.forEachQuad { quad in store.insert(quad) }
/// ```
public struct NQuadsFileReader: Sendable {
    public let path: String
    public let parser: NQuadsParser
    /// Bytes read per call to the C library; lines longer than this grow the buffer.
    public var chunkSize: Int

    /// - Parameter allowGraphs: nil picks from the extension: `.nt` means N-Triples, anything else N-Quads.
    public init(path: String, allowGraphs: Bool? = nil, chunkSize: Int = 1 << 20) {
        self.path = path
        self.parser = NQuadsParser(allowGraphs: allowGraphs ?? !path.lowercased().hasSuffix(".nt"))
        self.chunkSize = max(chunkSize, 16)
    }

    /// Calls `body` with each statement, in file order.
    ///
    /// - Throws: `SyntaxError` carrying `path` as its file, `FileAccessError` when the file cannot be read, or
    ///   whatever `body` throws.
    public func forEachQuad(_ body: (Quad) throws -> Void) throws {
        guard let file = fopen(path, "rb") else { throw FileAccessError(path: path, errorNumber: errno) }
        defer { fclose(file) }

        var capacity = chunkSize
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var lineNumber = 0
        let recent = RecentIRIs()

        func parseLines(isFinal: Bool) throws -> Int {
            try NQuadsLineSplitter.forEachLine(in: UnsafeBufferPointer(start: buffer, count: filled), isFinal: isFinal) { line in
                lineNumber += 1
                let quad: Quad?
                do throws(SyntaxError) {
                    quad = try parser.parse(bytes: line, lineNumber: lineNumber, recent: recent)
                } catch {
                    throw error.in(file: path)
                }
                if let quad { try body(quad) }
            }
        }

        while true {
            if filled == capacity {
                // One line fills the buffer: grow it rather than split a statement.
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: buffer, count: filled)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let read = fread(buffer + filled, 1, capacity - filled, file)
            if read == 0 {
                if ferror(file) != 0 { throw FileAccessError(path: path, errorNumber: errno) }
                _ = try parseLines(isFinal: true)
                return
            }
            filled += read
            let consumed = try parseLines(isFinal: false)
            let rest = filled - consumed
            if consumed > 0 && rest > 0 { memmove(buffer, buffer + consumed, rest) }
            filled = rest
        }
    }

    /// Reads every statement into memory. For large files prefer `forEachQuad`.
    public func readAll() throws -> [Quad] {
        var quads: [Quad] = []
        try forEachQuad { quads.append($0) }
        return quads
    }
}

/// A file that could not be opened or read, with the operating system's reason.
public struct FileAccessError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errorNumber: Int32) {
        self.init(path: path, reason: String(cString: strerror(errorNumber)))
    }

    public var description: String { "\(path): cannot read the file: \(reason)" }
}
