import Foundation
import KheshtGraph
import KheshtText

/// Counts of agreement between extraction and the gold annotations.
public struct Tally: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func += (lhs: inout Tally, rhs: Tally) {
        lhs.truePositives += rhs.truePositives
        lhs.falsePositives += rhs.falsePositives
        lhs.falseNegatives += rhs.falseNegatives
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
}

/// The score of one corpus file.
public struct FileScore: Sendable {
    public var file: String
    public var entities = Tally()
    public var facts = Tally()
    public var factsByKind: [String: Tally] = [:]
    /// Gold dates whose event was found, and how many of those got exactly the gold date.
    public var datesChecked = 0
    public var datesCorrect = 0
    /// Human-readable misses and false alarms, for improving rules.
    public var missedFacts: [String] = []
    public var spuriousFacts: [String] = []
    public var missedEntities: [String] = []
    public var spuriousEntities: [String] = []
}

/// Compares an article file's extracted quads with its gold annotations.
///
/// Entities match when their types are compatible (events, award ceremonies and recurring awards form one
/// family, since a festival is annotated as either) and a label agrees after folding (equal, or one containing the
/// other when it is at least 60% as long). Facts match when their kind and every annotated argument agree; roles
/// compare by containment; dates must have the same value and precision.
public struct ExtractionScorer {
    public init() {}

