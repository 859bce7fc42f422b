import Foundation
import Testing
import KheshtGraph
import KheshtIngest
import KheshtTestSupport

/// Role words of both languages that name one kind of post (`schema/roles.tsv`): one person's post reported in a
/// Persian and an English article is one position holding, and answers can name it in either language.
@Suite struct RoleVocabularyTests {
    typealias X = ExtractionGeneralizationTests

    @Test func spellingsAndLanguagesOfOnePostMeetInOneRoleType() throws {
        let roles = X.extractor.roleTypes
        let head = try #require(roles.roleType(for: "رئیس"))
        #expect(roles.roleType(for: "رييس") == head)          // Arabic yeh
        #expect(roles.roleType(for: "Chairman") == head)
        #expect(roles.roleType(for: "chairwoman") == head)
        #expect(head.persianLabel == "رئیس" && head.englishLabel == "head")
        #expect(roles.roleType(for: "مدیر عامل") == roles.roleType(for: "CEO"))
        #expect(roles.roleType(for: "مدیرعامل") != nil)
        #expect(roles.roleType(for: "عضو") != head)
        // Ambiguous words are left alone: "president" heads a university or a country.
        #expect(roles.roleType(for: "president") == nil)
    }

    @Test func malformedTablesNameTheLine() {
        func message(_ text: String) -> String {
            do { _ = try RoleVocabulary(text: text, file: "roles.tsv"); return "" } catch { return "\(error)" }
        }
        #expect(message("head\tرئیس\n") == "roles.tsv:1: expected 3 tab-separated columns (id, Persian, English), found 2")
        #expect(message("# c\nHead Post\tرئیس\thead\n").hasPrefix("roles.tsv:2: the id"))
        #expect(message("a\tرئیس\thead\nb\tرییس\tboss\n") == "roles.tsv:2: 'رییس' already names role type 'a'")
        #expect(message("a\t\thead\n").hasPrefix("roles.tsv:1: role type 'a' needs"))
        #expect(message("a\tرئیس\thead\na\tعضو\tmember\n") == "roles.tsv:2: role type 'a' is listed twice")
    }

    /// The holding of `person` (a label) in the extraction result, with its role type's labels.
    static func holdings(_ result: ExtractionResult, _ person: String) -> [(holding: IRI, roleTypeLabels: [String])] {
        result.quads.filter { $0.predicate == KH.holder }.compactMap { quad in
            guard let holding = quad.subject.iri, let holder = quad.object.iri,
                  X.label(result, holder).contains(person) else { return nil }
            let types = X.objects(result, holding, KH.roleType).compactMap(\.iri)
            return (holding, types.flatMap { X.label(result, $0) })
        }
    }

    @Test func aPersianAndAnEnglishReportOfOnePostGiveOneHolding() throws {
        let persian = X.persian("نشست شورای شهر یزد", """
            کامران نیک‌پور رئیس شورای اسلامی شهر یزد در نشست دیروز این شورا گفت: بودجه حمل و نقل عمومی افزایش می‌یابد.
            """)
        let english = X.english("Yazd council meets", """
            Kamran Nikpour, chairman of Yazd City Council, said on Sunday that the public transport budget would grow.
            """)
        let fa = try #require(Self.holdings(persian, "کامران نیک‌پور").first)
        let en = try #require(Self.holdings(english, "Kamran Nikpour").first)
        #expect(fa.roleTypeLabels.sorted() == ["head", "رئیس"])
        #expect(en.roleTypeLabels.sorted() == ["head", "رئیس"])
        // Person and council are article-local names here; the kind of post is the shared segment.
        #expect(fa.holding.value.split(separator: "/").dropLast().last == "head")
        #expect(en.holding.value.split(separator: "/").dropLast().last == "head")
    }

    @Test func aRoleWordOutsideTheTableKeepsItsOwnHoldingAndNoRoleType() throws {
        let result = X.english("University news", """
            Sara Mohebbi, president of Shiraz University, said the new library would open in May.
            """)
        let holding = try #require(Self.holdings(result, "Sara Mohebbi").first)
        #expect(holding.roleTypeLabels.isEmpty)
    }
}
