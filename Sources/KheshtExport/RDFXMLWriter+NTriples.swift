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

    /// Streams an N-Triples file as RDF/XML into `sink`; returns the number of triples written.
    ///
    /// Two threads share the work: one parses the file and checks and names each triple (`RDFXMLTriplePreparer`),
    /// the other groups them and drives libxml2. At most a few batches of triples wait between the two, so memory
    /// stays flat; the first error of either side stops both and is thrown.
    @discardableResult
    public static func convertNTriples(inputPath: String, sink: OutputSink, namespaces: [Namespace] = Namespace.all,
                                       options: Options = []) throws -> Int {
        let writer = try RDFXMLWriter(sink: sink, namespaces: namespaces, options: options)
        var count = 0
        try BatchPipeline<(subject: Term, property: RDFXMLProperty)>.run(produce: { emit in
            var preparer = RDFXMLTriplePreparer(namespaces: namespaces, options: options)
            try NQuadsFileReader(path: inputPath, allowGraphs: false).forEachQuad { quad in
                let triple = quad.triple
                try emit((triple.subject, try preparer.prepare(triple)))
            }
        }, consume: { item in
            try writer.append(subject: item.subject, item.property)
            count += 1
        })
        try writer.finish()
        return count
    }
}