    public func score(gold: GoldStandard, quads: [Quad]) -> FileScore {
        let graph = ExtractedGraph(quads)
        var score = FileScore(file: gold.file)
        let mapping = matchEntities(gold.entities, graph: graph, score: &score)
        let predicted = graph.facts()
        var used = Set<Int>()
        let goldById = Dictionary(gold.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The most specific gold facts choose first, so a fact annotated with fewer arguments cannot take the
        // prediction a fuller one needs; ties keep file order, so the result never depends on hash order.
        let goldFacts = gold.facts.enumerated()
            .sorted { ($0.element.fields.count, $1.offset) > ($1.element.fields.count, $0.offset) }
            .map(\.element)
        for fact in goldFacts {
            let kind = normalizedKind(fact.kind)
            var tally = score.factsByKind[kind] ?? Tally()
            if let index = predicted.indices.first(where: { !used.contains($0) && agrees(fact, predicted[$0], mapping) }) {
                used.insert(index)
                tally.truePositives += 1
            } else {
                tally.falseNegatives += 1
                score.missedFacts.append(describe(fact, goldById))
            }
            if kind == "date" || kind == "endDate", let event = fact.fields["event"].flatMap({ mapping[$0] }) {
                let property = kind == "endDate" ? Schema.endDate : Schema.startDate
                if let value = graph.objects(event, property).first?.literal?.lexicalForm {
                    score.datesChecked += 1
                    if value == fact.fields["date"] { score.datesCorrect += 1 }
                }
            }
            score.factsByKind[kind] = tally
        }
        for (index, fact) in predicted.enumerated() where !used.contains(index) {
            score.factsByKind[fact.kind, default: Tally()].falsePositives += 1
            score.spuriousFacts.append(fact.description(graph))
        }
        for tally in score.factsByKind.values { score.facts += tally }
        return score
    }

    // MARK: Entities

    private func matchEntities(_ entities: [GoldStandard.Entity], graph: ExtractedGraph,
                               score: inout FileScore) -> [String: IRI] {
        var mapping: [String: IRI] = [:]
        var taken = Set<IRI>()
        let candidates = graph.mentionedEntities()
        // The annotator's main name exactly, then any alias exactly, then containment: a close name cannot steal
        // another's exact match, and an alias cannot steal the entity its main name denotes.
        for (exact, mainNameOnly) in [(true, true), (true, false), (false, false)] {
            for entity in entities where mapping[entity.id] == nil {
                let goldKeys = (mainNameOnly ? Array(entity.labels.prefix(1)) : entity.labels).map(TextNormalizer.labelKey)
                let found = candidates.first { candidate in
                    !taken.contains(candidate.iri) && compatible(entity.type, candidate.types, exact: exact)
                        && candidate.labelKeys.contains { key in goldKeys.contains { labelsAgree($0, key, exact: exact) } }
                }
                if let found {
                    mapping[entity.id] = found.iri
                    taken.insert(found.iri)
                }
            }
        }
        score.entities.truePositives = mapping.count
        score.entities.falseNegatives = entities.count - mapping.count
        score.entities.falsePositives = candidates.count - taken.count
        score.missedEntities = entities.filter { mapping[$0.id] == nil }.map { "\($0.type) \($0.labels.first ?? "")" }
        score.spuriousEntities = candidates.filter { !taken.contains($0.iri) }.map { "\($0.types.sorted().joined(separator: ",")) \($0.labels.first ?? $0.iri.value)" }
        return mapping
    }

    private func labelsAgree(_ a: String, _ b: String, exact: Bool) -> Bool {
        if a == b { return true }
        guard !exact else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return !short.isEmpty && long.contains(short) && Double(short.count) >= 0.6 * Double(long.count)
    }

    private func compatible(_ goldType: String, _ types: Set<String>, exact: Bool) -> Bool {
        let eventFamily: Set<String> = ["Event", "AwardCeremony", "Award"]
        if eventFamily.contains(goldType) { return !types.isDisjoint(with: eventFamily) }
        // A festival is annotated as an organization as often as an event: accept it on an exact name.
        if goldType == "Organization" && exact && !types.isDisjoint(with: eventFamily) { return true }
        return types.contains(goldType)
    }

    // MARK: Facts

    private func normalizedKind(_ kind: String) -> String { kind == "startDate" ? "date" : kind }

    private func agrees(_ gold: GoldStandard.Fact, _ predicted: ExtractedGraph.Fact, _ mapping: [String: IRI]) -> Bool {
        guard normalizedKind(gold.kind) == predicted.kind else { return false }
        for (role, value) in gold.fields {
            switch (gold.kind, role) {
            case (_, "jalali"), ("conferral", "work"), ("conferral", "event"), ("conferral", "category"), ("quote", "event"):
                continue
            case ("position", "role"):
                guard let role = predicted.texts["role"] else { return false }
                let a = TextNormalizer.labelKey(value), b = TextNormalizer.labelKey(role)
                guard a.contains(b) || b.contains(a) else { return false }
            case ("quote", "sentence"):
                guard let text = predicted.texts["text"],
                      TextNormalizer.labelKey(text).contains(TextNormalizer.labelKey(value)) else { return false }
            case (_, "date"), (_, "year"), ("edition", "number"):
                guard predicted.texts[role] == value else { return false }
            default:
                guard let iri = mapping[value], predicted.entities[role] == iri else { return false }
            }
        }
        return true
    }

    private func describe(_ fact: GoldStandard.Fact, _ entities: [String: GoldStandard.Entity]) -> String {
        let fields = fact.fields.keys.sorted().map { key in
            "\(key)=\(entities[fact.fields[key]!]?.labels.first ?? fact.fields[key]!)"
        }
        return "\(fact.kind)(\(fields.joined(separator: ", ")))"
    }
}

/// Extracted quads seen as entities and gold-style facts.
struct ExtractedGraph {
    struct Entity {
        let iri: IRI
        let types: Set<String>
        let labels: [String]
        let labelKeys: [String]
    }

    struct Fact {
        let kind: String
        var entities: [String: IRI] = [:]
        var texts: [String: String] = [:]

        func description(_ graph: ExtractedGraph) -> String {
            let parts = entities.keys.sorted().map { "\($0)=\(graph.label($0 == "" ? nil : entities[$0]!))" }
                + texts.keys.sorted().map { "\($0)=\(texts[$0]!)" }
            return "\(kind)(\(parts.joined(separator: ", ")))"
        }
    }

    private var bySubject: [IRI: [(IRI, Term)]] = [:]
    /// Subjects in the order the quads first named them: facts come out in a stable order.
    private var subjects: [IRI] = []
    private var mentioned: [IRI] = []

    init(_ quads: [Quad]) {
        for quad in quads {
            guard let subject = quad.subject.iri else { continue }
            if bySubject[subject] == nil { subjects.append(subject) }
            bySubject[subject, default: []].append((quad.predicate, quad.object))
            if quad.predicate == Schema.mentions, let object = quad.object.iri, !mentioned.contains(object) {
                mentioned.append(object)
            }
        }
    }

