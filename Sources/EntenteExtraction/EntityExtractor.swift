import Foundation
import EntenteModel

/// Organisations, states and instruments a document names, with how often.
///
/// Names come from `EntityNameScanner` (capitalised runs with a generic head word, or state names).
/// Acronyms are tied to their full names through the document's own definitions ("North Atlantic
/// Treaty Organization (NATO)"): the entity is named "Full Name (ACRONYM)" and counts both forms.
/// A defined alias that is not an acronym ("G7 Joint Declaration") counts toward its meaning.
/// Rows come in order of first mention.
struct EntityExtractor {
    private struct Tally {
        var name: String
        var kind: String
        var mentions: Int
        var provenance: Provenance
        var order: Int
    }

    func extract(from document: Document) -> [Entity] {
        let aliases = Self.aliases(document)
        var tallies: [String: Tally] = [:]
        var order = 0
        func count(_ key: String, name: String, kind: String, at provenance: Provenance) {
            if tallies[key] == nil {
                tallies[key] = Tally(name: name, kind: kind, mentions: 0, provenance: provenance, order: order)
                order += 1
            }
            tallies[key]?.mentions += 1
        }
        let acronyms = Set(aliases.keys.filter { !$0.contains(" ") })
        for provision in ExtractionProvisions.scanned(document) {
            let provenance = ExtractionProvisions.provenance(provision)
            let tokens = TextTokenizer.tokens(provision.text)
            for found in EntityNameScanner.scan(tokens) {
                let key = aliases[found.name]?.key ?? found.name.lowercased()
                let entry = aliases[found.name]
                count(key, name: entry?.display ?? display(found.name, aliases: aliases), kind: entry?.kind ?? found.kind, at: provenance)
            }
            // Acronyms standing alone; the one in the brackets that defines it is part of that mention.
            for (index, token) in tokens.enumerated() where token.kind == .word && acronyms.contains(String(token.text)) {
                let bracketed = index > 0 && tokens[index - 1].text == "(" && index + 1 < tokens.count && tokens[index + 1].text == ")"
                guard !bracketed, let entry = aliases[String(token.text)] else { continue }
                count(entry.key, name: entry.display, kind: entry.kind, at: provenance)
            }
        }
        return tallies.values.sorted { $0.order < $1.order }.map {
            Entity(provenance: $0.provenance, name: $0.name, kind: $0.kind, mentions: $0.mentions)
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
            let meaning = String(definition.meaning.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
            let meaningTokens = TextTokenizer.tokens(meaning)
            // "the Participants" means "Canada and Ukraine": an alias of several names is no entity.
            let named = EntityNameScanner.scan(meaningTokens)
            guard named.count == 1, let named = named.first else { continue }
            let term = definition.term
            let isAcronym = term.count <= 8 && term.contains(where: \.isUppercase) && !term.contains(where: \.isLowercase)
            let display = isAcronym ? "\(named.name) (\(term))" : named.name
            let alias = Alias(key: named.name.lowercased(), display: display, kind: named.kind)
            aliases[named.name] = alias
            aliases[term] = alias
        }
        return aliases
    }
}
