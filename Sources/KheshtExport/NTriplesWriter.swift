import KheshtGraph

/// Streams quads as canonical N-Quads (one `Quad.description` line each) into an `OutputSink`: the format that
/// keeps each article's named graph, which RDF/XML cannot. Without graphs it writes N-Triples (`NTriplesWriter`).
///
/// A blank node label with no N-Triples spelling is refused with `NQuadsSerializer.Failure.unwritableBlankNode`.
public final class NQuadsWriter {
    private var stream: SinkTextStream
    private let serializer: NQuadsSerializer

    public convenience init(sink: OutputSink) { self.init(sink: sink, includeGraphs: true) }

    init(sink: OutputSink, includeGraphs: Bool) {
        stream = SinkTextStream(sink: sink)
        serializer = NQuadsSerializer(includeGraphs: includeGraphs)
    }

    public func write(_ quad: Quad) throws {
        try serializer.write(quad, to: &stream)
        try stream.sendIfFull()
    }

    public func write<S: Sequence>(contentsOf quads: S) throws where S.Element == Quad {
        for quad in quads { try write(quad) }
    }

    /// Sends what is buffered and flushes the sink.
    public func finish() throws {
        try stream.send()
        try stream.sink.flush()
    }
}

/// Streams triples as canonical N-Triples (one `Triple.description` line each): an `NQuadsWriter` that writes no
/// graph names.
public final class NTriplesWriter {
    private let lines: NQuadsWriter

    public init(sink: OutputSink) { lines = NQuadsWriter(sink: sink, includeGraphs: false) }

    public func write(_ triple: Triple) throws { try lines.write(Quad(triple)) }

    public func write<S: Sequence>(contentsOf triples: S) throws where S.Element == Triple {
        for triple in triples { try write(triple) }
    }

    /// Sends what is buffered and flushes the sink.
    public func finish() throws { try lines.finish() }
}
