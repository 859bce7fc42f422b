/// Buffers text for an `OutputSink` so line-oriented writers send it in chunks of about 64 KiB, not line by line.
struct SinkTextStream: TextOutputStream {
    let sink: OutputSink
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 16

    init(sink: OutputSink) {
        self.sink = sink
        buffer.reserveCapacity(SinkTextStream.chunk + 1024)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Sends the buffer once it holds a chunk (writers call this between statements, where throwing is allowed).
    mutating func sendIfFull() throws {
        if buffer.count >= SinkTextStream.chunk { try send() }
    }

    mutating func send() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
