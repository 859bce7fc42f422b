import KheshtGraph

/// Streams triples as canonical N-Triples (one `Triple.description` line each) into an `OutputSink`.
///
/// A blank node label with no N-Triples spelling is refused with `NQuadsSerializer.Failure.unwritableBlankNode`.
public final class NTriplesWriter {
    private var stream: SinkTextStream
    private let serializer = NQuadsSerializer(includeGraphs: false)

    public init(sink: OutputSink) { stream = SinkTextStream(sink: sink) }

    public func write(_ triple: Triple) throws {
        try serializer.write(triple, to: &stream)
        try stream.sendIfFull()
    }

    public func write<S: Sequence>(contentsOf triples: S) throws where S.Element == Triple {
        for triple in triples { try write(triple) }
    }

    /// Sends what is buffered and flushes the sink.
    public func finish() throws {
        try stream.send()
        try stream.sink.flush()
    }
}

/// Streams quads as canonical N-Quads (one `Quad.description` line each) into an `OutputSink`: the format that
/// keeps each article's named graph, which RDF/XML cannot.
public final class NQuadsWriter {
    private var stream: SinkTextStream
    private let serializer = NQuadsSerializer(includeGraphs: true)

    public init(sink: OutputSink) { stream = SinkTextStream(sink: sink) }

    public func write(_ quad: Quad) throws {
        try serializer.write(quad, to: &stream)
        try stream.sendIfFull()
    }

    public func write<S: Sequence>(contentsOf quads: S) throws where S.Element == Quad {
        for quad in quads { try write(quad) }
    }

    public func finish() throws {
        try stream.send()
        try stream.sink.flush()
    }
}
