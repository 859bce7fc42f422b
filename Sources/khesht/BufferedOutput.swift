import Foundation

/// Standard output or a file, written in large chunks with `fwrite`.
final class BufferedOutput {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String?

    /// - Parameter path: nil for standard output.
    init(path: String?) throws {
        self.path = path
        if let path {
            guard let file = fopen(path, "wb") else {
                throw OutputError(path: path, reason: String(cString: strerror(errno)))
            }
            self.file = file
        } else {
            guard let standardOutput = fdopen(STDOUT_FILENO, "wb") else {
                throw OutputError(path: "standard output", reason: String(cString: strerror(errno)))
            }
            file = standardOutput
        }
    }

    func write(_ text: String) throws {
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != text.utf8.count {
            throw OutputError(path: path ?? "standard output", reason: String(cString: strerror(errno)))
        }
    }

    func close() throws {
        if fflush(file) != 0 { throw OutputError(path: path ?? "standard output", reason: String(cString: strerror(errno))) }
        if path != nil { fclose(file) }
    }
}

/// A failed write, naming where to.
struct OutputError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "\(path): cannot write: \(reason)" }
}
