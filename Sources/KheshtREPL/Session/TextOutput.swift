#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session writes: results to one stream, errors to another.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
}

/// Standard output or standard error, written straight to the file descriptor (no buffer to flush), so
/// prompts, results and errors interleave in the order they happen.
public final class StandardStream: TextOutput, @unchecked Sendable {
    private let descriptor: Int32

    public static let output = StandardStream(descriptor: 1)
    public static let error = StandardStream(descriptor: 2)

    init(descriptor: Int32) { self.descriptor = descriptor }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                #else
                let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// True when the stream is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// Collects everything written, for tests and for `khesht query` into a string.
public final class CapturedOutput: TextOutput {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}
