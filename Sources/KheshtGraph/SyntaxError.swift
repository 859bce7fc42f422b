/// A syntax error in RDF text, located by line and column so a user can jump to it.
///
/// The description is `line:column: message`; once the source is known (`in(file:)`), it becomes
/// `file:line:column: message`, the form compilers use and editors understand.
public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public let line: Int
    /// 1-based column, counted in Unicode scalars (not bytes), so it matches what an editor shows for Persian text.
    public let column: Int
    /// What went wrong and, where possible, what would have been valid.
    public let message: String
    /// The file (or other source name) the text came from, when known.
    public let file: String?

    public init(line: Int, column: Int, message: String, file: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.file = file
    }

    /// The same error attributed to `file`, for callers that read text whose origin the parser does not know.
    public func `in`(file: String) -> SyntaxError {
        SyntaxError(line: line, column: column, message: message, file: file)
    }

    public var description: String {
        let position = "\(line):\(column): \(message)"
        return file.map { "\($0):\(position)" } ?? position
    }
}
