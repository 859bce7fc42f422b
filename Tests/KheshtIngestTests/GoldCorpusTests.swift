import Foundation
import Testing
import KheshtIngest
import KheshtTestSupport

/// Scores extraction against the hand-annotated corpus in `data/gold/` and prints the table the issue notes quote
/// (`KHESHT_EVAL_VERBOSE=1` lists every miss).
///
/// The floors are regression guards set just under the scores reached when they were last raised: a change that
/// loses entities, facts or dates on the corpus fails here.
@Suite struct GoldCorpusTests {
    @Test func corpusScoresStayAboveTheirFloors() throws {
        let root = ExternalTool.packageRoot
        let extractor = try Extractor.load(schemaDirectory: root.appendingPathComponent("schema"))
        let evaluation = try CorpusEvaluation(dataFolder: root.appendingPathComponent("data"), extractor: extractor)
        print(evaluation.report(details: ProcessInfo.processInfo.environment["KHESHT_EVAL_VERBOSE"] != nil))
        #expect(evaluation.files.count >= 21, "the corpus holds the seed and at least 20 written articles")
        #expect(evaluation.entities.f1 >= 0.85)
        #expect(evaluation.facts.f1 >= 0.78)
        #expect(evaluation.dateAccuracy >= 0.97)
        // Who received what: conferrals, who gives an award, and numbered editions.
        #expect((evaluation.factsByKind["conferral"]?.f1 ?? 0) >= 0.78)  // session-5 gold decisions: was 0.9
        #expect((evaluation.factsByKind["conferredBy"]?.f1 ?? 0) >= 0.82)
        #expect((evaluation.factsByKind["edition"]?.f1 ?? 0) >= 0.86)
        // Where events were held (events branch: 0.72 → 0.75; session 4 events: 0.76).
        #expect((evaluation.factsByKind["location"]?.f1 ?? 0) >= 0.71)  // session-5 gold decisions: was 0.73
        // People in their roles: who spoke at the event, who organized it, who holds which post.
        #expect((evaluation.factsByKind["speaker"]?.f1 ?? 0) >= 0.83)
        #expect((evaluation.factsByKind["organizer"]?.f1 ?? 0) >= 0.54)
        #expect((evaluation.factsByKind["position"]?.f1 ?? 0) >= 0.83)
    }

    /// The blind development set (`data/dev`, written without reading the rules) measures generalization; its floors
    /// guard against changes that help the tuned corpus at the expense of unseen text. They are lower than the
    /// corpus's because the set is small and was not tuned on until it had been measured once.
    @Test func blindDevSetScoresStayAboveTheirFloors() throws {
        let root = ExternalTool.packageRoot
        let extractor = try Extractor.load(schemaDirectory: root.appendingPathComponent("schema"))
        let evaluation = try CorpusEvaluation(dataFolder: root.appendingPathComponent("data/dev"), extractor: extractor)
        print(evaluation.report(details: ProcessInfo.processInfo.environment["KHESHT_EVAL_VERBOSE"] != nil))
        #expect(evaluation.files.count >= 16)
        #expect(evaluation.entities.f1 >= 0.85)
        #expect(evaluation.facts.f1 >= 0.78)
        #expect(evaluation.dateAccuracy >= 0.93)
        // Facts that hang on event mentions (events branch: location 0.52 → 0.79, date 0.71 → 0.85, containedIn
        // 0.55 → 0.72).
        // Session 4 events: location 0.83, date 0.86.
        #expect((evaluation.factsByKind["location"]?.f1 ?? 0) >= 0.8)
        #expect((evaluation.factsByKind["date"]?.f1 ?? 0) >= 0.83)
        #expect((evaluation.factsByKind["containedIn"]?.f1 ?? 0) >= 0.65)
        #expect((evaluation.factsByKind["conferral"]?.f1 ?? 0) >= 0.72)  // session-5 gold decisions: was 0.78
        #expect((evaluation.factsByKind["conferredBy"]?.f1 ?? 0) >= 0.5)  // session-5 gold decisions: was 0.6
        #expect((evaluation.factsByKind["edition"]?.f1 ?? 0) >= 0.8)
        #expect((evaluation.factsByKind["speaker"]?.f1 ?? 0) >= 0.81)
        #expect((evaluation.factsByKind["organizer"]?.f1 ?? 0) >= 0.64)  // session-5 gold decisions: was 0.7
        #expect((evaluation.factsByKind["position"]?.f1 ?? 0) >= 0.79)
    }

