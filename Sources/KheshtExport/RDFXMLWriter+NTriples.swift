#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KheshtGraph

extension RDFXMLWriter {
    /// Streams an N-Triples file into an RDF/XML document, with memory use independent of the file size
    /// (what `khesht export --format rdfxml --from-ntriples FILE -o OUT` runs).
    ///
    /// The document is written to `OUT.partial` and renamed to `OUT` only when complete, so a refused triple or a
    /// bad input line never leaves a truncated, ill-formed RDF/XML file behind.
    ///
    /// - Parameters:
    ///   - inputPath: an N-Triples file (a line with a graph term is a syntax error).
    ///   - outputPath: the RDF/XML file to create or replace; `-` writes to standard output (where a failure leaves
    ///     what was already written).
    /// - Returns: the number of triples written.
    /// - Throws: `SyntaxError` (with file, line and column) for bad input, `FileAccessError` when the input cannot
    ///   be read, `ExportError` when a triple cannot be written as RDF/XML or the output fails.
    @discardableResult
    public static func convertNTriples(inputPath: String, outputPath: String,
                                       namespaces: [Namespace] = Namespace.all,
                                       options: Options = []) throws -> Int {
        if outputPath == "-" {
            return try convertNTriples(inputPath: inputPath, sink: try FileSink.standardOutput(),
                                       namespaces: namespaces, options: options)
        }
        let partial = outputPath + ".partial"
        do {
            let count = try convertNTriples(inputPath: inputPath, sink: try FileSink(path: partial),
                                            namespaces: namespaces, options: options)
            guard rename(partial, outputPath) == 0 else {
                throw ExportError.output("cannot move \(partial) to \(outputPath): \(String(cString: strerror(errno)))")
            }
            return count
        } catch {
            unlink(partial)
            throw error
        }
    }

    /// Triples handed over at a time by `convertNTriples`'s parsing thread.
    static let pipelineBatchSize = 1024

    /// Streams an N-Triples file as RDF/XML into `sink`; returns the number of triples written.
    ///
    /// Two threads (`BatchPipeline`): one parses lines and checks and names each triple (`RDFXMLTripleChecker`),
    /// the calling one only groups them by subject and drives libxml2's `xmlTextWriter`. The output is the same
    /// bytes as writing the triples one by one with `write(_:)`: the checker names generated prefixes in file
    /// order, as the writer's own would. An error (a syntax error, a triple RDF/XML cannot carry) reaches this
    /// thread after every triple before it was written, as on one thread.
    ///
    /// The parsing thread fills arrays of `pipelineBatchSize` triples itself and hands over whole arrays: the
    /// pipeline is generic and compiled in another module, and going through it per triple cost a generic copy and
    /// destroy of each (value witnesses, metadata look-ups) — a fifth more CPU than the conversion on one thread.
    @discardableResult
    public static func convertNTriples(inputPath: String, sink: OutputSink, namespaces: [Namespace] = Namespace.all,
                                       options: Options = []) throws -> Int {
        let writer = try RDFXMLWriter(sink: sink, namespaces: namespaces, options: options)
        var count = 0
        var subject: Term?
        try BatchPipeline<[CheckedTriple]>.run(batchSize: 1, produce: { emit in
            var checker = RDFXMLTripleChecker(namespaces: namespaces, options: options)
            var lastSubject: Term?
            var batch: [CheckedTriple] = []
            batch.reserveCapacity(pipelineBatchSize)
            try NQuadsFileReader(path: inputPath, allowGraphs: false).forEachQuad { quad in
                let triple = quad.triple
                let property = try checker.check(triple)
                let changed = triple.subject != lastSubject
                if changed { lastSubject = triple.subject }
                batch.append(CheckedTriple(newSubject: changed ? triple.subject : nil, property: property))
                if batch.count == pipelineBatchSize {
                    try emit(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try emit(batch) }
        }, consume: { batch in
            for checked in batch {
                if let newSubject = checked.newSubject { subject = newSubject }
                guard let subject else { preconditionFailure("the first triple always names its subject") }
                try writer.write(checked.property, of: subject)
            }
            count += batch.count
        })
        try writer.finish()
        return count
    }
}

/// A triple as the parsing thread hands it to the writing thread: its checked property element, and its subject
/// when it differs from the previous triple's. Consecutive triples mostly share a subject, and handing the same
/// string over again would make both threads count references on one object, bouncing it between the cores.
struct CheckedTriple {
    let newSubject: Term?
    let property: RDFXMLTripleChecker.Property
}
