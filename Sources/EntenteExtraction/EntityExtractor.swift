import EntenteModel

/// Organisations, states and instruments a document names, with how often.
///
/// Names come from `EntityNameScanner` (capitalised runs with a generic head word, or state names).
/// Acronyms are tied to their full names through the document's own definitions ("North Atlantic
/// Treaty Organization (NATO)"): the entity is named "Full Name (ACRONYM)" and counts both forms.
/// A defined alias that is not an acronym ("G7 Joint Declaration") counts toward its meaning.
/// Rows come in order of first mention.
struct EntityExtractor {
    func extract(from document: Document) -> [Entity] {
        extract(from: document, scanned: ScanDocument(document))
    }

    /// The entities of `document`, whose provisions `scanned` has tokenised.
    func extract(from document: Document, scanned: ScanDocument) -> [Entity] {
        let aliases = Self.aliases(document)
        // Each name or acronym as written, counted where it is first met; the entities are tallied
        // from these afterwards, one lookup per distinct name rather than three per mention. A
        // string that is both (a defined term that is also a name) gives the same entity either way.
        // Plain arrays side by side: an array of a tuple (or of a new struct) costs its type
        // metadata at first use, which was more than counting.
        // Room for the names of a long document: growing rehashed every name each time.
        var sourceIndex = [String: Int](minimumCapacity: 64)
        var writtens: [String] = []
        var kinds: [String] = []
        var items: [Int] = []
        var counts: [Int] = []
        func mention(_ written: String, kind: String, at item: Int) {
            if let index = sourceIndex[written] {
                counts[index] += 1
            } else {
                sourceIndex[written] = writtens.count
                writtens.append(written)
                kinds.append(kind)
                items.append(item)
                counts.append(1)
            }
        }
        let acronyms = AcronymSet(aliases.keys.filter { !$0.contains(" ") })
        // Buffers reused from provision to provision.
        var names: [EntityName] = []
        var acronymIndices: [Int] = []
        var acronymNames: [String] = []
        // Items are read in place (`scanned.items[item]`): copying each one only to test it was slow.
        for item in scanned.items.indices {
            guard !acronyms.isEmpty || !scanned.items[item].text.cues.isDisjoint(with: .anyEntity) else { continue }
            let text = scanned.items[item].text
            names.removeAll(keepingCapacity: true)
            EntityNameScanner.scan(text, into: &names)
            for found in names { mention(found.name, kind: found.kind, at: item) }
            // Acronyms standing alone; the one in the brackets that defines it is part of that mention.
            acronymIndices.removeAll(keepingCapacity: true)
            acronymNames.removeAll(keepingCapacity: true)
            acronyms.names(in: text, indices: &acronymIndices, names: &acronymNames)
            for (index, written) in zip(acronymIndices, acronymNames) {
                let bracketed = index > 0 && text.isCharacter(index - 1, UInt8(ascii: "("))
                    && index + 1 < text.count && text.isCharacter(index + 1, UInt8(ascii: ")"))
                guard !bracketed, aliases[written] != nil else { continue }
                mention(written, kind: "", at: item)
            }
        }
        // Entities in order of first mention: an entity's first name gives its name, kind and provenance.
        var entityIndex = [String: Int](minimumCapacity: writtens.count)
        var entities: [Entity] = []
        for source in writtens.indices {
            let written = writtens[source]
            let entry = aliases[written]
            let key = entry?.key ?? written.lowercased()
            if let index = entityIndex[key] {
                entities[index].mentions += counts[source]
                continue
            }
            entityIndex[key] = entities.count
            entities.append(Entity(provenance: ExtractionProvisions.provenance(scanned.items[items[source]].provision),
                                   name: entry?.display ?? display(written, aliases: aliases), kind: entry?.kind ?? kinds[source],
                                   mentions: counts[source]))
        }
        return entities
    }

    /// The one-word defined names. An ASCII word is compared byte for byte with the ASCII names of
    /// its first byte, so a `String` is built only for a word that is one; other words are looked
    /// up as strings. (Plain arrays: a dictionary of a new type cost more, the first time, than
    /// the lookups.)
    private struct AcronymSet {
        let words: Set<String>
        /// The names' bytes ordered by first byte, when every name is ASCII; nil otherwise.
        private let asciiNames: [[UInt8]]?
        /// The names starting with byte `b` are `asciiNames[firstByteStarts[b]..<firstByteStarts[b + 1]]`.
        private let firstByteStarts: [Int]
        /// Bit `n` (63 for 63 and longer) set when some ASCII name is `n` bytes long: most tokens
        /// are of no name's length and are passed over without reading their bytes.
        private let lengths: UInt64

