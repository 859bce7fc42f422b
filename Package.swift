// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Khesht",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "khesht", targets: ["khesht"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: System libraries

        // libxml2: the HTML/XML parser behind the article readers and the xmlTextWriter behind RDF/XML export.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libedit: line editing, history and completion for the REPL.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // MARK: Libraries (dependencies flow downwards only)

        // RDF terms, triples, quads, vocabulary constants, and the N-Triples/N-Quads syntax.
        .target(name: "KheshtGraph"),
        // Persian/English normalization, sentences, tokens, numbers, the Jalali calendar, temporal expressions.
        .target(name: "KheshtText"),
        // The GraphStore protocol with an in-memory store and the embedded SQLite store (GRDB).
        .target(name: "KheshtStore", dependencies: [
            "KheshtGraph", "KheshtText", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Article readers, gazetteer and rules from schema/, mention finding, entity resolution, facts with provenance.
        .target(name: "KheshtIngest", dependencies: ["KheshtGraph", "KheshtText", "CLibXML2"]),
        // The query language: lexer, parser, binder, planner, evaluator over GraphStore, SPARQL generation.
        .target(name: "KheshtQuery", dependencies: ["KheshtGraph", "KheshtText", "KheshtStore"]),
        // RDF/XML (libxml2 text writer), N-Triples, N-Quads and Turtle writers.
        .target(name: "KheshtExport", dependencies: ["KheshtGraph", "CLibXML2"]),
        // Timelines of dated events rendered as text, TimelineJS JSON, HTML and SVG.
        .target(name: "KheshtTimeline", dependencies: ["KheshtGraph", "KheshtText", "KheshtStore"]),
        // The interactive shell: line reader, meta-commands, completion, result rendering.
        .target(name: "KheshtREPL", dependencies: [
            "KheshtQuery", "KheshtTimeline", "KheshtExport", "KheshtStore", "KheshtText", "CEditLine",
        ]),

        // The knowledge base kept in any SPARQL 1.1 server: Protocol and Graph Store Protocol client, remote GraphStore, sync.
        .target(name: "KheshtRemote", dependencies: ["KheshtGraph", "KheshtStore", "KheshtQuery", "KheshtText"]),

        // Helpers shared by the test targets: locating the package root, the venv and external validators.
        .target(name: "KheshtTestSupport"),

        // MARK: Executable

        // The `khesht` command: argument parsing and wiring only.
        .executableTarget(name: "khesht", dependencies: [
            "KheshtGraph", "KheshtText", "KheshtStore", "KheshtIngest", "KheshtQuery",
            "KheshtExport", "KheshtTimeline", "KheshtREPL", "KheshtRemote",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: Tests

        .testTarget(name: "KheshtGraphTests", dependencies: ["KheshtGraph", "KheshtTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "KheshtTextTests", dependencies: ["KheshtText"], exclude: ["Fixtures"]),
        .testTarget(name: "KheshtStoreTests", dependencies: ["KheshtStore", "KheshtGraph"]),
        .testTarget(name: "KheshtIngestTests", dependencies: ["KheshtIngest", "KheshtStore", "KheshtGraph", "KheshtTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "KheshtQueryTests", dependencies: ["KheshtQuery", "KheshtStore", "KheshtIngest"], exclude: ["Fixtures"]),
        .testTarget(name: "KheshtExportTests", dependencies: ["KheshtExport", "KheshtGraph", "KheshtTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "KheshtTimelineTests", dependencies: [
            "KheshtTimeline", "KheshtStore", "KheshtGraph", "KheshtText", "KheshtIngest", "KheshtTestSupport",
        ], exclude: ["Fixtures"]),
        .testTarget(name: "KheshtREPLTests", dependencies: ["KheshtREPL", "KheshtQuery", "KheshtStore", "KheshtGraph", "KheshtText"]),
        // End-to-end: runs the built `khesht` binary as a user would (crash safety, bad input, REPL via a pty).
        .testTarget(name: "KheshtEndToEndTests", dependencies: ["khesht", "KheshtTestSupport", "KheshtRemote"]),
        .testTarget(name: "KheshtRemoteTests", dependencies: [
            "KheshtRemote", "KheshtQuery", "KheshtStore", "KheshtGraph", "KheshtIngest", "KheshtTestSupport",
        ]),
    ]
)