    func objects(_ subject: IRI, _ predicate: IRI) -> [Term] {
        (bySubject[subject] ?? []).filter { $0.0 == predicate }.map(\.1)
    }

    func label(_ iri: IRI?) -> String {
        guard let iri else { return "-" }
        return objects(iri, RDFS.label).first?.literal?.lexicalForm ?? iri.localName
    }

    func mentionedEntities() -> [Entity] {
        mentioned.map { iri in
            let types = Set(objects(iri, RDF.type).compactMap { $0.iri?.localName })
            let labels = objects(iri, RDFS.label).compactMap { $0.literal?.lexicalForm }
            return Entity(iri: iri, types: types, labels: labels, labelKeys: labels.map(TextNormalizer.labelKey))
        }
    }

    func facts() -> [Fact] {
        var facts: [Fact] = []
        let direct: [(IRI, String, String, String)] = [
            (KH.speaker, "speaker", "event", "person"), (KH.host, "host", "event", "person"),
            (KH.chair, "chair", "event", "person"), (Schema.location, "location", "event", "place"),
            (Schema.organizer, "organizer", "event", "org"), (KH.conferredBy, "conferredBy", "award", "org"),
            (Schema.memberOf, "memberOf", "person", "org"), (KH.proposedBy, "proposedBy", "observance", "agent"),
            (KH.designatedBy, "designatedBy", "observance", "agent"), (Schema.containedInPlace, "containedIn", "place", "in"),
        ]
        for subject in subjects {
            for (predicate, object) in bySubject[subject] ?? [] {
                if let rule = direct.first(where: { $0.0 == predicate }), let target = object.iri {
                    var fact = Fact(kind: rule.1)
                    fact.entities[rule.2] = subject
                    fact.entities[rule.3] = target
                    // Gold annotates host as a person or an organization under one name.
                    if rule.1 == "host" || rule.1 == "organizer" { fact.entities["agent"] = target }
                    facts.append(fact)
                }
            }
            if let start = objects(subject, Schema.startDate).first?.literal {
                var fact = Fact(kind: "date")
                fact.entities["event"] = subject
                fact.texts["date"] = start.lexicalForm
                facts.append(fact)
            }
            if let end = objects(subject, Schema.endDate).first?.literal {
                var fact = Fact(kind: "endDate")
                fact.entities["event"] = subject
                fact.texts["date"] = end.lexicalForm
                facts.append(fact)
            }
            if let number = objects(subject, KH.editionNumber).first?.literal, let award = objects(subject, KH.editionOf).first?.iri {
                var fact = Fact(kind: "edition")
                fact.entities["event"] = subject
                fact.entities["award"] = award
                fact.texts["number"] = number.lexicalForm
                facts.append(fact)
            }
            if let year = objects(subject, KH.establishedIn).first?.literal {
                var fact = Fact(kind: "established")
                fact.entities["observance"] = subject
                fact.texts["year"] = String(year.lexicalForm.prefix(4))
                facts.append(fact)
            }
            let types = objects(subject, RDF.type).compactMap(\.iri)
            if types.contains(KH.PositionHolding), let person = objects(subject, KH.holder).first?.iri {
                var fact = Fact(kind: "position")
                fact.entities["person"] = person
                fact.entities["org"] = objects(subject, KH.inOrganization).first?.iri
                fact.texts["role"] = objects(subject, Schema.roleName).first?.literal?.lexicalForm
                facts.append(fact)
            }
            if types.contains(KH.AwardConferral), let recipient = objects(subject, KH.recipient).first?.iri,
               let award = objects(subject, KH.award).first?.iri {
                var fact = Fact(kind: "conferral")
                fact.entities["recipient"] = recipient
                fact.entities["award"] = award
                facts.append(fact)
            }
            if types.contains(KH.Quote), let person = objects(subject, KH.saidBy).first?.iri {
                var fact = Fact(kind: "quote")
                fact.entities["person"] = person
                fact.texts["text"] = objects(subject, Schema.text).first?.literal?.lexicalForm
                facts.append(fact)
            }
        }
        return facts
    }
}