        init(_ words: [String]) {
            self.words = Set(words)
            let names = self.words.map { Array($0.utf8) }.filter { !$0.isEmpty }
            lengths = names.reduce(0) { $0 | 1 << UInt64(min($1.count, 63)) }
            guard names.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else {
                asciiNames = nil
                firstByteStarts = []
                return
            }
            let ordered = names.sorted { $0[0] < $1[0] }
            var starts = [Int](repeating: ordered.count, count: 129)
            for (index, name) in ordered.enumerated().reversed() { starts[Int(name[0])] = index }
            // A byte no name starts with begins where the next byte's names do.
            for byte in stride(from: 127, through: 0, by: -1) where starts[byte] > starts[byte + 1] {
                starts[byte] = starts[byte + 1]
            }
            asciiNames = ordered
            firstByteStarts = starts
        }

        var isEmpty: Bool { words.isEmpty }

        /// Appends each token of `text` that is one of the names to `indices`, in order, and the
        /// name to `names`. (No array of pairs: its tuple type cost more at first use than the search.)
        func names(in text: ScanText, indices: inout [Int], names: inout [String]) {
            func body(_ index: Int, _ name: String) {
                indices.append(index)
                names.append(name)
            }
            guard !words.isEmpty else { return }
            let tokens = text.tokens
            guard let asciiNames else {
                for index in tokens.indices where tokens[index].kind == .word {
                    let written = String(text.substring(index))
                    if words.contains(written) { body(index, written) }
                }
                return
            }
            for index in tokens.indices where tokens[index].kind == .word {
                let token = tokens[index]
                guard token.isASCII else {
                    let written = String(text.substring(index))
                    if words.contains(written) { body(index, written) }
                    continue
                }
                let start = token.start
                let length = token.end - start
                guard lengths & 1 << UInt64(min(length, 63)) != 0 else { continue }
                let first = Int(text.bytes[start])
                // By position: iterating the names copied each one's array, most of them only to
                // find that its first byte is the only one that matches.
                for candidate in firstByteStarts[first]..<firstByteStarts[first + 1] where asciiNames[candidate].count == length
                    && (1..<length).allSatisfy({ asciiNames[candidate][$0] == text.bytes[start + $0] }) {
                    body(index, String(decoding: asciiNames[candidate], as: UTF8.self))
                    break
                }
            }
        }
    }

    /// The display name of a full name that has an acronym: "European Union (EU)".
    private func display(_ name: String, aliases: [String: Alias]) -> String {
        aliases[name]?.display ?? name
    }

    /// One defined name: the key it is counted under, how it is shown, its kind.
    private struct Alias {
        var key: String
        var display: String
        var kind: String
    }

    /// Defined terms and their meanings, both mapped to one entry, for definitions whose meaning is
    /// an organisation, an instrument or a state.
    private static func aliases(_ document: Document) -> [String: Alias] {
        var aliases: [String: Alias] = [:]
        for definition in document.definitions {
            // "Joint Declaration of Support for Ukraine (12 July 2023)": the bracket dates it.
            let meaning = ScanTrimming.trimmingWhitespaces(Self.beforeBracket(definition.meaning))
            // "the Participants" means "Canada and Ukraine": an alias of several names is no entity.
            let named = EntityNameScanner.scan(ScanText(meaning))
            guard named.count == 1, let named = named.first else { continue }
            let term = definition.term
            let isAcronym = term.count <= 8 && term.contains(where: { $0.isUppercase }) && !term.contains(where: { $0.isLowercase })
            let display = isAcronym ? "\(named.name) (\(term))" : named.name
            let alias = Alias(key: named.name.lowercased(), display: display, kind: named.kind)
            aliases[named.name] = alias
            aliases[term] = alias
        }
        return aliases
    }

    /// The text before its first "(" character. A "(" byte between ASCII bytes is that character;
    /// otherwise (a mark may extend it, a prefix may join it) the text is read character by character.
    private static func beforeBracket(_ text: String) -> Substring {
        let utf8 = text.utf8
        guard let bracket = utf8.firstIndex(of: UInt8(ascii: "(")) else { return text[...] }
        let next = utf8.index(after: bracket)
        let asciiAfter = next == utf8.endIndex || utf8[next] < 0x80
        let asciiBefore = bracket == utf8.startIndex || utf8[utf8.index(before: bracket)] < 0x80
        guard asciiAfter, asciiBefore else { return text.prefix { $0 != "(" } }
        return text[..<bracket]
    }
}
