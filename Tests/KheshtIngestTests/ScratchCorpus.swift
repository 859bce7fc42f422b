import Foundation
import Testing
@testable import KheshtIngest

@Test func scratchCorpus() throws {
    let dir = ReadingFixtures.packageRoot.appendingPathComponent("data/articles")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().filter { !$0.hasSuffix(".md") }
    for f in files {
        do {
            let arts = try ArticleReader().read(contentsOf: dir.appendingPathComponent(f))
            for a in arts {
                let d = a.published
                print("\(f)#\(a.source.itemIndex) [\(a.language.rawValue)] T=\(a.title.prefix(50)) | K=\(a.kicker ?? "-") | L=\(a.lead?.prefix(30) ?? "-") | P=\(a.paragraphs.count) | O=\(a.outlet ?? "-") | C=\(a.newsCode ?? "-") | J=\(d?.jalali?.description ?? "-") G=\(d?.gregorian?.description ?? "-") t=\(d?.time?.description ?? "-") | U=\(a.url ?? "-") | B=\(a.byline ?? "-")")
            }
        } catch { print("\(f) ERROR \(error)") }
    }
}
