import KheshtText

/// One article often writes the same name twice in different spellings: with and without the zero-width non-joiner
/// («سایه‌های کویر», «سایه های کویر»), glued or spaced ("عسگری‌پور", "عسگری پور"), and a person's full name once and
/// the surname later, the surname possibly of two words or hyphenated ("Mousavi-Tabar", "عسگری پور"). These are one
/// entity; without this each spelling would mint an entity of its own.
extension CoreferenceResolver {
    /// The types whose unknown names are linked by spelling. Events are named by their series and edition instead.
    static let spellingLinkedTypes: Set<EntityType> = [.person, .organization, .place, .award, .creativeWork, .product, .observance]

    /// Links each later mention whose name differs from an earlier one's only by spaces and ZWNJ (`labelKey` drops
    /// both) to that earlier mention.
    func linkSpellingVariants(_ sentences: inout [SentenceAnalysis]) {
        var first: [String: Mention] = [:]
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                guard let type = mention.entityType, Self.spellingLinkedTypes.contains(type), mention.known == nil,
                      !mention.isAnaphoric, mention.antecedent == nil, mention.number == nil, mention.qualifier == nil
                else { continue }
                let key = type.rawValue + ":" + TextNormalizer.labelKey(mention.label)
                if let earlier = first[key] {
                    if earlier.label != mention.label, earlier.span != mention.span {
                        sentences[s].mentions[m].antecedent = Box(earlier)
                    }
                } else {
                    first[key] = mention
                }
            }
        }
    }

    /// "Hamed Mousavi-Tabar … Mousavi-Tabar told IRNA", "نیلوفر عسگری پور … عسگری پور گفت": a person found on its own
    /// whose name is the last words of a longer person's name named in the article is that person.
    func linkSurnameMentions(_ sentences: inout [SentenceAnalysis]) {
        func words(_ label: String) -> [String] {
            TextNormalizer.matchKey(label).split(separator: " ").map(String.init)
        }
        var fullNames: [(mention: Mention, words: [String])] = []
        for sentence in sentences {
            for mention in sentence.mentions where mention.entityType == .person && mention.antecedent == nil {
                let nameWords = words(mention.label)
                if nameWords.count >= 2 { fullNames.append((mention, nameWords)) }
            }
        }
        guard !fullNames.isEmpty else { return }
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                guard mention.entityType == .person, mention.antecedent == nil, !mention.isAnaphoric else { continue }
                let short = words(mention.label)
                guard !short.isEmpty else { continue }
                // Several people may share a surname: the one named last before, else the first named after.
                let candidates = fullNames.filter { full in
                    full.words.count > short.count && Array(full.words.suffix(short.count)) == short
                        && full.mention.span != mention.span
                }
                guard let full = candidates.last(where: { $0.mention.span.start < mention.span.start }) ?? candidates.first
                else { continue }
                sentences[s].mentions[m].antecedent = Box(full.mention)
            }
        }
    }
}
