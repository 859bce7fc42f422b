import Foundation
import KheshtTestSupport
import Testing
@testable import KheshtIngest

/// `RuleFilter` (bit masks) is a faster form of the set tests rules used to skip sentences: for every rule of
/// `schema/rules.txt` and many sets of kinds present, it must give the same answer as the sets.
@Suite struct RuleFilterTests {
    @Test func masksAgreeWithKindSetsForEveryRule() throws {
        let extractor = try Extractor.load(schemaDirectory: ExternalTool.packageRoot.appendingPathComponent("schema"))
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let all = MentionMatch.allCases
        #expect(Set(all.map(\.bit)).count == all.count)
        for _ in 0..<400 {
            let present = Set(all.filter { _ in next() % 3 == 0 })
            let lists: Set<String> = Set(extractor.lexicon.lists.keys.filter { _ in next() % 2 == 0 })
            let mask = MentionMatch.mask(present)
            for rule in extractor.rules.rules {
                let bySets = rule.requiredMentions.allSatisfy { !$0.isDisjoint(with: present) }
                    && rule.forbiddenMentions.allSatisfy { $0.isDisjoint(with: present) }
                    && rule.requiredLists.allSatisfy { lists.contains($0) }
                    && rule.forbiddenLists.allSatisfy { !lists.contains($0) }
                #expect(rule.filter.admits(kinds: mask, lists: lists) == bySets, "\(rule.id)")
            }
        }
    }
}