    /// The second development set (`data/dev2`, blind when written, tuned on since its blind number was recorded):
    /// floors set just under what general fixes reached, so later changes cannot quietly undo them — awards
    /// (trophies of a festival, winners' affiliations, places and described people as winners), people in their
    /// roles (speaker 0.61, position 0.67, organizer 0.55, quote 0.86) and the facts that hang on event mentions
    /// (location 0.36 → 0.60, date 0.45 → 0.69, containedIn 0.44 → 0.63, endDate 0.53 → 0.63, dates 18/22 → 27/28).
    /// People and awards round (xpeople): conferral 0.73 → 0.82, organizer 0.67 → 0.75, position 0.67 → 0.71, facts
    /// 0.72 → 0.75.
    @Test func secondDevSetScoresStayAboveTheirFloors() throws {
        let root = ExternalTool.packageRoot
        let extractor = try Extractor.load(schemaDirectory: root.appendingPathComponent("schema"))
        let evaluation = try CorpusEvaluation(dataFolder: root.appendingPathComponent("data/dev2"), extractor: extractor)
        print(evaluation.report(details: ProcessInfo.processInfo.environment["KHESHT_EVAL_VERBOSE"] != nil))
        #expect(evaluation.files.count >= 20)
        #expect((evaluation.factsByKind["conferral"]?.f1 ?? 0) >= 0.67)  // session-5 gold decisions: was 0.79
        #expect((evaluation.factsByKind["conferredBy"]?.f1 ?? 0) >= 0.15)
        #expect((evaluation.factsByKind["edition"]?.f1 ?? 0) >= 0.87)
        #expect(evaluation.facts.f1 >= 0.76)
        #expect((evaluation.factsByKind["speaker"]?.f1 ?? 0) >= 0.57)
        #expect((evaluation.factsByKind["position"]?.f1 ?? 0) >= 0.68)
        #expect((evaluation.factsByKind["organizer"]?.f1 ?? 0) >= 0.72)
        #expect((evaluation.factsByKind["quote"]?.f1 ?? 0) >= 0.82)
        #expect(evaluation.dateAccuracy >= 0.94)
        // Session 4 events: edition 0.76 → 0.90, location 0.57 → 0.75, date 0.72 → 0.80, containedIn 0.68 → 0.78,
        // endDate 0.78 → 0.95.
        #expect((evaluation.factsByKind["location"]?.f1 ?? 0) >= 0.72)
        #expect((evaluation.factsByKind["date"]?.f1 ?? 0) >= 0.77)
        #expect((evaluation.factsByKind["containedIn"]?.f1 ?? 0) >= 0.75)
        #expect((evaluation.factsByKind["endDate"]?.f1 ?? 0) >= 0.9)
    }

    /// The first test set (`data/test`, blind until session 4, a development set since): floors just under what the
    /// session-4 event work reached (facts 0.59 → 0.76; edition 0.30 → 0.70, date 0.56 → 0.89, endDate 0.22 → 1.00,
    /// location 0.44 → 0.86, containedIn 0.59 → 0.80), so later changes cannot quietly undo them. Small counts: one
    /// fact moves a kind by 0.05–0.15, so the kind floors leave room for one.
    @Test func testSetScoresStayAboveTheirFloors() throws {
        let root = ExternalTool.packageRoot
        let extractor = try Extractor.load(schemaDirectory: root.appendingPathComponent("schema"))
        let evaluation = try CorpusEvaluation(dataFolder: root.appendingPathComponent("data/test"), extractor: extractor)
        print(evaluation.report(details: ProcessInfo.processInfo.environment["KHESHT_EVAL_VERBOSE"] != nil))
        #expect(evaluation.files.count >= 12)
        // Both session-4 rounds together: entities 0.78 → 0.87, facts 0.59 → 0.85.
        #expect(evaluation.entities.f1 >= 0.84)
        #expect(evaluation.facts.f1 >= 0.82)
        #expect(evaluation.dateAccuracy >= 0.95)
        #expect((evaluation.factsByKind["edition"]?.f1 ?? 0) >= 0.58)  // session-5 gold decisions: was 0.64
        #expect((evaluation.factsByKind["date"]?.f1 ?? 0) >= 0.83)
        #expect((evaluation.factsByKind["endDate"]?.f1 ?? 0) >= 0.9)
        #expect((evaluation.factsByKind["location"]?.f1 ?? 0) >= 0.8)
        #expect((evaluation.factsByKind["containedIn"]?.f1 ?? 0) >= 0.74)
        // Session 4 people and awards: conferral 0.53 → 0.91 (winners in lists, Latin names by surname, medals,
        // trophy headlines), position 0.71 → 0.91, memberOf 0.50 → 1.00.
        #expect((evaluation.factsByKind["conferral"]?.f1 ?? 0) >= 0.82)  // session-5 gold decisions: was 0.88
        #expect((evaluation.factsByKind["position"]?.f1 ?? 0) >= 0.88)
        #expect((evaluation.factsByKind["memberOf"]?.f1 ?? 0) >= 0.9)
    }
}
