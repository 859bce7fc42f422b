#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a writer sends its bytes, chunk by chunk, so exporting a large graph never holds the document in memory.
public protocol OutputSink: AnyObject {
    /// Takes the next chunk of the document. Throwing stops the writer, which reports `ExportError.output`.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Flushes buffered bytes to their destination.
    func flush() throws
}

extension OutputSink {
    /// Writes a string's UTF-8 bytes.
    func write(_ text: String) throws {
        var copy = text
        try copy.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// Collects the document in memory: for tests, small graphs and the REPL.
public final class MemorySink: OutputSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ chunk: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: chunk) }
    public func flush() throws {}

    /// The document decoded as UTF-8 (writers emit only UTF-8).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes to a file (or standard output) through C stdio, which buffers the small chunks writers produce.
///
/// The stdio buffer is `bufferSize` bytes instead of the default 4 KiB: libxml2 hands over ~4 KB chunks, which a
/// default buffer would turn into one write(2) each (23,000 system calls for a 90 MB document instead of ~90).
public final class FileSink: OutputSink {
    /// Bytes collected before each write(2).
    public static let bufferSize = 1 << 20

    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private let ownsFile: Bool
    private let buffer: UnsafeMutablePointer<CChar>

    /// Creates (or truncates) the file at `path`.
    ///
    /// - Throws: `ExportError.output` naming the path and the system's reason when it cannot be opened.
    public init(path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw ExportError.output("cannot open \(path) for writing: \(String(cString: strerror(errno)))")
        }
        self.file = file
        self.path = path
        self.ownsFile = true
        self.buffer = FileSink.installBuffer(on: file)
    }

    /// Gives `file` a buffer of `bufferSize` bytes owned by the sink (glibc ignores the size when it allocates).
    private static func installBuffer(on file: UnsafeMutablePointer<FILE>) -> UnsafeMutablePointer<CChar> {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bufferSize)
        setvbuf(file, buffer, _IOFBF, bufferSize)
        return buffer
    }

    /// A sink on standard output (file descriptor 1, left open when the sink goes away).
    ///
    /// - Throws: `ExportError.output` when descriptor 1 cannot be used.
    public static func standardOutput() throws -> FileSink {
        guard let file = fdopen(1, "wb") else {
            throw ExportError.output("cannot write to standard output: \(String(cString: strerror(errno)))")
        }
        return FileSink(file: file, path: "standard output", ownsFile: false)
    }

    private init(file: UnsafeMutablePointer<FILE>, path: String, ownsFile: Bool) {
        self.file = file
        self.path = path
        self.ownsFile = ownsFile
        self.buffer = FileSink.installBuffer(on: file)
    }

    public func write(_ chunk: UnsafeRawBufferPointer) throws {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        if fwrite(base, 1, chunk.count, file) != chunk.count {
            throw ExportError.output("cannot write to \(path): \(String(cString: strerror(errno)))")
        }
    }

    public func flush() throws {
        if fflush(file) != 0 {
            throw ExportError.output("cannot write to \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if ownsFile {
            fclose(file)
        } else {
            fflush(file)
            // The stream outlives the sink: detach our buffer before it is freed (unbuffered from here on; glibc
            // would keep using a user buffer when asked for a full-buffered stdio one).
            setvbuf(file, nil, _IONBF, 0)
        }
        buffer.deallocate()
    }
}
