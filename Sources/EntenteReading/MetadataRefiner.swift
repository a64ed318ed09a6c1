import EntenteModel

/// Completes a document's metadata after the main reading passes, from its provisions and source
/// lines: what those passes do not carry through to the `Document`.
///
/// - One-party aliases of the parties clause ("The United Kingdom (’the UK’)", "the “French
///   Participant”", "“the Receiving State”") join `aliases` after the collective one, each with a
///   definition (`UK` → "United Kingdom of Great Britain and Northern Ireland").
/// - Languages, when the signature block names none, from a clause about the authentic texts
///   elsewhere ("This Treaty, of which the English and French texts are equally authentic…").
/// - Date and place, when no signature provision was found, from a final "Done at …" or
///   "Signed in …" paragraph.
///
/// Idempotent: refining a refined document changes nothing, so it may run more than once.
public enum MetadataRefiner {
    /// How many provisions from the end are searched for signature facts.
    static let tailProvisions = 40

    /// `document` with its aliases, definitions and signature facts completed. `lines` are the
    /// source's lines (`lines[0]` is line 1).
    public static func refine(_ document: Document, lines: [Substring]) -> Document {
        refine(document, lines: lines, parsed: nil)
    }

    /// The same, given the parties line the reader already read (`PartiesExtractor.Result.parsed`).
    static func refine(_ document: Document, lines: [Substring], parsed: PartiesExtractor.ParsedLine?) -> Document {
        guard document.kind != .report else { return document }
        var document = document
        if let clause = PartiesExtractor.clause(inSource: lines, title: document.title, known: parsed), !document.parties.isEmpty {
            let provision = document.provisions.first { $0.line <= clause.line && clause.line <= $0.endLine && !$0.text.isEmpty }
                ?? document.provisions.first { $0.kind == .preamble }
            for alias in clause.aliases where !document.aliases.contains(where: { $0.alias.lowercased() == alias.alias.lowercased() }) {
                // Members are named as the document names its parties.
                let members = alias.members.filter { document.parties.contains($0) }
                guard members.count == alias.members.count, !members.isEmpty else { continue }
                document.aliases.append(CollectiveAlias(alias: alias.alias, members: members))
            }
            for alias in document.aliases {
                let term = alias.alias.hasPrefix("the ") ? String(alias.alias.dropFirst(4)) : alias.alias
                let meaning = DocumentReader.list(alias.members)
                guard term != meaning else { continue }
                if let existing = document.definitions.firstIndex(where: { $0.term.lowercased() == term.lowercased() }) {
                    // "The United Kingdom (’the UK’)": the parties' full name is what the alias means.
                    if meaning.hasPrefix(document.definitions[existing].meaning) { document.definitions[existing].meaning = meaning }
                    continue
                }
                document.definitions.append(Definition(
                    term: term, meaning: meaning, provision: provision?.path ?? "", line: clause.line))
            }
        }
        let tail = document.provisions.suffix(tailProvisions).reversed().filter { $0.kind != .sentence }
        if document.signed == nil, document.place == nil, !document.provisions.contains(where: { $0.kind == .signature }),
           let closing = tail.first(where: { startsSignature($0.text) }) {
            let found = SignatureExtractor.extract(closing.text)
            document.signed = found.date
            document.place = found.place
            if document.languages.isEmpty { document.languages = found.languages }
        }
        if document.languages.isEmpty {
            for provision in tail where TextScanning.mayContainLowercased(Substring(provision.text), textsClauseWords) {
                let lower = provision.text.lowercased()
                guard TextScanning.contains("authentic", in: lower[...]) || TextScanning.contains("language", in: lower[...]) else { continue }
                let languages = SignatureExtractor.languages(inTextsClauses: provision.text)
                if !languages.isEmpty { document.languages = languages; break }
            }
        }
        return document
    }

    /// The words a clause about the authentic texts uses, for a cheap test before lower-casing.
    private static let textsClauseWords = PhraseSet(["authentic", "language"])

    /// "Done at …", "Signed in …", "DONE in duplicate …".
    private static func startsSignature(_ text: String) -> Bool {
        let lower = text.prefix(12).lowercased()
        return lower.hasPrefix("done ") || lower.hasPrefix("done,") || lower.hasPrefix("signed ") || lower.hasPrefix("signed,")
    }
}
