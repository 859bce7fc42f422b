import KheshtGraph

extension RDFXMLWriter {
    /// Streams an N-Triples file into an RDF/XML document, with memory use independent of the file size
    /// (what `khesht export --format rdfxml --from-ntriples FILE -o OUT` runs).
    ///
    /// - Parameters:
    ///   - inputPath: an N-Triples file (a line with a graph term is a syntax error).
    ///   - outputPath: the RDF/XML file to create or replace; `-` writes to standard output.
    /// - Returns: the number of triples written.
    /// - Throws: `SyntaxError` (with file, line and column) for bad input, `FileAccessError` when the input cannot
    ///   be read, `ExportError` when a triple cannot be written as RDF/XML or the output fails.
    @discardableResult
    public static func convertNTriples(inputPath: String, outputPath: String,
                                       namespaces: [Namespace] = Namespace.all,
                                       options: Options = []) throws -> Int {
        let sink = outputPath == "-" ? try FileSink.standardOutput() : try FileSink(path: outputPath)
        let writer = try RDFXMLWriter(sink: sink, namespaces: namespaces, options: options)
        var count = 0
        try NQuadsFileReader(path: inputPath, allowGraphs: false).forEachQuad { quad in
            try writer.write(quad.triple)
            count += 1
        }
        try writer.finish()
        return count
    }
}
