import Foundation
import KheshtGraph

/// Scores the extractor on every annotated file of a corpus folder (`data/` with `gold/*.json` inside) and
/// renders the table the issue notes quote.
public struct CorpusEvaluation {
    public let files: [FileScore]

    public var entities: Tally { files.reduce(into: Tally()) { $0 += $1.entities } }
    public var facts: Tally { files.reduce(into: Tally()) { $0 += $1.facts } }
    public var factsByKind: [String: Tally] {
        files.reduce(into: [:]) { result, file in
            for (kind, tally) in file.factsByKind { result[kind, default: Tally()] += tally }
        }
    }
    public var datesChecked: Int { files.reduce(0) { $0 + $1.datesChecked } }
    public var datesCorrect: Int { files.reduce(0) { $0 + $1.datesCorrect } }
    public var dateAccuracy: Double { datesChecked == 0 ? 0 : Double(datesCorrect) / Double(datesChecked) }

    /// Reads `dataFolder/gold/*.json`, extracts each annotated file and scores it.
    public init(dataFolder: URL, extractor: Extractor, reader: ArticleReader = ArticleReader()) throws {
        let goldFolder = dataFolder.appendingPathComponent("gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        var files: [FileScore] = []
        for name in names {
            let gold = try GoldStandard.load(from: goldFolder.appendingPathComponent(name))
            let articles = try reader.read(contentsOf: dataFolder.appendingPathComponent(gold.file))
            let quads = articles.flatMap { extractor.extract($0).quads }
            files.append(ExtractionScorer().score(gold: gold, quads: quads))
        }
        self.files = files
    }

    /// A plain-text report: one line per file, one per fact kind, the totals; with `details`, every miss.
    public func report(details: Bool = false) -> String {
        func pct(_ value: Double) -> String { String(format: "%.2f", value) }
        var out = ""
        for file in files {
            out += "\(file.file.padding(toLength: 44, withPad: " ", startingAt: 0)) entities P \(pct(file.entities.precision)) "
                + "R \(pct(file.entities.recall)) F1 \(pct(file.entities.f1)) | facts P \(pct(file.facts.precision)) "
                + "R \(pct(file.facts.recall)) F1 \(pct(file.facts.f1))\n"
            if details {
                for line in file.missedEntities { out += "    missed entity   \(line)\n" }
                for line in file.spuriousEntities { out += "    spurious entity \(line)\n" }
                for line in file.missedFacts { out += "    missed fact     \(line)\n" }
                for line in file.spuriousFacts { out += "    spurious fact   \(line)\n" }
            }
        }
        for (kind, tally) in factsByKind.sorted(by: { $0.key < $1.key }) {
            out += "  \(kind.padding(toLength: 13, withPad: " ", startingAt: 0)) tp \(tally.truePositives) fp \(tally.falsePositives) "
                + "fn \(tally.falseNegatives)  P \(pct(tally.precision)) R \(pct(tally.recall)) F1 \(pct(tally.f1))\n"
        }
        out += "TOTAL entities P \(pct(entities.precision)) R \(pct(entities.recall)) F1 \(pct(entities.f1)) | facts P "
            + "\(pct(facts.precision)) R \(pct(facts.recall)) F1 \(pct(facts.f1)) | dates \(datesCorrect)/\(datesChecked) = "
            + "\(pct(dateAccuracy))\n"
        return out
    }
}
